/**
 * Level of detail for big graphs. Measured in headless Chromium on a generated graph of 20,000
 * relations (docs/benchmarks.md): dashed and dotted lines cost the canvas about 6 s a frame
 * (cytoscape dots a line every model pixel, so the work grows with the lines' length, at any
 * zoom), and curved edges make every change near a busy actor recompute its parallel edges
 * (the square of its degree). Above LARGE_GRAPH_RELATIONS the canvas therefore draws plain
 * straight lines; colour, arrow head and width still tell the types apart, and the legend says so.
 *
 * Also measured there, on the same elements and stylesheet (one drag step / a filter toggle):
 * the canvas 400 / 430 ms; with `textureOnViewport` 50 ms a drag step (kept for large graphs);
 * with `hideEdgesOnViewport` 85 ms, but the lines vanish while moving (not kept); cytoscape
 * 3.34's WebGL renderer 3.9 s / 3.7 s and a later first paint (9.9 s against 7.5 s): Chromium
 * runs WebGL on SwiftShader here, so it stays off. `pixelRatio` cannot matter at the headless
 * device pixel ratio of 1, so it was left at cytoscape's default.
 */
import type { Dataset } from '../domain/dataset';

/** Above this many relations a graph is drawn with the large graph's simpler lines. */
export const LARGE_GRAPH_RELATIONS = 2000;

export type GraphScale = 'small' | 'large';

/** Whether a dataset is drawn in full detail or with the large graph's simpler lines. */
export function graphScale(dataset: Dataset): GraphScale {
  return dataset.relations.length > LARGE_GRAPH_RELATIONS ? 'large' : 'small';
}
