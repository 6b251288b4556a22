/**
 * The layouts a user can pick, as positions: data computed from the dataset and the layout
 * alone, once per dataset over every actor and relation, so no filter, canvas size or font can
 * change where an actor sits, and a shared link shows what the sender saw. Concentric, circle
 * and grid are plain code; the force and hierarchy layouts load headlessLayouts.ts on first use.
 */
import type { Core } from 'cytoscape';

import type { Dataset } from '../domain/dataset';
import { type LayoutName, isLayoutName } from '../domain/layoutIds';
import { measureStage, timed } from '../domain/stageTiming';
import type { Point } from './hierarchy';
import { type PlainLayoutName, isPlainLayout, plainPositions } from './plainLayouts';
import type { LaidOut } from './positions';
import { NODE_METRICS } from './stylesheet';

/** The layout used when the force layout's code cannot be loaded (a dropped connection). */
export const FALLBACK_LAYOUT: LayoutName = 'concentric';

// The circle, concentric and grid layouts spread over LAYOUT_BOX, centred on the origin. It used
// to be the canvas, which made positions depend on the screen; it is about a desktop canvas.

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
 * The picture a ForceAtlas2 run starts from, which the canvas shows until its first steps are
 * done: it places thousands of actors in milliseconds, from the dataset alone.
 */
const FORCE_START_LAYOUT: PlainLayoutName = 'concentric';

/**
 * The plain layout whose positions a layout gives at once: its own, or for ForceAtlas2 the
 * picture its run starts from (the canvas then follows the run, see forceAtlas2/client.ts).
 */
function placedAtOnceBy(name: LayoutName): PlainLayoutName | null {
  if (name === 'forceatlas2') return FORCE_START_LAYOUT;
  return isPlainLayout(name) ? name : null;
}

/** Whether a layout's first positions take milliseconds, so no "Laying out…" is shown for it. */
export function placedAtOnce(name: LayoutName): boolean {
  return placedAtOnceBy(name) !== null;
}

/** The module of the layouts that need cytoscape itself, loaded on first use. */
const headlessLayouts = () => import('./headlessLayouts');

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
  const plain = placedAtOnceBy(name);
  // The plain layouts take milliseconds. The others load their code (fcose's too), then run
  // after the page has painted, so the progress they show ("Laying out…") is on screen.
  const ready: Promise<LaidOut> = plain
    ? Promise.resolve().then(() =>
        timed('layout', () => ({ layout: name, positions: plainPositions(dataset, plain) })),
      )
    : headlessLayouts()
        .then(async (module) => {
          if (name === 'fcose') await module.ensureFcose();
          measureStage('layout-code', start);
          await afterPaint();
          return timed('layout', () => module.headlessLayout(dataset, name));
        })
        .catch((error: unknown) => {
          console.warn('The force layout could not be loaded; using the concentric layout.', error);
          cache.delete(name);
          return {
            layout: FALLBACK_LAYOUT,
            positions: plainPositions(dataset, FALLBACK_LAYOUT as PlainLayoutName),
          };
        });
  cache.set(name, ready);
  remember(dataset, name, ready);
  return ready;
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
  // One event for the whole move: the emphasis layer copies positions and must take the new ones.
  cy.emit(POSITIONS_APPLIED);
}

/** Emitted on the instance once a layout's positions are all applied. */
export const POSITIONS_APPLIED = 'actorgraph:positions';
