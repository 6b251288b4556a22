/**
 * The actor-kind registry. Beyond the four core kinds, `group` covers collectives the article
 * names without a formal bloc behind them ("European hawks"), and `meeting` lets a multi-party
 * meeting be one node that every participant connects to, instead of a clique of pairwise edges.
 */
export const ACTOR_KINDS = [
  { id: 'state', label: 'State', description: 'A country or its government.' },
  { id: 'leader', label: 'Leader or official', description: 'A person holding office.' },
  { id: 'bloc', label: 'Bloc', description: 'A grouping of states.' },
  {
    id: 'organization',
    label: 'Organization',
    description: 'An international body or a state institution.',
  },
  {
    id: 'group',
    label: 'Informal group',
    description: 'A collective the article names without a formal body behind it.',
  },
  {
    id: 'meeting',
    label: 'Meeting',
    description: 'A multi-party meeting; its participants connect to it.',
  },
] as const;

export type ActorKindId = (typeof ACTOR_KINDS)[number]['id'];
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const ACTOR_KIND_IDS = ACTOR_KINDS.map((kind) => kind.id) as [ActorKindId, ...ActorKindId[]];

/** Whether a string is one of our actor kinds. */
export function isActorKindId(id: string): id is ActorKindId {
  return (ACTOR_KIND_IDS as readonly string[]).includes(id);
}
