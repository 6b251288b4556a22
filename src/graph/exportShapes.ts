/**
 * The geometry of node shapes and arrow heads as SVG path data, close to cytoscape's own, for
 * the exports: the SVG file draws them as <path>, the PNG legend as Path2D on a canvas.
 */

type Point = { x: number; y: number };

/** A regular polygon's unit points, as cytoscape makes them (generateUnitNgonPoints). */
function ngon(sides: number): number[] {
  const increment = (2 * Math.PI) / sides;
  const start = sides % 2 === 0 ? Math.PI / 2 + increment / 2 : Math.PI / 2;
  const points: number[] = [];
  for (let i = 0; i < sides; i++) {
    const angle = start + i * increment;
    points.push(Math.cos(angle), -Math.sin(angle));
  }
  return fitToSquare(points);
}

/** Stretches unit points to fill the square from -1 to 1, as cytoscape does. */
function fitToSquare(points: number[]): number[] {
  const xs = points.filter((_, index) => index % 2 === 0);
  const ys = points.filter((_, index) => index % 2 === 1);
  const [minX, maxX, minY, maxY] = [
    Math.min(...xs),
    Math.max(...xs),
    Math.min(...ys),
    Math.max(...ys),
  ];
  return points.map((value, index) =>
    index % 2 === 0
      ? ((value - minX) / (maxX - minX)) * 2 - 1
      : ((value - minY) / (maxY - minY)) * 2 - 1,
  );
}

function star(): number[] {
  const points: number[] = [];
  for (let i = 0; i < 10; i++) {
    const angle = Math.PI / 2 + (i * Math.PI) / 5;
    const radius = i % 2 === 0 ? 1 : 0.38;
    points.push(radius * Math.cos(angle), -radius * Math.sin(angle));
  }
  return fitToSquare(points);
}

const CUT = 0.35;
const POLYGONS: Record<string, number[]> = {
  rectangle: [-1, -1, 1, -1, 1, 1, -1, 1],
  triangle: ngon(3),
  pentagon: ngon(5),
  hexagon: ngon(6),
  heptagon: ngon(7),
  octagon: ngon(8),
  star: star(),
  diamond: [0, -1, 1, 0, 0, 1, -1, 0],
  vee: [-1, -1, 0, -0.333, 1, -1, 0, 1],
  rhomboid: [-1, -1, 0.333, -1, 1, 1, -0.333, 1],
  tag: [-1, -1, 0.333, -1, 1, 0, 0.333, 1, -1, 1],
  'concave-hexagon': [-1, -0.95, -0.75, 0, -1, 0.95, 1, 0.95, 0.75, 0, 1, -0.95],
  'cut-rectangle': [
    -1 + CUT,
    -1,
    1 - CUT,
    -1,
    1,
    -1 + CUT,
    1,
    1 - CUT,
    1 - CUT,
    1,
    -1 + CUT,
    1,
    -1,
    1 - CUT,
    -1,
    -1 + CUT,
  ],
  barrel: [-1, -0.75, -0.85, -1, 0.85, -1, 1, -0.75, 1, 0.75, 0.85, 1, -0.85, 1, -1, 0.75],
};

const round = (value: number) => Math.round(value * 100) / 100;

function polygonPath(points: readonly Point[]): string {
  return `${points.map((point, index) => `${index === 0 ? 'M' : 'L'}${round(point.x)} ${round(point.y)}`).join(' ')} Z`;
}

/** A node shape centred on (cx, cy), `width` by `height`, as path data. */
export function nodeShapePath(
  shape: string,
  cx: number,
  cy: number,
  width: number,
  height: number,
): string {
  const rx = width / 2;
  const ry = height / 2;
  if (shape === 'ellipse') {
    return `M${round(cx - rx)} ${round(cy)} A${round(rx)} ${round(ry)} 0 1 0 ${round(cx + rx)} ${round(cy)} A${round(rx)} ${round(ry)} 0 1 0 ${round(cx - rx)} ${round(cy)} Z`;
  }
  if (shape === 'round-rectangle') {
    // cytoscape rounds a corner by a quarter of the smaller side, at most 8 pixels.
    const r = Math.min(Math.min(width, height) / 4, 8);
    const [x1, y1, x2, y2] = [cx - rx, cy - ry, cx + rx, cy + ry].map(round) as [
      number,
      number,
      number,
      number,
    ];
    return `M${x1 + r} ${y1} L${x2 - r} ${y1} Q${x2} ${y1} ${x2} ${y1 + r} L${x2} ${y2 - r} Q${x2} ${y2} ${x2 - r} ${y2} L${x1 + r} ${y2} Q${x1} ${y2} ${x1} ${y2 - r} L${x1} ${y1 + r} Q${x1} ${y1} ${x1 + r} ${y1} Z`;
  }
  const unit = POLYGONS[shape] ?? POLYGONS.rectangle ?? [];
  const points: Point[] = [];
  for (let i = 0; i < unit.length; i += 2) {
    points.push({ x: cx + rx * (unit[i] ?? 0), y: cy + ry * (unit[i + 1] ?? 0) });
  }
  return polygonPath(points);
}

// cytoscape's arrow heads, in units of the arrow size: the tip at (0, 0), y negative back
// along the edge.
const ARROWS: Record<string, number[]> = {
  triangle: [-0.15, -0.3, 0, 0, 0.15, -0.3],
  'triangle-backcurve': [-0.15, -0.3, 0, 0, 0.15, -0.3, 0, -0.15],
  vee: [-0.15, -0.3, 0, 0, 0.15, -0.3, 0, -0.15],
  chevron: [0, 0, -0.15, -0.15, -0.1, -0.2, 0, -0.1, 0.1, -0.2, 0.15, -0.15],
  tee: [-0.15, 0, -0.15, -0.1, 0.15, -0.1, 0.15, 0],
  square: [-0.15, 0, 0.15, 0, 0.15, -0.3, -0.15, -0.3],
  diamond: [-0.15, -0.15, 0, -0.3, 0.15, -0.15, 0, 0],
};

/** How large cytoscape draws an arrow head on an edge of this width (getArrowWidth). */
export function arrowSize(edgeWidth: number, arrowScale: number): number {
  return Math.max(Math.pow(edgeWidth * 13.37, 0.9), 29) * arrowScale;
}

/**
 * An arrow head (or a status marker) with its tip at `tip`, pointing along `direction` (from
 * where the edge comes), as path data; empty for `none`.
 */
export function arrowPath(shape: string, tip: Point, direction: Point, size: number): string {
  const length = Math.hypot(direction.x, direction.y) || 1;
  const d = { x: direction.x / length, y: direction.y / length };
  const normal = { x: -d.y, y: d.x };
  const at = (u: number, v: number): Point => ({
    x: tip.x + v * size * d.x + u * size * normal.x,
    y: tip.y + v * size * d.y + u * size * normal.y,
  });
  if (shape === 'circle') {
    const centre = at(0, -0.15);
    const r = round(0.15 * size);
    return `M${round(centre.x - r)} ${round(centre.y)} a${r} ${r} 0 1 0 ${r * 2} 0 a${r} ${r} 0 1 0 ${-r * 2} 0 Z`;
  }
  const unit = ARROWS[shape];
  if (!unit) return '';
  const points: Point[] = [];
  for (let i = 0; i < unit.length; i += 2) points.push(at(unit[i] ?? 0, unit[i + 1] ?? 0));
  return polygonPath(points);
}
