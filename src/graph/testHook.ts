/**
 * Instrumentation for the browser tests. Only the `e2e` build mode defines the global; in a
 * production build `import.meta.env.MODE` is a constant and this code is removed.
 */
import type { CollectionReturnValue, Core } from 'cytoscape';

import { relationEdgeId } from '../domain/edgeBundles';

export interface GraphTestHook {
  cy: Core;
  /** Layouts that have finished, camera applied: positions are final once this is above 0. */
  layoutRuns: number;
  /** How many listeners cytoscape holds on the core: a re-render must not add any. */
  listenerCount(): number;
  /**
   * The canvas element that draws an actor, a relation (as itself or in its bundle) or a bundle,
   * by its id in the data; an actor wins where a file gives a relation an actor's id.
   */
  element(id: string): CollectionReturnValue;
}

declare global {
  interface Window {
    __actorGraphTest?: GraphTestHook;
  }
}

const enabled = import.meta.env.MODE === 'e2e';

/** Publishes the cytoscape instance to the browser tests (e2e builds only). */
export function exposeToTests(cy: Core): void {
  if (!enabled) return;
  window.__actorGraphTest = {
    cy,
    layoutRuns: 0,
    listenerCount: () =>
      (cy as unknown as { emitter(): { listeners: unknown[] } }).emitter().listeners.length,
    element: (id) => {
      const own = cy.getElementById(id);
      if (own.nonempty()) return own;
      const single = cy.getElementById(relationEdgeId(id));
      if (single.nonempty()) return single;
      return cy
        .edges()
        .filter((edge) => ((edge.data('members') as string[] | undefined) ?? []).includes(id));
    },
  };
}

/** Counts a finished layout for the browser tests (e2e builds only). */
export function countLayoutRun(cy: Core): void {
  if (!enabled) return;
  const hook = window.__actorGraphTest;
  if (hook?.cy === cy) hook.layoutRuns++;
}
