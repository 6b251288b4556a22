/**
 * The page's side of ForceAtlas2: a run per dataset and step count, in a module worker, so the
 * layout never holds up the page and neither it nor graphology is in the start-up bundle (this
 * module too is loaded only when the layout is shown). The canvas starts a run from the picture
 * it shows first and follows it; the progress control watches the dataset's current run. A run
 * no one follows any more is ended. This module imports nothing the start-up bundle holds, so
 * loading it splits nothing off that bundle.
 */
import type { Dataset } from '../../domain/dataset';
import type { Point } from '../hierarchy';
import { forceInputOf, positionsById } from './input';
import { type ForceMessage, type ForceRequest, forceIterationsFor } from './types';

/** Where a run stands: steps done of those it runs, and whether it is still running. */
export interface ForceRunState {
  status: 'running' | 'finished' | 'stopped' | 'failed';
  done: number;
  total: number;
}

/** A run of the layout over one dataset, as the page follows it. */
export interface ForceRun {
  /** The same object until the run moves on (for useSyncExternalStore). */
  state(): ForceRunState;
  /** Every actor's position after the steps done (the start picture before the first chunk). */
  positions(): ReadonlyMap<string, Point>;
  /**
   * Follows the run: `listener` is called after each chunk of steps and when the run ends.
   * Returns the unfollow; a run that loses its last follower stops.
   */
  subscribe(listener: () => void): () => void;
  /** Ends a running run where it is: its positions are those reached. */
  stop(): void;
}

/** Starts the steps in a module worker, reporting each chunk; the returned function ends them. */
function inWorker(
  request: ForceRequest,
  onChunk: (done: number, positions: Float64Array) => void,
  onError: (message: string) => void,
): () => void {
  const worker = new Worker(new URL('./forceAtlas2.worker.ts', import.meta.url), {
    type: 'module',
    name: 'forceatlas2',
  });
  worker.onmessage = (event: MessageEvent<ForceMessage>) => {
    const message = event.data;
    if (message.type === 'error') {
      worker.terminate();
      onError(message.message);
    } else onChunk(message.done, message.positions);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    worker.terminate();
    onError(event.message || 'the worker stopped');
  };
  worker.postMessage(request);
  return () => worker.terminate();
}

const watchers = new Set<() => void>();
const current = new WeakMap<Dataset, ForceRun>();

/** Calls `listener` whenever a run moves on or a dataset's current run changes; returns the unsubscribe. */
export function watchForceRuns(listener: () => void): () => void {
  watchers.add(listener);
  return () => watchers.delete(listener);
}

function notifyWatchers(): void {
  for (const watcher of [...watchers]) watcher();
}

/** The run the canvas last followed over a dataset, if any. */
export function currentForceRun(dataset: Dataset): ForceRun | undefined {
  return current.get(dataset);
}

const runs = new WeakMap<Dataset, Map<number | null, ForceRun>>();

/**
 * The run of `iterations` steps over a dataset (null: the full run its size gets; a count above
 * that is the full run too) from `start`, started on first request and shared by all who ask;
 * it becomes the dataset's current run.
 */
export function forceRun(
  dataset: Dataset,
  iterations: number | null,
  start: ReadonlyMap<string, Point>,
): ForceRun {
  let byCount = runs.get(dataset);
  if (!byCount) runs.set(dataset, (byCount = new Map()));
  const run = byCount.get(iterations) ?? newRun(dataset, iterations, start, byCount);
  if (current.get(dataset) !== run) {
    current.set(dataset, run);
    notifyWatchers();
  }
  return run;
}

function newRun(
  dataset: Dataset,
  iterations: number | null,
  start: ReadonlyMap<string, Point>,
  byCount: Map<number | null, ForceRun>,
): ForceRun {
  const total = forceIterationsFor(dataset.actors.length, dataset.relations.length);
  const run = startRun(dataset, start, Math.min(iterations ?? total, total), (ended) => {
    // A stopped run is the run of the steps it reached: a link naming that count finds it,
    // while the full run is started afresh when asked for again.
    byCount.delete(iterations);
    if (ended.status === 'stopped') byCount.set(ended.done, run);
  });
  byCount.set(iterations, run);
  return run;
}

/** Starts a run of `total` steps; `onEnded` hears of a stop (an abandoned run stops) or a failure. */
function startRun(
  dataset: Dataset,
  start: ReadonlyMap<string, Point>,
  total: number,
  onEnded: (state: ForceRunState) => void,
): ForceRun {
  let state: ForceRunState = { status: total > 0 ? 'running' : 'finished', done: 0, total };
  let latest: Float64Array | null = null;
  let byId: ReadonlyMap<string, Point> = start;
  const listeners = new Set<() => void>();
  const moveTo = (next: ForceRunState) => {
    state = next;
    for (const listener of [...listeners]) listener();
    notifyWatchers();
  };
  const end = (status: 'stopped' | 'failed') => {
    endTalk();
    if (state.status !== 'running') return;
    moveTo({ ...state, status });
    onEnded(state);
  };
  const failed = (message: string) =>
    console.warn(`The ForceAtlas2 layout failed (${message}); the picture stays as it is.`);
  let endTalk = () => {};
  try {
    if (total > 0) {
      endTalk = inWorker(
        { input: forceInputOf(dataset, start), iterations: total },
        (done, positions) => {
          if (state.status !== 'running') return;
          latest = positions;
          if (done < total) moveTo({ ...state, done });
          else {
            endTalk();
            moveTo({ status: 'finished', done, total });
          }
        },
        (message) => {
          failed(message);
          end('failed');
        },
      );
    }
  } catch (error) {
    // No module workers here (or a policy forbids them): the start picture stays.
    failed(error instanceof Error ? error.message : String(error));
    state = { ...state, status: 'failed' };
  }
  return {
    state: () => state,
    positions: () => {
      if (latest) {
        byId = positionsById(dataset, latest);
        latest = null;
      }
      return byId;
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        // After a moment, so a follower that re-subscribes at once (a re-rendered canvas) keeps it.
        setTimeout(() => {
          if (listeners.size === 0) end('stopped');
        }, 0);
      };
    },
    stop: () => end('stopped'),
  };
}
