/**
 * Instrumentation for the browser tests. Only the `e2e` build mode defines the global; in a
 * production build `import.meta.env.MODE` is a constant and this code is removed.
 */
import type { Core } from 'cytoscape';

export interface GraphTestHook {
  cy: Core;
  /** Layouts that have finished, camera applied: positions are final once this is above 0. */
  layoutRuns: number;
  /** How many listeners cytoscape holds on the core: a re-render must not add any. */
  listenerCount(): number;
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
  };
}

/** Counts a finished layout for the browser tests (e2e builds only). */
export function countLayoutRun(cy: Core): void {
  if (!enabled) return;
  const hook = window.__actorGraphTest;
  if (hook?.cy === cy) hook.layoutRuns++;
}
