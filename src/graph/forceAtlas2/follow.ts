/**
 * The canvas's side of a ForceAtlas2 run: hands it the positions reached a few times a second
 * while the run goes on (each move is a batch of every actor's position, and draws the whole
 * graph), then where the run ends. Loaded with the run's client, only when the layout is shown.
 */
import type { Dataset } from '../../domain/dataset';
import type { Point } from '../hierarchy';
import { type ForceRun, forceRun } from './client';

/** At most this often the canvas takes the positions reached while a run goes on. */
export const FOLLOW_INTERVAL_MS = 500;

/**
 * And no more often than every this many times what the last move cost the page, drawing
 * included: at 20,000 relations a move costs 0.5 to 1 s on the benchmark machine, and moving
 * every half second kept the page busy and slowed the worker's run threefold.
 */
const MOVE_COST_SHARE = 3;

export interface FollowHandlers {
  /** Every actor's position now: for the canvas to move its actors there, and frame them. */
  onMoved: (positions: ReadonlyMap<string, Point>) => void;
  /** The run has ended (done, stopped or failed), just after its last positions were given. */
  onEnded: () => void;
}

/** Calls `then` once the page has drawn what was just changed. */
function afterPaint(then: () => void): void {
  if (typeof requestAnimationFrame === 'function') {
    requestAnimationFrame(() => setTimeout(then, 0));
  } else setTimeout(then, 0);
}

/** Follows a run, at once if it has already ended; returns the unfollow. */
export function followForceRun(run: ForceRun, { onMoved, onEnded }: FollowHandlers): () => void {
  let following = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Positions the canvas has not taken yet; a move's cost is being measured; the next move's time.
  let pending = false;
  let measuring = false;
  let nextMoveAt = 0;
  const plan = () => {
    if (!pending || measuring || timer !== undefined) return;
    timer = setTimeout(move, Math.max(0, nextMoveAt - performance.now()));
  };
  const move = () => {
    timer = undefined;
    if (!following) return;
    pending = false;
    measuring = true;
    const movedAt = performance.now();
    onMoved(run.positions());
    afterPaint(() => {
      measuring = false;
      const cost = performance.now() - movedAt;
      nextMoveAt = movedAt + Math.max(FOLLOW_INTERVAL_MS, MOVE_COST_SHARE * cost);
      plan();
    });
  };
  const onChange = () => {
    if (!following) return;
    if (run.state().status === 'running') {
      pending = true;
      plan();
      return;
    }
    clearTimeout(timer);
    move();
    unfollow();
    onEnded();
  };
  const unsubscribe = run.subscribe(onChange);
  const unfollow = () => {
    following = false;
    clearTimeout(timer);
    unsubscribe();
  };
  // A run that has already ended (shown before, or found by a link) is given at once.
  if (run.state().status !== 'running') onChange();
  return unfollow;
}

/**
 * Starts (or finds) the run of `iterations` steps over a dataset from the picture on the canvas
 * (`start`), and follows it; returns the unfollow.
 */
export function followForceLayout(
  dataset: Dataset,
  iterations: number | null,
  start: ReadonlyMap<string, Point>,
  handlers: FollowHandlers,
): () => void {
  return followForceRun(forceRun(dataset, iterations, start), handlers);
}
