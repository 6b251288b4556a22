/**
 * The visible graph as an SVG file: vector shapes and text as text, written by our own code
 * from what cytoscape draws (each element's position and computed style), so the file looks
 * like the canvas. Hidden elements are not in it. The legend can be drawn beside the graph.
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';

import { edgeShown } from './elements';
import {
  EXPORT_FONT,
  EXPORT_INK,
  type LegendLayout,
  type MeasureText,
  legendSvg,
} from './exportLegend';
import { arrowPath, arrowSize, nodeShapePath } from './exportShapes';
import { GRAPH_CLASSES, type Theme } from './stylesheet';

type Point = { x: number; y: number };

export interface SnapshotNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  shape: string;
  fill: string;
  border: { color: string; width: number };
  opacity: number;
  label: string;
  text: {
    color: string;
    halo: string;
    haloWidth: number;
    size: number;
    bold: boolean;
    opacity: number;
  };
}

export interface SnapshotEdge {
  id: string;
  /** The line's start, its bezier control points (none for a straight line), its end. */
  start: Point;
  controls: Point[];
  end: Point;
  color: string;
  width: number;
  dash: number[] | null;
  opacity: number;
  arrow: { shape: string; color: string; size: number } | null;
  marker: { shape: string; color: string; size: number; at: Point; direction: Point } | null;
  label: { text: string; at: Point; color: string; halo: string; size: number } | null;
}

/** What the canvas shows, as plain data: the input of the SVG writer. */
export interface GraphSnapshot {
  nodes: SnapshotNode[];
  edges: SnapshotEdge[];
}

/** cytoscape's parsed style value (`pstyle`), which its typings leave out. */
function parsed(element: NodeSingular | EdgeSingular, property: string) {
  const withParsed = element as unknown as {
    pstyle(name: string): { pfValue?: unknown; value?: unknown } | undefined;
  };
  return withParsed.pstyle(property);
}

function number(element: NodeSingular | EdgeSingular, property: string): number {
  const value = parsed(element, property);
  const result = value?.pfValue ?? value?.value;
  return typeof result === 'number' && Number.isFinite(result) ? result : 0;
}

function text(element: NodeSingular | EdgeSingular, property: string): string {
  return String(element.style(property) ?? '');
}

/** The dash pattern cytoscape draws for a line style (or the pattern the style sets). */
function dashOf(edge: EdgeSingular): number[] | null {
  const style = text(edge, 'line-style');
  if (style === 'dashed') {
    const pattern = parsed(edge, 'line-dash-pattern')?.pfValue;
    return Array.isArray(pattern) && pattern.length > 0 ? (pattern as number[]) : [6, 3];
  }
  if (style === 'dotted') return [1, 2];
  return null;
}

/**
 * The visible elements of the canvas, with where and how cytoscape draws them. `visible` names
 * what the view shows: cytoscape's own `:visible` answers from a cache refreshed only when the
 * canvas next draws.
 */
export function snapshotOf(
  cy: Core,
  visible: { actorIds: ReadonlySet<string>; relationIds: ReadonlySet<string> },
): GraphSnapshot {
  const shownNodes: NodeSingular[] = [];
  cy.nodes().forEach((node) => {
    if (visible.actorIds.has(node.id()) && !node.hasClass(GRAPH_CLASSES.hidden))
      shownNodes.push(node);
  });
  const shownEdges: EdgeSingular[] = [];
  cy.edges().forEach((edge) => {
    if (edgeShown(edge, visible.relationIds) && !edge.hasClass(GRAPH_CLASSES.hidden))
      shownEdges.push(edge);
  });
  const nodes = shownNodes.map((node): SnapshotNode => {
    const position = node.position();
    return {
      id: node.id(),
      x: position.x,
      y: position.y,
      width: node.width(),
      height: node.height(),
      shape: text(node, 'shape'),
      fill: text(node, 'background-color'),
      border: { color: text(node, 'border-color'), width: number(node, 'border-width') },
      opacity: number(node, 'opacity'),
      label: String(node.data('label') ?? ''),
      text: {
        color: text(node, 'color'),
        halo: text(node, 'text-outline-color'),
        haloWidth: number(node, 'text-outline-width'),
        size: number(node, 'font-size'),
        bold: text(node, 'font-weight') === 'bold',
        opacity: number(node, 'text-opacity'),
      },
    };
  });
  const edges = shownEdges.map((edge): SnapshotEdge => {
    const width = number(edge, 'width');
    const scale = number(edge, 'arrow-scale') || 1;
    const targetArrow = text(edge, 'target-arrow-shape');
    const midArrow = text(edge, 'mid-target-arrow-shape');
    const start = edge.sourceEndpoint();
    const end = edge.targetEndpoint();
    const controls = (edge.controlPoints() as Point[] | undefined) ?? [];
    const mid = edge.midpoint();
    const labelText = String(edge.data('label') ?? '');
    const textOpacity = number(edge, 'text-opacity');
    return {
      id: edge.id(),
      start: { x: start.x, y: start.y },
      controls: controls.map((point) => ({ x: point.x, y: point.y })),
      end: { x: end.x, y: end.y },
      color: text(edge, 'line-color'),
      width,
      dash: dashOf(edge),
      opacity: number(edge, 'opacity') * number(edge, 'line-opacity'),
      arrow:
        targetArrow && targetArrow !== 'none'
          ? {
              shape: targetArrow,
              color: text(edge, 'target-arrow-color'),
              size: arrowSize(width, scale),
            }
          : null,
      marker:
        midArrow && midArrow !== 'none'
          ? {
              shape: midArrow,
              color: text(edge, 'mid-target-arrow-color'),
              size: arrowSize(width, scale),
              at: { x: mid.x, y: mid.y },
              direction: { x: end.x - start.x, y: end.y - start.y },
            }
          : null,
      label:
        labelText && textOpacity > 0
          ? {
              text: labelText,
              at: { x: mid.x, y: mid.y },
              color: text(edge, 'color'),
              halo: text(edge, 'text-outline-color'),
              size: number(edge, 'font-size'),
            }
          : null,
    };
  });
  return { nodes, edges };
}

