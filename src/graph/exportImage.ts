/**
 * Pictures of the visible graph: a PNG drawn by cytoscape itself (the whole visible graph, not
 * only the part in view, at 1× or 2× its size), and an SVG written from the canvas's elements.
 * Either can carry the legend beside the graph. Hidden elements are in neither.
 */
import type { Core } from 'cytoscape';

import type { ShownCounts } from '../domain/counts';
import type { Dataset } from '../domain/dataset';
import {
  EXPORT_FONT,
  EXPORT_INK,
  type MeasureText,
  drawLegend,
  estimateText,
  layoutLegend,
  legendModel,
} from './exportLegend';
import { graphSvg, snapshotOf } from './exportSvg';
import { NODE_METRICS, type Theme } from './stylesheet';

export interface PictureOptions {
  theme: Theme;
  background: 'themed' | 'transparent';
  /** The legend beside the graph, with the view's "shown of total" counts; false for none. */
  legend: ShownCounts | false;
}

interface Visible {
  actorIds: ReadonlySet<string>;
  relationIds: ReadonlySet<string>;
}

/** Space between the graph and the legend, in graph pixels. */
const LEGEND_GAP = 24;

/** Text widths as the browser will draw them; an estimate where there is no canvas. */
function canvasMeasure(): MeasureText {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return estimateText;
  return (text, fontSize) => {
    context.font = `${fontSize}px ${EXPORT_FONT}`;
    return context.measureText(text).width;
  };
}

function toBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the canvas gave no PNG'))),
      'image/png',
    );
  });
}

/**
 * The visible graph as a PNG, `scale` image pixels per graph pixel whatever the screen's pixel
 * density, with the legend drawn in on request.
 */
export async function graphPng(
  cy: Core,
  dataset: Dataset,
  visible: Visible,
  scale: number,
  options: PictureOptions,
): Promise<Blob> {
  const background = EXPORT_INK[options.theme].background;
  // cytoscape multiplies the scale by the screen's pixel ratio; the file should not depend on it.
  const pixelRatio = window.devicePixelRatio || 1;
  const graph = cy.png({
    output: 'blob',
    full: true,
    scale: scale / pixelRatio,
    ...(options.background === 'themed' ? { bg: background } : {}),
  });
  if (!options.legend) return graph;

  const layout = layoutLegend(legendModel(dataset, options.legend, options.theme), canvasMeasure());
  const image = await createImageBitmap(graph);
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(image.width + (LEGEND_GAP + layout.width + LEGEND_GAP) * scale);
  canvas.height = Math.ceil(Math.max(image.height, (layout.height + 2 * LEGEND_GAP) * scale));
  const context = canvas.getContext('2d');
  if (!context) return graph;
  if (options.background === 'themed') {
    context.fillStyle = background;
    context.fillRect(0, 0, canvas.width, canvas.height);
  }
  context.drawImage(image, 0, 0);
  // Read before close(): a closed bitmap measures 0 by 0.
  const graphWidth = image.width / scale;
  image.close();
  context.scale(scale, scale);
  drawLegend(context, layout, graphWidth + LEGEND_GAP, LEGEND_GAP, options.theme);
  return toBlob(canvas);
}

/** The visible graph as SVG text, with the legend beside it on request. */
export function graphSvgText(
  cy: Core,
  dataset: Dataset,
  visible: Visible,
  options: PictureOptions,
): string {
  const measure = canvasMeasure();
  return graphSvg(snapshotOf(cy, visible), {
    theme: options.theme,
    background: options.background,
    measure,
    title: dataset.title,
    labelMaxWidth: NODE_METRICS.labelMaxWidth,
    labelMargin: NODE_METRICS.labelMargin,
    ...(options.legend
      ? { legend: layoutLegend(legendModel(dataset, options.legend, options.theme), measure) }
      : {}),
  });
}

/** Where the current layout placed each actor, for the data exports. */
export function currentPositions(cy: Core): Map<string, { x: number; y: number }> {
  const positions = new Map<string, { x: number; y: number }>();
  cy.nodes().forEach((node) => {
    const { x, y } = node.position();
    positions.set(node.id(), { x, y });
  });
  return positions;
}
