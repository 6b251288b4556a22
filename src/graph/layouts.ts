/**
 * The layouts a user can pick, as positions: data computed from the dataset and the layout
 * alone. Each layout runs once per dataset on a headless cytoscape instance that holds every
 * actor and relation, so no filter, canvas size or font can change where an actor sits, and a
 * shared link shows what the sender saw. fcose runs with a seeded random source; the others are
 * deterministic by nature.
 */
import cytoscape, {
  type Core,
  type LayoutOptions,
  type NodeCollection,
  type NodeSingular,
} from 'cytoscape';

import type { Dataset } from '../domain/dataset';
import { type LayoutName, isLayoutName } from '../domain/layoutIds';
import { seededRandom } from '../domain/random';
import { measureStage, timed } from '../domain/stageTiming';
import { datasetElements } from './elements';
import { type Point, type RowNode, spaceRows } from './hierarchy';
import { LAYOUT_BOX, isPlainLayout, plainPositions } from './plainLayouts';
import { NODE_METRICS, graphStylesheet } from './stylesheet';

// Chosen among a few seeds by eye: the one whose default picture has no label under a node.
const LAYOUT_SEED = 7;

let fcoseRegistration: Promise<void> | undefined;

/** Registers cytoscape-fcose on first use, so the force layout stays out of the start-up bundle. */
function ensureFcose(): Promise<void> {
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

/** The layout used when the force layout's code cannot be loaded (a dropped connection). */
export const FALLBACK_LAYOUT: LayoutName = 'concentric';

// The circle, concentric and grid layouts spread over LAYOUT_BOX, centred on the origin. It used
// to be the canvas, which made positions depend on the screen; it is about a desktop canvas.

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
      // Never run by cytoscape: the file's positions are read directly (presetPositions).
      return { ...common, name: 'preset' };
  }
}

/**
 * The positions a file gives its actors. Those it does not place go on a ring just outside the
 * placed ones, in dataset order, so they are neither stacked on each other nor on top of the
 * file's picture. Without any position at all the ring is the whole layout.
 */
export function presetPositions(dataset: Dataset): Map<string, Point> {
  const positions = new Map<string, Point>();
  const unplaced: string[] = [];
  for (const actor of dataset.actors) {
    if (actor.position) positions.set(actor.id, { x: actor.position.x, y: actor.position.y });
    else unplaced.push(actor.id);
  }
  if (unplaced.length === 0) return positions;
  const placed = [...positions.values()];
  const xs = placed.map((point) => point.x);
  const ys = placed.map((point) => point.y);
  const centre =
    placed.length === 0
      ? { x: 0, y: 0 }
      : { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
  const extent =
    placed.length === 0 ? 0 : Math.hypot(Math.max(...xs) - centre.x, Math.max(...ys) - centre.y);
  // Far enough out to clear the placed actors, and wide enough for a node and its label apart.
  const spacing = NODE_METRICS.labelMaxWidth;
  const radius = Math.max(
    extent + 2 * NODE_METRICS.size + spacing / 2,
    (unplaced.length * spacing) / (2 * Math.PI),
  );
  unplaced.forEach((id, index) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * index) / unplaced.length;
    positions.set(id, {
      x: centre.x + radius * Math.cos(angle),
      y: centre.y + radius * Math.sin(angle),
    });
  });
  return positions;
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

