/**
 * The layouts that need cytoscape itself: the force layout (fcose, seeded) and the hierarchy
 * (breadthfirst, then rows spaced for their labels). They run on a headless cytoscape that holds
 * every actor and relation. Loaded only when such a layout is asked for: the shipped article
 * carries its force-layout positions, and the other layouts are plain code (plainLayouts.ts).
 */
import cytoscape, {
  type Core,
  type LayoutOptions,
  type NodeCollection,
  type NodeSingular,
} from 'cytoscape';

import type { Dataset } from '../domain/dataset';
import type { LayoutName } from '../domain/layoutIds';
import { seededRandom } from '../domain/random';
import { datasetElements } from './elements';
import { type RowNode, spaceRows } from './hierarchy';
import { LAYOUT_BOX } from './plainLayouts';
import type { LaidOut, ShippedPositions } from './positions';
import { NODE_METRICS, graphStylesheet } from './stylesheet';

// Chosen among a few seeds by eye: the one whose default picture has no label under a node.
const LAYOUT_SEED = 7;

let fcoseRegistration: Promise<void> | undefined;

/** Registers cytoscape-fcose on first use, so the force layout stays out of the start-up bundle. */
export function ensureFcose(): Promise<void> {
  fcoseRegistration ??= import('cytoscape-fcose').then(
    (module) => {
      cytoscape.use(module.default);
    },
    (error: unknown) => {
      // Not cached: a later attempt (a new layout choice, a reload of the chunk) may succeed.
      fcoseRegistration = undefined;
      throw error;
    },
  );
  return fcoseRegistration;
}

/** An actor's number of relations: a bundle's members count one each (cytoscape's degree counts lines). */
function relationDegree(node: NodeSingular): number {
  return node
    .connectedEdges()
    .reduce((sum, edge) => sum + ((edge.data('members') as string[] | undefined)?.length ?? 1), 0);
}

function layoutOptions(name: LayoutName): LayoutOptions {
  // The canvas decides the camera after a layout (a link's camera, or a fit to what is visible).
  const common = { animate: false, fit: false } as const;
  switch (name) {
    case 'fcose':
      return {
        ...common,
        name: 'fcose',
        quality: 'proof',
        randomize: true,
        nodeRepulsion: () => 40000,
        idealEdgeLength: () => 130,
        edgeElasticity: () => 0.3,
        gravity: 0.12,
        gravityRange: 4,
        nodeSeparation: 120,
        numIter: 4000,
      } as LayoutOptions;
    case 'concentric':
      return {
        ...common,
        name: 'concentric',
        boundingBox: LAYOUT_BOX,
        minNodeSpacing: 40,
        // By relations, not drawn edges: a bundle of 12 makes its ends as central as 12 lines.
        concentric: relationDegree,
        levelWidth: (nodes: NodeCollection) =>
          Math.max(0, ...nodes.map((node) => relationDegree(node))) / 4,
      } as LayoutOptions;
    case 'circle':
      return {
        ...common,
        name: 'circle',
        boundingBox: LAYOUT_BOX,
        sort: (a, b) => a.id().localeCompare(b.id()),
      };
    case 'grid':
      return {
        ...common,
        name: 'grid',
        boundingBox: LAYOUT_BOX,
        avoidOverlapPadding: 30,
        sort: (a, b) => a.id().localeCompare(b.id()),
      };
    case 'breadthfirst':
      // Only the rows and their order are used: `hierarchyRows` spaces them for the labels.
      return { ...common, name: 'breadthfirst', boundingBox: LAYOUT_BOX, directed: false };
    case 'preset':
    case 'forceatlas2':
      // Never run by cytoscape: the file's positions are read directly (presetPositions), and
      // ForceAtlas2 runs in a worker (forceAtlas2/client.ts).
      return { ...common, name: 'preset' };
  }
}

/**
 * The rows of a breadthfirst run, top first, each ordered left to right. Actors without any
 * relation form a last row of their own rather than sitting at the top beside the roots.
 */
function hierarchyRows(cy: Core): RowNode[][] {
  const byY = new Map<number, { x: number; node: RowNode }[]>();
  const unrelated: RowNode[] = [];
  cy.nodes().forEach((node) => {
    const entry = { id: node.id(), label: String(node.data('label') ?? '') };
    if (node.degree(false) === 0) {
      unrelated.push(entry);
      return;
    }
    const { x, y } = node.position();
    const key = Math.round(y);
    byY.set(key, [...(byY.get(key) ?? []), { x, node: entry }]);
  });
  const rows = [...byY.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, row]) => row.sort((a, b) => a.x - b.x || a.node.id.localeCompare(b.node.id)))
    .map((row) => row.map((entry) => entry.node));
  return [...rows, unrelated];
}

/**
 * Runs a layout over every actor and relation of a dataset on a headless cytoscape. Used for the
 * force and hierarchy layouts; the others are computed in plain code (plainLayouts.ts), and the
 * tests hold those to what this gives.
 */
export function headlessLayout(dataset: Dataset, name: LayoutName): LaidOut {
  const headless = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: datasetElements(dataset),
    // Node sizes come from the canvas's own stylesheet, so the layout spaces the same shapes.
    style: graphStylesheet(dataset.vocabulary, 'light'),
  });
  try {
    const layout = headless.elements().layout(layoutOptions(name));
    const nativeRandom = Math.random;
    // fcose draws its start positions from Math.random; a seeded source makes them repeatable.
    // With animate: false the layout runs synchronously, so the swap is confined to this call.
    Math.random = seededRandom(LAYOUT_SEED);
    try {
      layout.run();
    } finally {
      Math.random = nativeRandom;
    }
    const positions =
      name === 'breadthfirst'
        ? spaceRows(hierarchyRows(headless), NODE_METRICS)
        : new Map(headless.nodes().map((node) => [node.id(), { ...node.position() }]));
    return { layout: name, positions };
  } finally {
    headless.destroy();
  }
}

/** The layouts worth shipping: the one a shipped dataset opens with needs code and time. */
const SHIPPED_LAYOUTS: LayoutName[] = ['fcose'];

/**
 * The positions shipped with a dataset, computed as the browser would compute them. A test
 * compares them with the committed file, so a file that no longer matches its dataset (or this
 * code) fails the build rather than showing another picture than the layout gives.
 */
export async function shippedPositionsOf(dataset: Dataset): Promise<ShippedPositions> {
  await ensureFcose();
  const shipped: ShippedPositions = {};
  for (const name of SHIPPED_LAYOUTS) {
    const { positions } = headlessLayout(dataset, name);
    shipped[name] = Object.fromEntries(
      [...positions].map(([id, point]) => [id, [point.x, point.y] as [number, number]]),
    );
  }
  return shipped;
}
