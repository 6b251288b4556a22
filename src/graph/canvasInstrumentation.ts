/**
 * What the canvas tells the world beyond the picture: production performance marks, read by
 * `npm run bench:browser` (a mount mark, then two marks per layout, nothing else), the stage
 * timing, the progress note's "shown", and the browser tests' hook (testHook.ts).
 */
import type { Core } from 'cytoscape';
import { useEffect } from 'react';

import { measureStage } from '../domain/stageTiming';
import { countLayoutRun, exposeToTests } from './testHook';

/** Marks the first canvas mounted on the page (later ones, after a new dataset, are not marked). */
export function markCanvasMounted(): void {
  if (performance.getEntriesByName('actor-graph:mounted').length === 0) {
    performance.mark('actor-graph:mounted');
  }
}

/** Publishes each new cytoscape instance to the browser tests (e2e builds only). */
export function useTestHook(cy: Core | null): void {
  useEffect(() => {
    if (cy) exposeToTests(cy);
  }, [cy]);
}

/**
 * After a layout's positions are applied and the camera is set: counts the run for the browser
 * tests and marks `actor-graph:settled`; then, at cytoscape's next draw, the first to show the
 * real picture (draws before it show the elements before their positions exist, so they do not
 * count), marks `actor-graph:first-paint`, times the draw and calls `onShown`. A first picture
 * that a layout still moves on (ForceAtlas2) is counted when the layout ends, not here.
 */
export function announceLayoutShown(cy: Core, onShown: () => void, final = true): void {
  if (final) countLayoutRun(cy);
  performance.mark('actor-graph:settled');
  const start = performance.now();
  cy.one('render', () => {
    performance.mark('actor-graph:first-paint');
    measureStage('draw', start);
    onShown();
  });
}
