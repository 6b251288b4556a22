/** The visible graph: which actors and relations a view shows, as a pure function of dataset and view. */
import { actorNames, foldForSearch } from './actorNames';
import type { Actor, Dataset, Relation } from './dataset';
import { statusOf } from './relationStatuses';
import { type TimeRange, countInRange, relationInRange } from './timeRange';
import type { ViewState } from './view';
import { type Vocabulary, findType } from './vocabulary';

/** The parts of a view that decide what is visible. */
export type ViewFilters = Pick<
  ViewState,
  | 'hiddenTypes'
  | 'hiddenClasses'
  | 'hiddenKinds'
  | 'hiddenStatuses'
  | 'focus'
  | 'query'
  | 'showIsolated'
  | 'timeRange'
>;

export interface VisibleGraph {
  actorIds: ReadonlySet<string>;
  relationIds: ReadonlySet<string>;
  /** The time range the relations were chosen by, if any: counts of events follow it. */
  timeRange?: TimeRange | null;
}

/** How much each shown relation counts in a view: its events in the view's time range, or 1. */
export function memberCount(visible: VisibleGraph): (relation: Relation) => number {
  const range = visible.timeRange ?? null;
  return (relation) => countInRange(relation, range);
}

/** Every actor and relation of the dataset: the unfiltered view. */
export function entireGraph(dataset: Dataset): VisibleGraph {
  return {
    actorIds: new Set(dataset.actors.map((actor) => actor.id)),
    relationIds: new Set(dataset.relations.map((relation) => relation.id)),
  };
}

function actorMatches(actor: Actor, foldedQuery: string): boolean {
  return actorNames(actor).some((name) => foldForSearch(name).includes(foldedQuery));
}

function relationMatches(
  relation: Relation,
  actorsById: ReadonlyMap<string, Actor>,
  vocabulary: Vocabulary,
  foldedQuery: string,
): boolean {
  const ends = [actorsById.get(relation.source), actorsById.get(relation.target)];
  if (ends.some((actor) => actor && actorMatches(actor, foldedQuery))) return true;
  const type = findType(vocabulary, relation.type);
  const words = [relation.type, type?.label, relation.label];
  if (words.some((word) => word !== undefined && foldForSearch(word).includes(foldedQuery))) {
    return true;
  }
  return relation.evidence.some(
    (evidence) =>
      evidence.quote !== undefined && foldForSearch(evidence.quote).includes(foldedQuery),
  );
}

/** The class of a relation's type in a vocabulary; `unclassified` for a type it lacks. */
export function classOf(vocabulary: Vocabulary, typeId: string) {
  return findType(vocabulary, typeId)?.relationClass ?? 'unclassified';
}

/** Actors within `depth` steps of `start`, walking the given relations in either direction. */
function neighbourhood(start: string, relations: readonly Relation[], depth: number): Set<string> {
  const reached = new Set([start]);
  let frontier = new Set([start]);
  for (let step = 0; step < depth && frontier.size > 0; step++) {
    const next = new Set<string>();
    for (const { source, target } of relations) {
      if (frontier.has(source) && !reached.has(target)) next.add(target);
      if (frontier.has(target) && !reached.has(source)) next.add(source);
    }
    next.forEach((id) => reached.add(id));
    frontier = next;
  }
  return reached;
}

/**
 * What a view shows of a dataset. A relation is visible when its type, class, status and both
 * actor kinds are on, it matches the text query, it lies in the time range (an event in it, or a
 * span overlapping it; undated relations always do), and (in focus mode) both ends lie within the
 * focus depth. An actor is visible when a visible relation touches it, when it is the focus,
 * or, with isolated actors shown, when it passes the same filters on its own.
 */
export function visibleGraph(dataset: Dataset, view: ViewFilters): VisibleGraph {
  const actorsById = new Map(dataset.actors.map((actor) => [actor.id, actor]));
  const hiddenTypes = new Set<string>(view.hiddenTypes);
  const hiddenClasses = new Set<string>(view.hiddenClasses);
  const hiddenKinds = new Set<string>(view.hiddenKinds);
  const hiddenStatuses = new Set<string>(view.hiddenStatuses);
  const foldedQuery = foldForSearch(view.query.trim());

  const kindShown = (actorId: string) => {
    const actor = actorsById.get(actorId);
    return actor !== undefined && !hiddenKinds.has(actor.kind);
  };

  let relations = dataset.relations.filter(
    (relation) =>
      !hiddenTypes.has(relation.type) &&
      !hiddenClasses.has(classOf(dataset.vocabulary, relation.type)) &&
      !hiddenStatuses.has(statusOf(relation)) &&
      kindShown(relation.source) &&
      kindShown(relation.target) &&
      relationInRange(relation, view.timeRange) &&
      (foldedQuery === '' ||
        relationMatches(relation, actorsById, dataset.vocabulary, foldedQuery)),
  );

  const focus = view.focus && actorsById.has(view.focus.actor) ? view.focus : null;
  const inFocus = focus ? neighbourhood(focus.actor, relations, focus.depth) : null;
  if (inFocus) {
    relations = relations.filter(
      (relation) => inFocus.has(relation.source) && inFocus.has(relation.target),
    );
  }

  const actorIds = new Set<string>();
  for (const relation of relations) {
    actorIds.add(relation.source);
    actorIds.add(relation.target);
  }
  const focusActor = focus ? actorsById.get(focus.actor) : undefined;
  if (focusActor && !hiddenKinds.has(focusActor.kind)) actorIds.add(focusActor.id);
  if (view.showIsolated) {
    for (const actor of dataset.actors) {
      if (
        !hiddenKinds.has(actor.kind) &&
        (!inFocus || inFocus.has(actor.id)) &&
        (foldedQuery === '' || actorMatches(actor, foldedQuery))
      ) {
        actorIds.add(actor.id);
      }
    }
  }
  return {
    actorIds,
    relationIds: new Set(relations.map((relation) => relation.id)),
    timeRange: view.timeRange,
  };
}
