/**
 * The relation-status registry: whether the article reports a relation as having happened (or as
 * holding now), or as something that has not happened. A relation without a status is `reported`.
 * Talks that "have once again hit a deadlock" are `stalled`, not held; a meeting someone says he
 * "will" have is `planned`. Statuses other than the default are drawn and listed distinctly.
 */
export const RELATION_STATUSES = [
  {
    id: 'reported',
    label: 'Happened or holds',
    description: 'Its source reports it as having happened, or as holding now.',
  },
  {
    id: 'stalled',
    label: 'Stalled',
    description: 'Sought or under way, but at a standstill: its source does not report it held.',
  },
  {
    id: 'planned',
    label: 'Planned',
    description: 'Announced or intended: its source does not report it as having happened.',
  },
] as const;

export type RelationStatusId = (typeof RELATION_STATUSES)[number]['id'];
export type RelationStatus = (typeof RELATION_STATUSES)[number];

export const RELATION_STATUS_IDS = RELATION_STATUSES.map((status) => status.id) as [
  RelationStatusId,
  ...RelationStatusId[],
];

/** The status a relation has when its data names none. */
export const DEFAULT_RELATION_STATUS: RelationStatusId = 'reported';

/** The registry entry for a status id. */
export function relationStatus(id: RelationStatusId): RelationStatus {
  return RELATION_STATUSES.find((status) => status.id === id) as RelationStatus;
}

/** A relation's status, the default when its data names none. */
export function statusOf(relation: { status?: RelationStatusId | undefined }): RelationStatusId {
  return relation.status ?? DEFAULT_RELATION_STATUS;
}
