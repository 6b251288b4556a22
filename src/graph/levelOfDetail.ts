/**
 * Level of detail for big graphs. Measured in headless Chromium on a generated graph of 20,000
 * relations (docs/benchmarks.md): dashed and dotted lines cost the canvas about 6 s a frame
 * (cytoscape dots a line every model pixel, so the work grows with the lines' length, at any
 * zoom), and curved edges make every change near a busy actor recompute its parallel edges
 * (the square of its degree). Above LARGE_GRAPH_RELATIONS the canvas therefore draws plain
 * straight lines; colour, arrow head and width still tell the types apart, and the legend says so.
 */
import type { Dataset } from '../domain/dataset';

/** Above this many relations a graph is drawn with the large graph's simpler lines. */
export const LARGE_GRAPH_RELATIONS = 2000;

export type GraphScale = 'small' | 'large';

/** Whether a dataset is drawn in full detail or with the large graph's simpler lines. */
export function graphScale(dataset: Dataset): GraphScale {
  return dataset.relations.length > LARGE_GRAPH_RELATIONS ? 'large' : 'small';
}
