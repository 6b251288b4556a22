/** Words for relations and actors, shared by the details panel, the table and the reader. */
import type { Actor, Dataset, Relation } from '../../domain/dataset';
import { relationStatus, statusOf } from '../../domain/relationStatuses';
import { relationType } from '../../domain/relationTypes';

/** Looks up actors and relations of a dataset by id. */
export interface DatasetLookup {
  actor(id: string): Actor | undefined;
  relation(id: string): Relation | undefined;
}

/** Id lookups for a dataset. */
export function lookupFor(dataset: Dataset): DatasetLookup {
  const actors = new Map(dataset.actors.map((actor) => [actor.id, actor]));
  const relations = new Map(dataset.relations.map((relation) => [relation.id, relation]));
  return { actor: (id) => actors.get(id), relation: (id) => relations.get(id) };
}

/** "Russia accuses Volodymyr Zelenskyy": a relation as one sentence. */
export function relationSentence(relation: Relation, lookup: DatasetLookup): string {
  const source = lookup.actor(relation.source)?.label ?? relation.source;
  const target = lookup.actor(relation.target)?.label ?? relation.target;
  return `${source} ${relationType(relation.type).phrasing.active} ${target}${statusNote(relation)}`;
}

/**
 * " (stalled)", " (planned)": what a relation's words need so that they do not claim it happened;
 * empty for a relation the article reports as having happened.
 */
export function statusNote(relation: Relation): string {
  const status = statusOf(relation);
  return status === 'reported' ? '' : ` (${relationStatus(status).label.toLowerCase()})`;
}

/**
 * A relation seen from one of its actors: the verb ("accuses", "is sanctioned by") and the
 * actor at the other end.
 */
export function relationFromActor(
  relation: Relation,
  actorId: string,
): { verb: string; otherId: string } {
  const { phrasing } = relationType(relation.type);
  const outgoing = relation.source === actorId;
  return {
    verb: outgoing || !relation.directed ? phrasing.active : phrasing.passive,
    otherId: outgoing ? relation.target : relation.source,
  };
}
