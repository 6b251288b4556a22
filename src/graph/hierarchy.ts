/**
 * Row spacing for the hierarchy layout. cytoscape's breadthfirst layout decides the rows (steps
 * from the best-connected actor) and the order within each row, but spaces them by node size
 * only, so the labels below the nodes run into each other. This places the same rows again with
 * room for every label: columns as wide as the widest label, rows as tall as their tallest
 * label, and a row too long for one line split over staggered lines, so that neighbours in the
 * row alternate between lines and each label sits clear of the nodes on the lines below it.
 */
import type { NODE_METRICS } from './stylesheet';

export interface Point {
  x: number;
  y: number;
}

export interface RowNode {
  id: string;
  label: string;
}

export type NodeMetrics = typeof NODE_METRICS;

// An average character's width in the usual sans-serif fonts, a little on the wide side. The
// real width comes from the browser's fonts, which positions must not depend on; a label that
// wraps to one line more than estimated still clears the next line by LINE_GAP.
const CHAR_WIDTH_PER_FONT_PIXEL = 0.55;
/** Nodes on one line of a row at most; a longer row is staggered over several lines. */
export const MAX_NODES_PER_LINE = 6;
const COLUMN_GAP = 16;
const LINE_GAP = 12;
const ROW_GAP = 70;

function textWidth(text: string, metrics: NodeMetrics): number {
  return text.length * metrics.fontSize * CHAR_WIDTH_PER_FONT_PIXEL;
}

/** How many lines a label wraps to, estimated: words fill lines up to the label's maximum width. */
export function estimateLabelLines(label: string, metrics: NodeMetrics): number {
  const words = label.split(/\s+/).filter(Boolean);
  let lines = 0;
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, metrics) > metrics.labelMaxWidth) {
      lines++;
      line = word;
    } else {
      line = candidate;
    }
  }
  return Math.max(1, lines + (line ? 1 : 0));
}

/** The widest a label can be drawn: its maximum width, or a single word that is longer. */
function labelWidth(label: string, metrics: NodeMetrics): number {
  const longestWord = Math.max(0, ...label.split(/\s+/).map((word) => textWidth(word, metrics)));
  return Math.max(Math.min(textWidth(label, metrics), metrics.labelMaxWidth), longestWord);
}

/**
 * Positions for layered rows (top row first, each in its left-to-right order): centred on x = 0,
 * the first row at y = 0. No node's label overlaps another node or label.
 */
export function spaceRows(
  rows: readonly (readonly RowNode[])[],
  metrics: NodeMetrics,
): Map<string, Point> {
  const positions = new Map<string, Point>();
  const nodeHalf = metrics.size / 2 + metrics.border;
  const all = rows.flat();
  // One column width for every row, so the picture keeps a regular grid.
  const column =
    Math.max(metrics.size, ...all.map((node) => labelWidth(node.label, metrics))) +
    2 * metrics.labelOutline +
    COLUMN_GAP;
  let y = 0;
  for (const row of rows) {
    if (row.length === 0) continue;
    const lines = Math.ceil(row.length / MAX_NODES_PER_LINE);
    const labelLines = Math.max(...row.map((node) => estimateLabelLines(node.label, metrics)));
    // From a node's top to the bottom of its label.
    const depth =
      2 * nodeHalf + metrics.labelMargin + labelLines * metrics.fontSize + 2 * metrics.labelOutline;
    // Neighbours alternate between lines, so each line's nodes are a whole column apart.
    const step = column / lines;
    row.forEach((node, index) => {
      positions.set(node.id, {
        x: (index - (row.length - 1) / 2) * step,
        y: y + (index % lines) * (depth + LINE_GAP),
      });
    });
    y += (lines - 1) * (depth + LINE_GAP) + depth + ROW_GAP;
  }
  return positions;
}
