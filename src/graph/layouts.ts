/**
 * The layouts a user can pick. Each one gives the same positions for the same dataset every
 * time, so a shared link shows what the sender saw: fcose runs with a seeded random source,
 * and the others are deterministic by nature.
 */
import type { Core, LayoutOptions } from 'cytoscape';

import type { LayoutName } from '../domain/layoutIds';

// Chosen among a few seeds by eye: the one whose default picture has no label under a node.
const LAYOUT_SEED = 7;

/** A small, fast seeded generator (mulberry32): the same seed always gives the same sequence. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let fcoseRegistration: Promise<void> | undefined;

/** Registers cytoscape-fcose on first use, so the force layout stays out of the start-up bundle. */
function ensureFcose(cytoscape: { use(extension: unknown): void }): Promise<void> {
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
        minNodeSpacing: 40,
        concentric: (node) => node.degree(false),
      };
    case 'circle':
      return { ...common, name: 'circle', sort: (a, b) => a.id().localeCompare(b.id()) };
    case 'grid':
      return {
        ...common,
        name: 'grid',
        avoidOverlapPadding: 30,
        sort: (a, b) => a.id().localeCompare(b.id()),
      };
    case 'breadthfirst':
      return { ...common, name: 'breadthfirst', directed: false, spacingFactor: 1.1 };
  }
}

/**
 * Runs a layout over every element, hidden ones included, so positions depend on the dataset
 * and the layout only, never on filters. Resolves with the layout that ran once positions are
 * applied, or with null when `isCancelled` says a newer layout has taken over meanwhile. If
 * the force layout's code fails to load, the fallback layout runs instead.
 */
export async function runLayout(
  cy: Core,
  name: LayoutName,
  cytoscape: { use(extension: unknown): void },
  isCancelled: () => boolean = () => false,
): Promise<LayoutName | null> {
  let ran = name;
  if (name === 'fcose') {
    try {
      await ensureFcose(cytoscape);
    } catch (error) {
      console.warn('The force layout could not be loaded; using the concentric layout.', error);
      ran = FALLBACK_LAYOUT;
    }
  }
  if (isCancelled() || cy.destroyed()) return null;
  const layout = cy.elements().layout(layoutOptions(ran));
  const nativeRandom = Math.random;
  // fcose draws its start positions from Math.random; a seeded source makes them repeatable.
  // With animate: false the layout runs synchronously, so the swap is confined to this call.
  Math.random = seededRandom(LAYOUT_SEED);
  try {
    layout.run();
  } finally {
    Math.random = nativeRandom;
  }
  return ran;
}
