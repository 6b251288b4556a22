/**
 * A dataset drawn as the explorer draws it, without a browser: the app's own elements,
 * stylesheet and view applier on a headless cytoscape canvas, under the view the dataset opens
 * with; then the SVG picture the Export menu writes of that canvas. Where an edge's ends and
 * middle lie is the renderer's business, and a headless canvas has none: here an edge runs
 * straight from its source's centre to its target's, enough for the writer to draw it.
 */
import cytoscape, { type Core, type EdgeSingular } from 'cytoscape';
import { expect } from 'vitest';

import type { Dataset } from '../../../src/domain/dataset';
import { datasetIds, defaultViewOf } from '../../../src/domain/link/datasetIds';
import { visibleGraph } from '../../../src/domain/visibleGraph';
import { datasetElements, viewApplier } from '../../../src/graph/elements';
import { estimateText } from '../../../src/graph/exportLegend';
import { graphSvg, snapshotOf, svgEscape } from '../../../src/graph/exportSvg';
import { graphScale } from '../../../src/graph/levelOfDetail';
import { GRAPH_CLASSES, NODE_METRICS, graphStylesheet } from '../../../src/graph/stylesheet';

export interface CanvasPicture {
  /** What the summary line counts: the view's actors and relations. */
  summary: { actors: number; relations: number };
  /** What the canvas draws: its shown actors and edges, and the relations those edges stand for. */
  canvas: { actorIds: string[]; edgeIds: string[]; relations: number };
  /** The actors and edges the SVG picture holds, by the ids it writes. */
  svg: { actorIds: string[]; edgeIds: string[] };
}

/** Straight lines between centres, standing in for the renderer's edge geometry. */
function drawEdgesStraight(cy: Core): void {
  const middle = (edge: EdgeSingular) => {
    const [from, to] = [edge.source().position(), edge.target().position()];
    return { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
  };
  // The renderer is internal to cytoscape, and left out of its typings.
  const renderer = (cy as unknown as { renderer(): object }).renderer();
  Object.assign(renderer, {
    getSourceEndpoint: (edge: EdgeSingular) => edge.source().position(),
    getTargetEndpoint: (edge: EdgeSingular) => edge.target().position(),
    getControlPoints: () => undefined,
    getEdgeMidpoint: middle,
  });
}

/** The ids the SVG writes for its actors or its edges, escaped as the writer escapes them. */
function svgIds(svg: string, group: 'node' | 'edge'): string[] {
  const pattern = new RegExp(`<g class="${group}" data-id="([^"]*)"`, 'g');
  return [...svg.matchAll(pattern)].map((match) => match[1]!);
}

/** The dataset on a headless canvas in its opening view, and the SVG picture of that canvas. */
export function canvasPicture(dataset: Dataset): CanvasPicture {
  const view = defaultViewOf(dataset.id, datasetIds(dataset));
  const visible = visibleGraph(dataset, view);
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: datasetElements(dataset),
    style: graphStylesheet(dataset.vocabulary, 'light', graphScale(dataset)),
  });
  try {
    drawEdgesStraight(cy);
    viewApplier(cy, dataset)(visible);
    const shown = cy.elements().filter((element) => !element.hasClass(GRAPH_CLASSES.hidden));
    const edges = shown
      .edges()
      .filter((edge) => shown.contains(edge.source()) && shown.contains(edge.target()));
    const svg = graphSvg(snapshotOf(cy, visible), {
      theme: 'light',
      background: 'themed',
      measure: estimateText,
      title: dataset.title,
      labelMaxWidth: NODE_METRICS.labelMaxWidth,
      labelMargin: NODE_METRICS.labelMargin,
    });
    return {
      summary: { actors: visible.actorIds.size, relations: visible.relationIds.size },
      canvas: {
        actorIds: shown.nodes().map((node) => svgEscape(node.id())),
        edgeIds: edges.map((edge) => svgEscape(edge.id())),
        relations: edges.reduce(
          (sum, edge) => sum + ((edge.data('members') as string[] | undefined)?.length ?? 1),
          0,
        ),
      },
      svg: { actorIds: svgIds(svg, 'node'), edgeIds: svgIds(svg, 'edge') },
    };
  } finally {
    cy.destroy();
  }
}

/** The canvas draws what the summary counts, and the picture holds exactly what it draws. */
export function expectPictureOfView(picture: CanvasPicture): void {
  expect({ actors: picture.canvas.actorIds.length, relations: picture.canvas.relations }).toEqual(
    picture.summary,
  );
  expect([...picture.svg.actorIds].sort()).toEqual([...picture.canvas.actorIds].sort());
  expect([...picture.svg.edgeIds].sort()).toEqual([...picture.canvas.edgeIds].sort());
}