/** Positions of every actor, and the layout that produced them. */
export interface LaidOut {
  /** The layout that ran: the fallback when the force layout's code could not be loaded. */
  layout: LayoutName;
  positions: ReadonlyMap<string, Point>;
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

/** Runs a layout over every actor and relation of a dataset, off screen. */
function layOut(dataset: Dataset, name: LayoutName): LaidOut {
  if (isPlainLayout(name)) return { layout: name, positions: plainPositions(dataset, name) };
  return headlessLayout(dataset, name);
}

const laidOut = new WeakMap<Dataset, Map<LayoutName, Promise<LaidOut>>>();
const settled = new WeakMap<Dataset, Set<LayoutName>>();

/** Resolves after the next paint (at once where nothing paints, as in tests). */
function afterPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function') return Promise.resolve();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** Whether a layout's positions for a dataset are known, so showing it needs no layout run. */
export function positionsKnown(dataset: Dataset, name: LayoutName): boolean {
  return settled.get(dataset)?.has(name) ?? false;
}

function remember(dataset: Dataset, name: LayoutName, ready: Promise<LaidOut>): void {
  void ready.then(
    () => {
      if (laidOut.get(dataset)?.get(name) !== ready) return;
      let names = settled.get(dataset);
      if (!names) settled.set(dataset, (names = new Set()));
      names.add(name);
    },
    () => undefined,
  );
}

/**
 * The positions of every actor of a dataset in a layout, computed once and shared by every view
 * of it. If the force layout's code fails to load, the fallback layout's positions are given
 * (and not remembered, so a later call tries the force layout again).
 */
export function computePositions(dataset: Dataset, name: LayoutName): Promise<LaidOut> {
  let byLayout = laidOut.get(dataset);
  if (!byLayout) {
    byLayout = new Map();
    laidOut.set(dataset, byLayout);
  }
  const known = byLayout.get(name);
  if (known) return known;
  if (name === 'preset') {
    const preset = Promise.resolve({ layout: name, positions: presetPositions(dataset) });
    byLayout.set(name, preset);
    remember(dataset, name, preset);
    return preset;
  }
  const cache = byLayout;
  const start = performance.now();
  // A layout that takes a while runs after the page has painted, so the progress it shows
  // ("Laying out…") is on screen while it works; the plain layouts take milliseconds.
  const code = name === 'fcose' ? ensureFcose() : Promise.resolve();
  const ready = (isPlainLayout(name) ? code : code.then(afterPaint)).then(
    () => {
      measureStage('layout-code', start);
      return timed('layout', () => layOut(dataset, name));
    },
    (error: unknown) => {
      console.warn('The force layout could not be loaded; using the concentric layout.', error);
      cache.delete(name);
      return layOut(dataset, FALLBACK_LAYOUT);
    },
  );
  cache.set(name, ready);
  remember(dataset, name, ready);
  return ready;
}

/** Layouts shipped with a dataset, computed at build time (`npm run positions`): layout → id → [x, y]. */
export type ShippedPositions = Partial<Record<LayoutName, Record<string, [number, number]>>>;

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

/**
 * Takes a shipped dataset's positions as its layouts, so its first picture needs no layout code.
 * A layout that does not place exactly the dataset's actors is left to be computed.
 */
export function adoptShippedPositions(dataset: Dataset, shipped: unknown): void {
  if (typeof shipped !== 'object' || shipped === null) return;
  const ids = new Set(dataset.actors.map((actor) => actor.id));
  const isPoint = (value: unknown): value is [number, number] =>
    Array.isArray(value) && value.length === 2 && value.every(Number.isFinite);
  for (const [name, byId] of Object.entries(shipped)) {
    if (!isLayoutName(name) || typeof byId !== 'object' || byId === null) continue;
    const entries = Object.entries(byId as Record<string, unknown>).filter(
      (entry): entry is [string, [number, number]] => isPoint(entry[1]),
    );
    if (entries.length !== ids.size || !entries.every(([id]) => ids.has(id))) continue;
    let byLayout = laidOut.get(dataset);
    if (!byLayout) {
      byLayout = new Map();
      laidOut.set(dataset, byLayout);
    }
    const positions = new Map(entries.map(([id, [x, y]]) => [id, { x, y }]));
    const ready = Promise.resolve({ layout: name, positions });
    byLayout.set(name, ready);
    remember(dataset, name, ready);
  }
}

/** Moves every node of the canvas to its laid-out position, hidden ones included. */
export function applyPositions(cy: Core, positions: ReadonlyMap<string, Point>): void {
  timed('positions', () =>
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        const position = positions.get(node.id());
        if (position) node.position(position);
      });
    }),
  );
}
