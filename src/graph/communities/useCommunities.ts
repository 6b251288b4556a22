/** The React side of client.ts: where a dataset's communities stand, found while they are wanted. */
import { useEffect, useSyncExternalStore } from 'react';

import type { Dataset } from '../../domain/dataset';
import { communityState, findCommunities, subscribeCommunities } from './client';
import type { CommunityState } from './types';

/** A dataset's communities as they stand; `wanted` starts finding them (or retries a failure). */
export function useCommunities(dataset: Dataset, wanted: boolean): CommunityState {
  const state = useSyncExternalStore(subscribeCommunities, () => communityState(dataset));
  useEffect(() => {
    if (wanted) findCommunities(dataset);
  }, [dataset, wanted]);
  return state;
}
