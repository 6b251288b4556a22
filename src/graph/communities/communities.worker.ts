/**
 * The community worker: the only place the page reaches Louvain (and graphology), so neither is
 * in the start-up bundle, and a large graph's communities never hold up the page. It answers
 * with the communities and each actor's colour, so the palette stays out of the start-up bundle
 * as well.
 */
import { communityColor } from '../../domain/communityColors';
import { communitiesOf } from './louvain';
import { type CommunityMessage, type CommunityRequest, failure } from './types';

/** The little of a dedicated worker's global scope used here (the DOM lib types `self` as Window). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<CommunityRequest>) => void) | null;
  postMessage(message: CommunityMessage): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = ({ data }) => {
  try {
    const communities = communitiesOf(data.actorIds, data.links);
    const colorOf = new Map(
      [...communities.communityOf].map(([id, index]) => [id, communityColor(index)]),
    );
    scope.postMessage({ status: 'ready', communities, colorOf });
  } catch (error) {
    scope.postMessage({ status: 'failed', message: failure(error) });
  }
};
