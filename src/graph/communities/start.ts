/**
 * Starts finding one dataset's communities in a module worker. Loaded only when communities are
 * first wanted, like the worker itself: neither is in the start-up bundle.
 */
import type { Dataset } from '../../domain/dataset';
import { communityLink } from './links';
import {
  type CommunityMessage,
  type CommunityRequest,
  type CommunityState,
  failure,
} from './types';

/** Runs Louvain on `dataset` in a worker, and reports the outcome to `settle`, once. */
export function startFinding(dataset: Dataset, settle: (state: CommunityState) => void): void {
  const fail = (detail: unknown) => settle({ status: 'failed', message: failure(detail) });
  try {
    const worker = new Worker(new URL('./communities.worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.onmessage = ({ data }: MessageEvent<CommunityMessage>) => {
      worker.terminate();
      settle(data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      fail(event.message || 'the worker stopped');
    };
    const request: CommunityRequest = {
      actorIds: dataset.actors.map((actor) => actor.id),
      links: dataset.relations.map(communityLink),
    };
    worker.postMessage(request);
  } catch (error) {
    // No workers in this browser, or none allowed.
    fail(error);
  }
}
