/**
 * Finding the element under the pointer in a large graph, through a grid. Cytoscape's own search
 * tests every element on every pointer move, press and release: at 20,000 relations about
 * 100–190 ms each (CPU profiles in docs/benchmarks.md), so a hover or a click waited for three
 * of them. A large graph's lines are straight and its actors do not move but by a layout (they
 * cannot be dragged), so a grid of model space, rebuilt when a layout places them, answers in
 * the cells around the pointer. The pure part (this file) knows points and segments only.
 */

/** A straight line between two points, by index into the index's list. */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Disc {
  x: number;
  y: number;
  /** Half the drawn size, border included. */
  radius: number;
}

export interface GridIndex {
  /** The index of the nearest accepted disc within `slack` of its rim, else -1. */
  nearestDisc(x: number, y: number, slack: number, accept: (index: number) => boolean): number;
  /**
   * The index of the nearest accepted segment within its own slack (`slackOf`, half its width
   * and the pointer's tolerance), else -1.
   */
  nearestSegment(
    x: number,
    y: number,
    reach: number,
    slackOf: (index: number) => number | null,
  ): number;
}

const CELLS_PER_SIDE = 96;

function distanceToSegment(x: number, y: number, s: Segment): number {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  const length2 = dx * dx + dy * dy;
  const t =
    length2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - s.x1) * dx + (y - s.y1) * dy) / length2));
  return Math.hypot(x - (s.x1 + t * dx), y - (s.y1 + t * dy));
}

/**
 * Indexes discs (actors) and segments (lines) in a square grid over their extent; a segment is
 * listed in every cell its bounding box covers, split along its length so a long line is not
 * listed in a whole rectangle of cells.
 */
export function gridIndex(discs: readonly Disc[], segments: readonly Segment[]): GridIndex {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const d of discs) {
    minX = Math.min(minX, d.x - d.radius);
    minY = Math.min(minY, d.y - d.radius);
    maxX = Math.max(maxX, d.x + d.radius);
    maxY = Math.max(maxY, d.y + d.radius);
  }
  if (!Number.isFinite(minX)) {
    minX = minY = 0;
    maxX = maxY = 1;
  }
  const cell = Math.max(maxX - minX, maxY - minY, 1) / CELLS_PER_SIDE;
  const columnOf = (x: number) =>
    Math.max(0, Math.min(CELLS_PER_SIDE - 1, Math.floor((x - minX) / cell)));
  const rowOf = (y: number) =>
    Math.max(0, Math.min(CELLS_PER_SIDE - 1, Math.floor((y - minY) / cell)));
  const discCells = new Map<number, number[]>();
  const segmentCells = new Map<number, number[]>();
  const put = (cells: Map<number, number[]>, key: number, index: number) => {
    const list = cells.get(key);
    if (!list) cells.set(key, [index]);
    else if (list[list.length - 1] !== index) list.push(index);
  };
  discs.forEach((d, index) => {
    for (let c = columnOf(d.x - d.radius); c <= columnOf(d.x + d.radius); c++)
      for (let r = rowOf(d.y - d.radius); r <= rowOf(d.y + d.radius); r++)
        put(discCells, r * CELLS_PER_SIDE + c, index);
  });
  segments.forEach((s, index) => {
    // Pieces no longer than a cell: each piece's box covers at most four cells.
    const pieces = Math.max(1, Math.ceil(Math.hypot(s.x2 - s.x1, s.y2 - s.y1) / cell));
    for (let p = 0; p < pieces; p++) {
      const ax = s.x1 + ((s.x2 - s.x1) * p) / pieces;
      const ay = s.y1 + ((s.y2 - s.y1) * p) / pieces;
      const bx = s.x1 + ((s.x2 - s.x1) * (p + 1)) / pieces;
      const by = s.y1 + ((s.y2 - s.y1) * (p + 1)) / pieces;
      for (let c = columnOf(Math.min(ax, bx)); c <= columnOf(Math.max(ax, bx)); c++)
        for (let r = rowOf(Math.min(ay, by)); r <= rowOf(Math.max(ay, by)); r++)
          put(segmentCells, r * CELLS_PER_SIDE + c, index);
    }
  });

  /** Every index listed in the cells within `reach` of (x, y), once. */
  const around = (cells: Map<number, number[]>, x: number, y: number, reach: number) => {
    const seen = new Set<number>();
    for (let c = columnOf(x - reach); c <= columnOf(x + reach); c++)
      for (let r = rowOf(y - reach); r <= rowOf(y + reach); r++)
        for (const index of cells.get(r * CELLS_PER_SIDE + c) ?? []) seen.add(index);
    return seen;
  };

  return {
    nearestDisc(x, y, slack, accept) {
      let best = -1;
      let bestGap = Infinity;
      for (const index of around(discCells, x, y, slack)) {
        if (!accept(index)) continue;
        const d = discs[index]!;
        const gap = Math.hypot(x - d.x, y - d.y) - d.radius;
        if (gap <= slack && gap < bestGap) {
          best = index;
          bestGap = gap;
        }
      }
      return best;
    },
    nearestSegment(x, y, reach, slackOf) {
      let best = -1;
      let bestDistance = Infinity;
      for (const index of around(segmentCells, x, y, reach)) {
        const slack = slackOf(index);
        if (slack === null) continue;
        const distance = distanceToSegment(x, y, segments[index]!);
        if (distance <= slack && distance < bestDistance) {
          best = index;
          bestDistance = distance;
        }
      }
      return best;
    },
  };
}
