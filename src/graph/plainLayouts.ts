/**
 * The concentric, circle and grid layouts in plain code: the same arithmetic as cytoscape's own
 * (3.3x, with the options layouts.ts gives them), without building a headless cytoscape of every
 * actor and relation first. For 20,000 relations that instance cost more than a second and a few
 * hundred megabytes; this takes milliseconds. tests/unit/plainLayouts.test.ts holds these to
 * cytoscape's positions, so a picture never changes by the switch.
 */
import type { Dataset } from '../domain/dataset';
import type { Point } from './hierarchy';
import { NODE_METRICS } from './stylesheet';

/** The layouts computed here. */
export type PlainLayoutName = 'concentric' | 'circle' | 'grid';

/** Whether a layout is computed here rather than on a headless cytoscape. */
export function isPlainLayout(name: string): name is PlainLayoutName {
  return name === 'concentric' || name === 'circle' || name === 'grid';
}

// The area the layouts spread over, centred on the origin (about a desktop canvas).
export const LAYOUT_BOX = { x1: -400, y1: -400, w: 800, h: 800 } as const;
const CENTRE = { x: LAYOUT_BOX.x1 + LAYOUT_BOX.w / 2, y: LAYOUT_BOX.y1 + LAYOUT_BOX.h / 2 };
// cytoscape's default start: the top of the circle, going clockwise.
const START_ANGLE = (3 / 2) * Math.PI;
/** A node's outer size as cytoscape measures it for a layout: its shape and its border. */
const NODE_OUTER = NODE_METRICS.size + NODE_METRICS.border;
const CONCENTRIC_SPACING = 40;
const GRID_PADDING = 30;

/** Each actor's number of relations, self-relations aside (as cytoscape's degree(false)). */
function degrees(dataset: Dataset): Map<string, number> {
  const degree = new Map<string, number>(dataset.actors.map((actor) => [actor.id, 0]));
  for (const { source, target } of dataset.relations) {
    if (source === target) continue;
    degree.set(source, (degree.get(source) ?? 0) + 1);
    degree.set(target, (degree.get(target) ?? 0) + 1);
  }
  return degree;
}

/** The radius at which `count` nodes `spacing` apart fit on one ring (cytoscape's rMin). */
function ringRadius(count: number, spacing: number): { radius: number; step: number } {
  const step = (2 * Math.PI - (2 * Math.PI) / count) / Math.max(1, count - 1);
  if (count <= 1) return { radius: 0, step };
  const dcos = Math.cos(step) - 1;
  const dsin = Math.sin(step);
  return { radius: Math.sqrt((spacing * spacing) / (dcos * dcos + dsin * dsin)), step };
}

/** Rings by number of relations, the best connected in the middle. */
function concentric(dataset: Dataset): Map<string, Point> {
  const degree = degrees(dataset);
  // A stable sort: actors of equal degree keep the dataset's order, as in cytoscape.
  const ranked = dataset.actors
    .map((actor) => ({ id: actor.id, value: degree.get(actor.id) ?? 0 }))
    .sort((a, b) => b.value - a.value);
  const levelWidth = Math.max(0, ...degree.values()) / 4;
  const levels: { id: string; value: number }[][] = [];
  for (const entry of ranked) {
    const current = levels.at(-1);
    const first = current?.[0];
    if (current && first && Math.abs(first.value - entry.value) < levelWidth) current.push(entry);
    else levels.push([entry]);
  }
  const spacing = NODE_OUTER + CONCENTRIC_SPACING;
  const positions = new Map<string, Point>();
  let radius = 0;
  for (const level of levels) {
    const ring = ringRadius(level.length, spacing);
    if (level.length > 1) radius = Math.max(ring.radius, radius);
    level.forEach((entry, index) => {
      const angle = START_ANGLE + ring.step * index;
      positions.set(entry.id, {
        x: CENTRE.x + radius * Math.cos(angle),
        y: CENTRE.y + radius * Math.sin(angle),
      });
    });
    radius += spacing;
  }
  return positions;
}

/** One ring, in the dataset's order (cytoscape's circle places by that order, whatever the sort). */
function circle(dataset: Dataset): Map<string, Point> {
  const count = dataset.actors.length;
  const step = (2 * Math.PI - (2 * Math.PI) / count) / Math.max(1, count - 1);
  let radius = count <= 1 ? 0 : Math.min(LAYOUT_BOX.w, LAYOUT_BOX.h) / 2 - NODE_OUTER;
  if (count > 1) radius = Math.max(ringRadius(count, NODE_OUTER * 1.75).radius, radius);
  return new Map(
    dataset.actors.map((actor, index) => {
      const angle = START_ANGLE + index * step;
      return [
        actor.id,
        { x: CENTRE.x + radius * Math.cos(angle), y: CENTRE.y + radius * Math.sin(angle) },
      ];
    }),
  );
}

/** Rows and columns about as many as each other, in the order of the actors' ids. */
function grid(dataset: Dataset): Map<string, Point> {
  const ids = dataset.actors.map((actor) => actor.id).sort((a, b) => a.localeCompare(b));
  const cells = ids.length;
  const splits = Math.sqrt((cells * LAYOUT_BOX.h) / LAYOUT_BOX.w);
  let rows = Math.round(splits);
  let cols = Math.round((LAYOUT_BOX.w / LAYOUT_BOX.h) * splits);
  // cytoscape's adjustment: drop a row or column that rounding added, or add what it lost.
  const setSmall = (value: number) =>
    Math.min(rows, cols) === rows ? (rows = value) : (cols = value);
  const setLarge = (value: number) =>
    Math.max(rows, cols) === rows ? (rows = value) : (cols = value);
  if (cols * rows > cells) {
    const small = Math.min(rows, cols);
    const large = Math.max(rows, cols);
    if ((small - 1) * large >= cells) setSmall(small - 1);
    else if ((large - 1) * small >= cells) setLarge(large - 1);
  } else {
    while (cols * rows < cells) {
      const small = Math.min(rows, cols);
      const large = Math.max(rows, cols);
      if ((large + 1) * small >= cells) setLarge(large + 1);
      else setSmall(small + 1);
    }
  }
  const cellWidth = Math.max(LAYOUT_BOX.w / cols, NODE_OUTER + GRID_PADDING);
  const cellHeight = Math.max(LAYOUT_BOX.h / rows, NODE_OUTER + GRID_PADDING);
  return new Map(
    ids.map((id, index) => {
      const row = Math.floor(index / cols);
      const col = index % cols;
      return [
        id,
        {
          x: col * cellWidth + cellWidth / 2 + LAYOUT_BOX.x1,
          y: row * cellHeight + cellHeight / 2 + LAYOUT_BOX.y1,
        },
      ];
    }),
  );
}

/** The positions of every actor in one of the plain layouts. */
export function plainPositions(dataset: Dataset, name: PlainLayoutName): Map<string, Point> {
  switch (name) {
    case 'concentric':
      return concentric(dataset);
    case 'circle':
      return circle(dataset);
    case 'grid':
      return grid(dataset);
  }
}
