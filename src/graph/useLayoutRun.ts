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

export interface LayoutRunHandlers {
  /** A run begins: the positions on the canvas are about to be replaced. */
  onStart: (cy: Core) => void;
  /** The positions are on the canvas; the camera is set here, before the run is announced. */
  onPlaced: (cy: Core) => void;
  /** The laid-out graph has been drawn (for the progress shown until then). */
  onShown?: () => void;
}

/** Runs the layout over the canvas whenever the canvas, its elements or the layout change. */
export function useLayoutRun(
  cy: Core | null,
  dataset: Dataset,
  elements: ElementDefinition[],
  layout: LayoutName,
  handlers: LayoutRunHandlers,
): void {
  const started = useEffectEvent(handlers.onStart);
  const placed = useEffectEvent(handlers.onPlaced);
  const shown = useEffectEvent(() => handlers.onShown?.());

  useEffect(() => {
    if (!cy) return;
    let cancelled = false;
    started(cy);
    void computePositions(dataset, layout).then(({ positions }) => {
      if (cancelled || cy.destroyed()) return;
      applyPositions(cy, positions);
      placed(cy);
      announceLayoutShown(cy, () => shown());
    });
    return () => {
      cancelled = true;
    };
  }, [cy, dataset, elements, layout]);
}
