/** The layouts a view can name; the graph adapter maps each id to cytoscape options. */
import type { Actor } from './dataset';

export const LAYOUTS = [
  { id: 'fcose', label: 'Force-directed' },
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
export function layoutsOf(dataset: { actors: readonly Pick<Actor, 'position'>[] }): Layout[] {
  const computed = LAYOUTS.filter((layout) => layout.id !== 'preset');
  const preset = LAYOUTS.filter((layout) => layout.id === 'preset');
  return hasPositions(dataset) ? [...preset, ...computed] : computed;
}

/** The layout a dataset opens with. */
export function defaultLayoutOf(dataset: {
  actors: readonly Pick<Actor, 'position'>[];
}): LayoutName {
  return hasPositions(dataset) ? 'preset' : DEFAULT_LAYOUT;
}
