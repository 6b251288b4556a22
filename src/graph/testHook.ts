/**
 * Instrumentation for the browser tests. Only the `e2e` build mode defines the global; in a
 * production build `import.meta.env.MODE` is a constant and this code is removed.
 */
import type { CollectionReturnValue, Core } from 'cytoscape';

import { relationEdgeId } from '../domain/edgeBundles';
import type { HighlightLayer } from './highlightLayer';
import type { HubLabelLayer } from './hubLabelLayer';
import type { PlacedLabel } from './hubLabels';

/** What the canvas emphasises, wherever it is drawn (classes, or the layer of a large graph). */
export interface Emphasis {
  /** Drawn on the layer over a dimmed base (large graphs), or with classes (small ones). */
  layered: boolean;
  /** The canvas id of the focused element, if any. */
  focus: string | null;
  /** The canvas ids of the emphasised elements, the focus and its neighbourhood. */
  ids: string[];
  /** How many elements are faded or dimmed. */
  dimmed: number;
  /** How many emphasised actors are drawn away from their place (a stale layer). */
  misplaced: number;
}

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
  /** The emphasis now drawn. */
  emphasis(): Emphasis;
  /** The hub labels on screen (large graphs at overview zoom; none otherwise). */
  hubLabels(): readonly PlacedLabel[];
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
    emphasis: () => classEmphasis(cy),
    hubLabels: () => [],
  };
}

function classEmphasis(cy: Core): Emphasis {
  const selected = cy.elements('.is-selected');
  return {
    layered: false,
    focus: selected.nonempty() ? selected.first().id() : null,
    ids: cy.elements('.is-highlighted').map((ele) => ele.id()),
    dimmed: cy.elements('.is-faded').length,
    misplaced: 0,
  };
}

/** Tells the browser tests where the emphasis is drawn (e2e builds only). */
export function publishEmphasis(cy: Core, layer: HighlightLayer | null): void {
  if (!enabled) return;
  const hook = window.__actorGraphTest;
  if (hook?.cy !== cy) return;
  hook.emphasis = layer
    ? () => {
        const { focus, ids, misplaced } = layer.drawn();
        const dimmed = cy.container()?.classList.contains('is-dimmed') ?? false;
        return {
          layered: true,
          focus,
          ids,
          dimmed: dimmed ? cy.elements().length - ids.length : 0,
          misplaced,
        };
      }
    : () => classEmphasis(cy);
}

/** Counts a finished layout for the browser tests (e2e builds only). */
export function countLayoutRun(cy: Core): void {
  if (!enabled) return;
  const hook = window.__actorGraphTest;
  if (hook?.cy === cy) hook.layoutRuns++;
}

/** Tells the browser tests which hub labels are drawn (e2e builds only). */
export function publishHubLabels(cy: Core, layer: HubLabelLayer): void {
  if (!enabled) return;
  const hook = window.__actorGraphTest;
  if (hook?.cy === cy) hook.hubLabels = () => layer.placed();
}
