/** The layouts a view can name; the graph adapter maps each id to cytoscape options. */
export const LAYOUTS = [
  { id: 'fcose', label: 'Force-directed' },
  { id: 'concentric', label: 'Concentric' },
  { id: 'circle', label: 'Circle' },
  { id: 'grid', label: 'Grid' },
  { id: 'breadthfirst', label: 'Hierarchy' },
] as const;

export type LayoutName = (typeof LAYOUTS)[number]['id'];
export const DEFAULT_LAYOUT: LayoutName = 'fcose';

/** Whether a string names a layout this app offers. */
export function isLayoutName(value: string): value is LayoutName {
  return LAYOUTS.some((layout) => layout.id === value);
}
