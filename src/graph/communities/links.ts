/** A dataset's relations as the ties community detection weighs, as the page sends them to the worker. */
import type { Relation } from '../../domain/dataset';
import { countEvents } from '../../domain/edgeBundles';
import type { CommunityLink } from './types';

/** A relation as a tie: its weight when it has one, else its coded events, else 1. */
export function communityLink(relation: Relation): CommunityLink {
  return {
    source: relation.source,
    target: relation.target,
    weight: relation.weight ?? countEvents(relation),
  };
}
