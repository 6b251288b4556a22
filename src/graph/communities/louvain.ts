/**
 * Communities of actors (Louvain, graphology-communities-louvain): groups of actors more tied
 * to each other than to the rest. Pure and deterministic, so the same dataset gets the same
 * communities, and so the same colours, on every screen a link is opened on. The page runs it
 * in a worker (communities.worker.ts); tests call it directly.
 */
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';

import { seededRandom } from '../../domain/random';
import {
  type Communities,
  type Community,
  type CommunityLink,
  type CommunityOptions,
} from './types';

/** The seed the app uses, so that every screen colours a dataset alike. */
export const COMMUNITY_SEED = 20_240_601;

/**
 * The communities of a graph of actors, numbered by size. Ties are undirected and summed per
 * pair of actors; self-ties and ties to actors not listed are left out. An actor with no tie is
 * a community of its own.
 */
export function communitiesOf(
  actorIds: readonly string[],
  links: readonly CommunityLink[],
  { seed = COMMUNITY_SEED }: CommunityOptions = {},
): Communities {
  const graph = new UndirectedGraph<Record<string, never>, { weight: number }>();
  for (const id of actorIds) graph.mergeNode(id);
  const relationCount = new Map<string, number>();
  for (const { source, target, weight = 1 } of links) {
    if (source === target || !graph.hasNode(source) || !graph.hasNode(target)) continue;
    relationCount.set(source, (relationCount.get(source) ?? 0) + 1);
    relationCount.set(target, (relationCount.get(target) ?? 0) + 1);
    graph.updateEdge(source, target, (attributes) => ({
      weight: (attributes.weight ?? 0) + weight,
    }));
  }
  const found = louvain(graph, { getEdgeWeight: 'weight', rng: seededRandom(seed) });
  return numbered(graph.nodes(), found, relationCount);
}

/** Louvain's arbitrary community ids renumbered largest first, with each one's busiest actor. */
function numbered(
  actorOrder: readonly string[],
  found: Record<string, number>,
  relationCount: ReadonlyMap<string, number>,
): Communities {
  const groups = new Map<number, string[]>();
  for (const id of actorOrder) {
    const group = found[id] as number;
    const members = groups.get(group);
    if (members) members.push(id);
    else groups.set(group, [id]);
  }
  // Map keeps first-seen order, so a stable sort breaks size ties by first actor.
  const bySize = [...groups.values()].sort((a, b) => b.length - a.length);
  const communityOf = new Map<string, number>();
  const communities = bySize.map((members, index): Community => {
    let largestMember = members[0] as string;
    for (const id of members) {
      communityOf.set(id, index);
      if ((relationCount.get(id) ?? 0) > (relationCount.get(largestMember) ?? 0)) {
        largestMember = id;
      }
    }
    return { index, size: members.length, largestMember };
  });
  return { communityOf, communities };
}
