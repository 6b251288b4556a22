/** The layouts a view can name; the graph adapter maps each id to cytoscape options. */
import type { Actor } from './dataset';

export const LAYOUTS = [
  { id: 'fcose', label: 'Force-directed' },
  // ForceAtlas2, in a worker: for graphs too big for fcose on the page. Named as in Gephi, and
  // no longer than the other labels, so the header's layout menu keeps its width.
  { id: 'forceatlas2', label: 'ForceAtlas2' },
  { id: 'concentric', label: 'Concentric' },
  { id: 'circle', label: 'Circle' },
  { id: 'grid', label: 'Grid' },
  { id: 'breadthfirst', label: 'Hierarchy' },
  // Only for a dataset whose file places its actors (see layoutsOf).
  { id: 'preset', label: 'As in the file' },
] as const;

export type LayoutName = (typeof LAYOUTS)[number]['id'];
export type Layout = (typeof LAYOUTS)[number];
export const DEFAULT_LAYOUT: LayoutName = 'fcose';

/**
 * Above this many actors the force layout takes seconds on the main thread (about 0.6 s for 250
 * actors on the benchmark machine, growing faster than linearly), so a dataset that big opens in
 * ForceAtlas2 instead, which runs in a worker after a first picture drawn in milliseconds.
 * Force-directed (fcose) stays on offer.
 */
export const FORCE_LAYOUT_MAX_ACTORS = 500;

/**
 * Nor above this many relations: fcose's springs grow with them, and an event extract of 400
 * actors and 10,000 relations kept the page busy for over half a minute.
 */
export const FORCE_LAYOUT_MAX_RELATIONS = 2000;

/** The computed layout a dataset without positions opens with when it is too big for fcose. */
const LARGE_GRAPH_LAYOUT: LayoutName = 'forceatlas2';

/** Whether a string names a layout this app offers (to some dataset). */
export function isLayoutName(value: string): value is LayoutName {
  return LAYOUTS.some((layout) => layout.id === value);
}

/**
 * Whether a dataset's file places its actors: most of them have a position (a few added by
 * hand may lack one; the preset layout puts those beside the rest).
 */
export function hasPositions(dataset: { actors: readonly Pick<Actor, 'position'>[] }): boolean {
  const placed = dataset.actors.filter((actor) => actor.position !== undefined).length;
  return placed > 0 && placed * 2 >= dataset.actors.length;
}

/** The layouts a dataset offers, its default first: "As in the file" leads where the file places actors. */
export function layoutsOf(dataset: LayoutSubject): Layout[] {
  const computed = LAYOUTS.filter((layout) => layout.id !== 'preset');
  const preset = LAYOUTS.filter((layout) => layout.id === 'preset');
  if (hasPositions(dataset)) return [...preset, ...computed];
  const first = defaultLayoutOf(dataset);
  return [...computed.filter((l) => l.id === first), ...computed.filter((l) => l.id !== first)];
}

/** What decides a dataset's layouts: where its actors are placed, and how big it is. */
interface LayoutSubject {
  actors: readonly Pick<Actor, 'position'>[];
  relations: readonly unknown[];
}

/** The layout a dataset opens with. */
export function defaultLayoutOf(dataset: LayoutSubject): LayoutName {
  if (hasPositions(dataset)) return 'preset';
  const tooBig =
    dataset.actors.length > FORCE_LAYOUT_MAX_ACTORS ||
    dataset.relations.length > FORCE_LAYOUT_MAX_RELATIONS;
  return tooBig ? LARGE_GRAPH_LAYOUT : DEFAULT_LAYOUT;
}