/** Escapes text for SVG content and attribute values (always written in double quotes). */
export function svgEscape(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Splits a label into lines no wider than `maxWidth`, at spaces, as cytoscape wraps it. */
export function wrapLabel(
  label: string,
  maxWidth: number,
  fontSize: number,
  measure: MeasureText,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

const round = (value: number) => Math.round(value * 100) / 100;

/** The direction an edge arrives at its end: from its last control point, or its start. */
function arrival(edge: SnapshotEdge): Point {
  const from = edge.controls.at(-1) ?? edge.start;
  return { x: edge.end.x - from.x, y: edge.end.y - from.y };
}

function edgePath(edge: SnapshotEdge): string {
  const p = (point: Point) => `${round(point.x)} ${round(point.y)}`;
  if (edge.controls.length === 0) return `M${p(edge.start)} L${p(edge.end)}`;
  if (edge.controls.length === 1) {
    return `M${p(edge.start)} Q${p(edge.controls[0] as Point)} ${p(edge.end)}`;
  }
  // Several control points: cytoscape chains quadratic curves through their midpoints.
  const parts = [`M${p(edge.start)}`];
  for (let i = 0; i < edge.controls.length; i++) {
    const control = edge.controls[i] as Point;
    const next = edge.controls[i + 1];
    const to = next ? { x: (control.x + next.x) / 2, y: (control.y + next.y) / 2 } : edge.end;
    parts.push(`Q${p(control)} ${p(to)}`);
  }
  return parts.join(' ');
}

export interface SvgOptions {
  theme: Theme;
  /** Fill the picture with the page's colour, or leave it transparent. */
  background: 'themed' | 'transparent';
  /** The legend, laid out, drawn to the right of the graph. */
  legend?: LegendLayout;
  /** Measures text, for label wrapping and the picture's bounds. */
  measure: MeasureText;
  /** Names the picture for screen readers and file browsers. */
  title: string;
  /** Wrap width of node labels (NODE_METRICS.labelMaxWidth). */
  labelMaxWidth: number;
  labelMargin: number;
}

const PADDING = 24;

/** The snapshot as an SVG document. */
export function graphSvg(snapshot: GraphSnapshot, options: SvgOptions): string {
  const { measure } = options;
  const bounds = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  const include = (x: number, y: number) => {
    bounds.x1 = Math.min(bounds.x1, x);
    bounds.y1 = Math.min(bounds.y1, y);
    bounds.x2 = Math.max(bounds.x2, x);
    bounds.y2 = Math.max(bounds.y2, y);
  };

  const edgeParts = snapshot.edges.map((edge) => {
    for (const point of [edge.start, edge.end, ...edge.controls]) include(point.x, point.y);
    const dash = edge.dash ? ` stroke-dasharray="${edge.dash.map(round).join(' ')}"` : '';
    const parts = [
      `<path d="${edgePath(edge)}" fill="none" stroke="${svgEscape(edge.color)}" stroke-width="${round(edge.width)}"${dash}/>`,
    ];
    if (edge.arrow) {
      const d = arrowPath(edge.arrow.shape, edge.end, arrival(edge), edge.arrow.size);
      if (d) parts.push(`<path d="${d}" fill="${svgEscape(edge.arrow.color)}"/>`);
    }
    if (edge.marker) {
      // A status marker: hollow, centred on the middle of the edge.
      const { at, direction, size, shape, color } = edge.marker;
      const length = Math.hypot(direction.x, direction.y) || 1;
      const tip = {
        x: at.x + (direction.x / length) * size * 0.15,
        y: at.y + (direction.y / length) * size * 0.15,
      };
      const d = arrowPath(shape, tip, direction, size);
      if (d) {
        parts.push(
          `<path d="${d}" fill="none" stroke="${svgEscape(color)}" stroke-width="${round(Math.max(1, edge.width * 0.75))}"/>`,
        );
      }
    }
    if (edge.label) {
      const { at, color, halo, size } = edge.label;
      parts.push(
        `<text x="${round(at.x)}" y="${round(at.y)}" font-size="${round(size)}" text-anchor="middle" dominant-baseline="middle" fill="${svgEscape(color)}" stroke="${svgEscape(halo)}" stroke-width="4" paint-order="stroke" stroke-linejoin="round">${svgEscape(edge.label.text)}</text>`,
      );
    }
    const opacity = edge.opacity < 1 ? ` opacity="${round(edge.opacity)}"` : '';
    return `<g class="edge" data-id="${svgEscape(edge.id)}"${opacity}>${parts.join('')}</g>`;
  });

  const nodeParts = snapshot.nodes.map((node) => {
    include(node.x - node.width / 2, node.y - node.height / 2);
    include(node.x + node.width / 2, node.y + node.height / 2);
    const lines = wrapLabel(node.label, options.labelMaxWidth, node.text.size, measure);
    const lineHeight = node.text.size * 1.2;
    const top = node.y + node.height / 2 + options.labelMargin;
    lines.forEach((line, index) => {
      const half = measure(line, node.text.size) / 2;
      include(node.x - half, top);
      include(node.x + half, top + (index + 1) * lineHeight);
    });
    const shape = `<path d="${nodeShapePath(node.shape, node.x, node.y, node.width, node.height)}" fill="${svgEscape(node.fill)}"${
      node.border.width > 0
        ? ` stroke="${svgEscape(node.border.color)}" stroke-width="${round(node.border.width)}"`
        : ''
    }/>`;
    const tspans = lines
      .map(
        (line, index) =>
          `<tspan x="${round(node.x)}" y="${round(top + node.text.size + index * lineHeight)}">${svgEscape(line)}</tspan>`,
      )
      .join('');
    const label = lines.length
      ? `<text font-size="${round(node.text.size)}" text-anchor="middle"${node.text.bold ? ' font-weight="bold"' : ''} fill="${svgEscape(node.text.color)}" stroke="${svgEscape(node.text.halo)}" stroke-width="${round(node.text.haloWidth * 2)}" paint-order="stroke" stroke-linejoin="round"${node.text.opacity < 1 ? ` fill-opacity="${round(node.text.opacity)}" stroke-opacity="${round(node.text.opacity)}"` : ''}>${tspans}</text>`
      : '';
    const opacity = node.opacity < 1 ? ` opacity="${round(node.opacity)}"` : '';
    return `<g class="node" data-id="${svgEscape(node.id)}"${opacity}>${shape}${label}</g>`;
  });

  if (!Number.isFinite(bounds.x1)) Object.assign(bounds, { x1: 0, y1: 0, x2: 0, y2: 0 });
  const graphWidth = Math.ceil(bounds.x2 - bounds.x1 + 2 * PADDING);
  const graphHeight = Math.ceil(bounds.y2 - bounds.y1 + 2 * PADDING);
  const legend = options.legend;
  const width = graphWidth + (legend ? legend.width + PADDING : 0);
  const height = Math.max(graphHeight, legend ? legend.height + 2 * PADDING : 0);
  const ink = EXPORT_INK[options.theme];
  const shiftX = round(PADDING - bounds.x1);
  const shiftY = round(PADDING - bounds.y1);

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family='${EXPORT_FONT}' role="img">`,
    `<title>${svgEscape(options.title)}</title>`,
    options.background === 'themed'
      ? `<rect width="${width}" height="${height}" fill="${ink.background}"/>`
      : '',
    `<g class="graph" transform="translate(${shiftX} ${shiftY})">`,
    `<g class="edges" stroke-linecap="butt">${edgeParts.join('')}</g>`,
    `<g class="nodes">${nodeParts.join('')}</g>`,
    '</g>',
    legend ? legendSvg(legend, graphWidth, PADDING, options.theme) : '',
    '</svg>',
    '',
  ]
    .filter(Boolean)
    .join('\n');
}
