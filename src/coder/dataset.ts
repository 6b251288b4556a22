/**
 * Suggestions become a dataset only here, and only those passed in: the review screen passes
 * what a person accepted, the command line passes every suggestion and says so in the source
 * note. The result is an ordinary graph.json (the text inside as its article), so it opens,
 * exports and travels in a link like any other dataset.
 */
import { ACTOR_KINDS } from '../domain/actorKinds';
import type { DatasetFile, DatasetSource, KindDeclaration, Relation } from '../domain/dataset';
import type { SuggestedActor, SuggestedRelation } from './types';

export interface SuggestionsToKeep {
  id: string;
  title: string;
  source: DatasetSource;
  /** The coded text: every quote is a slice of it, and it becomes the dataset's article. */
  text: string;
  actors: readonly SuggestedActor[];
  relations: readonly SuggestedRelation[];
  /** Actors to keep even when no relation names them (one a person added by hand). */
  keepActors?: readonly string[];
}

const OUR_KINDS = new Set<string>(ACTOR_KINDS.map((kind) => kind.id));

/** The dataset a person's accepted suggestions make: only what is passed in reaches it. */
export function datasetFromSuggestions(input: SuggestionsToKeep): DatasetFile {
  const { text } = input;
  const actorsById = new Map(input.actors.map((actor) => [actor.id, actor]));
  const relations = input.relations
    .filter((relation) => actorsById.has(relation.source) && actorsById.has(relation.target))
    .map((relation) => relationOf(relation, text, actorsById))
    .filter((relation): relation is Relation => relation !== null);
  const used = new Set<string>(input.keepActors ?? []);
  for (const relation of relations) {
    used.add(relation.source);
    used.add(relation.target);
    if (relation.allegedBy) used.add(relation.allegedBy);
    for (const evidence of relation.evidence)
      if (evidence.reportedBy) used.add(evidence.reportedBy);
  }
  const actors = input.actors
    .filter((actor) => used.has(actor.id))
    .map((actor) => ({
      id: actor.id,
      label: actor.label,
      kind: actor.kind,
      // The schema holds an actor's names to the article: only those the text uses verbatim.
      aliases: distinct(actor.names).filter((name) => name !== actor.label && text.includes(name)),
    }));
  const kinds = declaredKinds(actors.map((actor) => actor.kind));
  return {
    id: input.id,
    title: input.title,
    source: input.source,
    ...(kinds.length > 0 ? { kinds } : {}),
    actors,
    relations: uniqueIds(relations),
    article: text,
  };
}

function relationOf(
  relation: SuggestedRelation,
  text: string,
  actorsById: ReadonlyMap<string, SuggestedActor>,
): Relation | null {
  const quote = text.slice(relation.quote.start, relation.quote.end).trim();
  if (quote === '') return null;
  const known = (id: string | undefined) => (id !== undefined && actorsById.has(id) ? id : null);
  const reportedBy = known(relation.reportedBy);
  const allegedBy = known(relation.allegedBy);
  return {
    id: relation.id,
    source: relation.source,
    target: relation.target,
    type: relation.type,
    directed: relation.directed,
    evidence: [{ quote, ...(reportedBy ? { reportedBy } : {}) }],
    ...(relation.when ? { when: relation.when } : {}),
    ...(allegedBy ? { allegedBy } : {}),
    ...(relation.status ? { status: relation.status } : {}),
  };
}

/** A kind that is not ours ("person") is declared, so the dataset validates and the legend names it. */
function declaredKinds(kinds: readonly string[]): KindDeclaration[] {
  return distinct(kinds.filter((kind) => !OUR_KINDS.has(kind))).map((kind) => ({
    id: kind,
    label: kind.charAt(0).toUpperCase() + kind.slice(1).replace(/-/g, ' '),
  }));
}

/** Two suggestions may share an id after a person's edits; the second gets a suffix. */
function uniqueIds(relations: Relation[]): Relation[] {
  const seen = new Map<string, number>();
  return relations.map((relation) => {
    const count = seen.get(relation.id) ?? 0;
    seen.set(relation.id, count + 1);
    return count === 0 ? relation : { ...relation, id: `${relation.id}-${count + 1}` };
  });
}

function distinct<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
