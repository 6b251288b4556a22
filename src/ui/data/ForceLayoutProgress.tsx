/**
 * Over the canvas while ForceAtlas2 runs: how far the run the canvas follows has gone, and a
 * button that stops it where it is. Stopping keeps the positions reached, and `onStopped`
 * records the steps run in the view, so a link to it shows the same picture.
 */
import { useSyncExternalStore } from 'react';

import type { Dataset } from '../../domain/dataset';
import { currentForceRun, watchForceRuns } from '../../graph/forceAtlas2/client';

export interface ForceLayoutProgressProps {
  /** The dataset the canvas draws. */
  dataset: Dataset;
  /** The run was stopped after this many steps. */
  onStopped: (iterations: number) => void;
  /** The id of the element the keyboard goes on from once the control has gone (the canvas). */
  returnFocusTo: string;
}

export function ForceLayoutProgress({
  dataset,
  onStopped,
  returnFocusTo,
}: ForceLayoutProgressProps) {
  const state = useSyncExternalStore(
    watchForceRuns,
    () => currentForceRun(dataset)?.state() ?? null,
  );
  if (state?.status !== 'running') return null;
  // In tens, so a screen reader hears at most ten updates however fast the steps go.
  const percent = Math.floor((10 * state.done) / state.total) * 10;
  const stop = () => {
    const run = currentForceRun(dataset);
    if (!run) return;
    run.stop();
    onStopped(run.state().done);
    // The button goes with the run: the keyboard goes on from the graph, not the page's top.
    document.getElementById(returnFocusTo)?.focus();
  };
  return (
    <div className="force-progress" data-over-canvas role="group" aria-label="Arranging the graph">
      <span className="graph-progress-spinner" aria-hidden="true" />
      <p role="status" aria-live="polite">
        Arranging… {percent}%
      </p>
      <button type="button" className="button small" onClick={stop}>
        Stop
      </button>
    </div>
  );
}
