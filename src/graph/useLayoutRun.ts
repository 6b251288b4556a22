/**
 * Puts the canvas's actors where the layout says, afresh for each canvas, dataset and layout.
 * Positions come from the dataset and the layout alone (see layouts.ts); filters only hide.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import { useEffect, useEffectEvent } from 'react';

import type { Dataset } from '../domain/dataset';
import type { LayoutName } from '../domain/layoutIds';
import { announceLayoutShown } from './canvasInstrumentation';
import { applyPositions, computePositions } from './layouts';
import { countLayoutRun } from './testHook';

export interface LayoutRunHandlers {
  /** A run begins: the positions on the canvas are about to be replaced. */
  onStart: (cy: Core) => void;
  /** The positions are on the canvas; the camera is set here, before the run is announced. */
  onPlaced: (cy: Core) => void;
  /** The laid-out graph has been drawn (for the progress shown until then). */
  onShown?: () => void;
}

/**
 * Runs the layout over the canvas whenever the canvas, its elements or the layout change.
 * ForceAtlas2 shows its start picture at once, then follows its run (`iterations` steps, null
 * for the full run) in a worker; other layouts have no steps (the view keeps them null).
 */
export function useLayoutRun(
  cy: Core | null,
  dataset: Dataset,
  elements: ElementDefinition[],
  layout: LayoutName,
  iterations: number | null,
  handlers: LayoutRunHandlers,
): void {
  const started = useEffectEvent(handlers.onStart);
  const placed = useEffectEvent(handlers.onPlaced);
  const shown = useEffectEvent(() => handlers.onShown?.());

  useEffect(() => {
    if (!cy) return;
    let cancelled = false;
    let unfollow: (() => void) | undefined;
    started(cy);
    void computePositions(dataset, layout).then(({ positions }) => {
      if (cancelled || cy.destroyed()) return;
      applyPositions(cy, positions);
      placed(cy);
      const moving = layout === 'forceatlas2';
      announceLayoutShown(cy, () => shown(), !moving);
      if (!moving) return;
      import('./forceAtlas2/follow').then(
        (module) => {
          if (cancelled || cy.destroyed()) return;
          unfollow = module.followForceLayout(dataset, iterations, positions, {
            onMoved: (moved) => {
              if (cy.destroyed()) return;
              applyPositions(cy, moved);
              placed(cy);
            },
            onEnded: () => countLayoutRun(cy),
          });
        },
        (error: unknown) => {
          // The start picture stays: it is a layout of its own (concentric).
          console.warn('ForceAtlas2 could not be loaded.', error);
          countLayoutRun(cy);
        },
      );
    });
    return () => {
      cancelled = true;
      unfollow?.();
    };
  }, [cy, dataset, elements, layout, iterations]);
}
