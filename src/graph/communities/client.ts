/**
 * Where finding each dataset's communities stands, for the canvas, the look control and the
 * legend alike. Louvain runs in a module worker (start.ts, loaded on first use), so it never
 * holds up the page and neither it nor graphology is in the start-up bundle. A dataset's
 * communities are found once per dataset object (an edit makes a new dataset, never changes one).
 */
import type { Dataset } from '../../domain/dataset';
import { type CommunityState, failure } from './types';

const IDLE: CommunityState = { status: 'idle' };

const states = new WeakMap<Dataset, CommunityState>();
const listeners = new Set<() => void>();

/** Where finding a dataset's communities stands; the same object until it changes. */
export function communityState(dataset: Dataset): CommunityState {
  return states.get(dataset) ?? IDLE;
}

/** Calls `listener` whenever any dataset's communities change state; returns the unsubscribe. */
export function subscribeCommunities(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function settle(dataset: Dataset, state: CommunityState): void {
  states.set(dataset, state);
  for (const listener of listeners) listener();
}

/** Starts finding a dataset's communities unless found or under way; retries after a failure. */
export function findCommunities(dataset: Dataset): void {
  const { status } = communityState(dataset);
  if (status === 'computing' || status === 'ready') return;
  settle(dataset, { status: 'computing' });
  import('./start').then(
    ({ startFinding }) => startFinding(dataset, (state) => settle(dataset, state)),
    (error: unknown) => settle(dataset, { status: 'failed', message: failure(error) }),
  );
}
