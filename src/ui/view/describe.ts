/** Words for relations and actors, shared by the details panel, the table and the reader. */
import type { Actor, Dataset, Relation } from '../../domain/dataset';
import { relationStatus, statusOf } from '../../domain/relationStatuses';
import {
  type ActorKindInfo,
  RELATION_CLASSES,
  type RelationTypeInfo,
  findKind,
  findType,
  ownPhrasing,
} from '../../domain/vocabulary';

/** Looks up actors and relations of a dataset by id, and the types and kinds of its vocabulary. */
export interface DatasetLookup {
  actor(id: string): Actor | undefined;
  /** An actor's label; the id itself for an actor the dataset lacks. */
  actorLabel(id: string): string;
  relation(id: string): Relation | undefined;
  /** A type of the dataset's vocabulary; one made up from the id for a type it lacks. */
  type(id: string): RelationTypeInfo;
  /** A kind of the dataset's vocabulary; one made up from the id for a kind it lacks. */
  kind(id: string): ActorKindInfo;
}

/** Id lookups for a dataset. */
export function lookupFor(dataset: Dataset): DatasetLookup {
  const actors = new Map(dataset.actors.map((actor) => [actor.id, actor]));
  const relations = new Map(dataset.relations.map((relation) => [relation.id, relation]));
  const { vocabulary } = dataset;
  // Validation admits only declared ids; the stand-ins keep words flowing if that ever slips.
  return {
    actor: (id) => actors.get(id),
    actorLabel: (id) => actors.get(id)?.label ?? id,
    relation: (id) => relations.get(id),
    type: (id) =>
      findType(vocabulary, id) ?? {
        id,
        label: id,
        relationClass: 'unclassified',
        description: '',
        phrasing: ownPhrasing(id),
        builtIn: false,
      },
    kind: (id) => findKind(vocabulary, id) ?? { id, label: id, description: '', builtIn: false },
  };
}

/** The label of a relation class: "Verbal conflict", "Other relations". */
export function classLabel(id: string): string {
  return RELATION_CLASSES.find((relationClass) => relationClass.id === id)?.label ?? id;
}

/** "1 relation", "2 relations": a count with its noun in the right number. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
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
 * Whether an actor's label is grammatically plural and takes "support", not "supports":
 * "European hawks", "Western countries", "London talks". The dataset has no grammatical number,
 * and it is not its job to: the label tells. A label is plural when its last word is a
 * lower-case noun ending in a plural "s"; proper names ending in "s" ("United States", "BRICS",
 * "the Netherlands") are capitalised and stay singular, and a person never is plural.
 */
export function isPlural(actor: Actor | undefined): boolean {
  if (!actor || actor.kind === 'leader') return false;
  const last = actor.label.trim().split(/\s+/).at(-1) ?? '';
  return /^\p{Ll}+s$/u.test(last) && !/(ss|us|is)$/.test(last);
}

/**
 * A CONSULT between a meeting and one of its participants is attendance, not talks with the
 * meeting: the participant (whichever end it is) and the meeting, or null for other relations.
 */
function attendance(
  relation: Relation,
  lookup: DatasetLookup,
): { attendee: string; meeting: string } | null {
  if (relation.type !== 'CONSULT') return null;
  const sourceIsMeeting = lookup.actor(relation.source)?.kind === 'meeting';
  const targetIsMeeting = lookup.actor(relation.target)?.kind === 'meeting';
  if (sourceIsMeeting === targetIsMeeting) return null;
  return targetIsMeeting
    ? { attendee: relation.source, meeting: relation.target }
    : { attendee: relation.target, meeting: relation.source };
}

/** "Russia accuses Volodymyr Zelenskyy", "European hawks support…": a relation as one sentence. */
export function relationSentence(relation: Relation, lookup: DatasetLookup): string {
  const meeting = attendance(relation, lookup);
  if (meeting) {
    const plural = isPlural(lookup.actor(meeting.attendee));
    return `${lookup.actorLabel(meeting.attendee)} ${plural ? 'attend' : 'attends'} ${lookup.actorLabel(meeting.meeting)}${statusNote(relation)}`;
  }
  const { phrasing } = lookup.type(relation.type);
  const verb = isPlural(lookup.actor(relation.source)) ? phrasing.plural.active : phrasing.active;
  return `${lookup.actorLabel(relation.source)} ${verb} ${lookup.actorLabel(relation.target)}${statusNote(relation)}`;
}

/**
 * A relation seen from one of its actors: the verb, agreeing with that actor ("accuses", "is
 * sanctioned by", "attends", "are attended by"), and the actor at the other end.
 */
export function relationFromActor(
  relation: Relation,
  actorId: string,
  lookup: DatasetLookup,
): { verb: string; otherId: string } {
  const plural = isPlural(lookup.actor(actorId));
  const outgoing = relation.source === actorId;
  const otherId = outgoing ? relation.target : relation.source;
  const meeting = attendance(relation, lookup);
  if (meeting) {
    if (meeting.attendee === actorId) return { verb: plural ? 'attend' : 'attends', otherId };
    return { verb: plural ? 'are attended by' : 'is attended by', otherId };
  }
  const { phrasing } = lookup.type(relation.type);
  const forms = plural ? phrasing.plural : phrasing;
  return { verb: outgoing || !relation.directed ? forms.active : forms.passive, otherId };
}
