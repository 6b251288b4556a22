/**
 * Why a view hides an actor or a relation, and the smallest change of filters that shows it, so
 * every place that says "hidden" can name the real cause and offer the change that undoes it.
 */
import type { Dataset } from './dataset';
import { type RelationStatusId, statusOf } from './relationStatuses';
import type { Selection } from './selection';
import { type TimeRange, relationInRange } from './timeRange';
import { type ViewFilters, classOf, visibleGraph } from './visibleGraph';
import type { RelationClassId } from './vocabulary';

/** One filter that takes part in hiding an element. */
export type HiddenReason =
  /** The actor's kind, or the kind of an end of the relation, is switched off. */
  | { filter: 'kind'; kinds: string[] }
  /** The relation's type, or its whole class, is switched off. */
  | { filter: 'type'; types: string[]; classes: RelationClassId[] }
  /** The relation's status (stalled, planned…) is switched off. */
  | { filter: 'status'; status: RelationStatusId }
  /** The relation lies outside the time range (for an actor: all of its relations do). */
  | { filter: 'time'; range: TimeRange }
  /** The text filter matches neither it nor (for an actor) any of its relations. */
  | { filter: 'text'; query: string }
  /** It lies outside the focus actor's neighbourhood. */
  | { filter: 'focus'; actor: string }
  /**
   * No visible relation touches the actor and isolated actors are not shown; `hasRelations`
   * is false when the dataset gives it no relation at all.
   */
  | { filter: 'isolated'; hasRelations: boolean };

export interface HiddenExplanation {
  /** The fewest filters that, lifted together, show the element; in a fixed order. */
  reasons: HiddenReason[];
}

/** The filters with one reason lifted, and everything else as it was. */
function lift<V extends ViewFilters>(view: V, reason: HiddenReason): V {
  switch (reason.filter) {
    case 'kind':
      return { ...view, hiddenKinds: view.hiddenKinds.filter((k) => !reason.kinds.includes(k)) };
    case 'type':
      return {
        ...view,
        hiddenTypes: view.hiddenTypes.filter((t) => !reason.types.includes(t)),
        hiddenClasses: view.hiddenClasses.filter((c) => !reason.classes.includes(c)),
      };
    case 'status':
      return { ...view, hiddenStatuses: view.hiddenStatuses.filter((s) => s !== reason.status) };
    case 'time':
      return { ...view, timeRange: null };
    case 'text':
      return { ...view, query: '' };
    case 'focus':
      return { ...view, focus: null };
    case 'isolated':
      return { ...view, showIsolated: true };
  }
}

/** The view with every given reason lifted: what the "show it" action applies. */
export function liftReasons<V extends ViewFilters>(view: V, reasons: readonly HiddenReason[]): V {
  return reasons.reduce(lift, view);
}

/** The filters that could take part in hiding the element, in the order they are reported. */
function candidates(dataset: Dataset, view: ViewFilters, target: Selection): HiddenReason[] {
  const hiddenKinds = new Set<string>(view.hiddenKinds);
  const kindOf = (id: string) => dataset.actors.find((actor) => actor.id === id)?.kind;
  const found: HiddenReason[] = [];
  const query = view.query.trim();

  if (target.kind === 'actor') {
    const kind = kindOf(target.id);
    if (kind && hiddenKinds.has(kind)) found.push({ filter: 'kind', kinds: [kind] });
  } else {
    const relation = dataset.relations.find((candidate) => candidate.id === target.id);
    if (!relation) return [];
    const kinds = [kindOf(relation.source), kindOf(relation.target)].filter(
      (kind, index, all): kind is string =>
        kind !== undefined && hiddenKinds.has(kind) && all.indexOf(kind) === index,
    );
    if (kinds.length > 0) found.push({ filter: 'kind', kinds });
    const relationClass = classOf(dataset.vocabulary, relation.type);
    const types = view.hiddenTypes.includes(relation.type) ? [relation.type] : [];
    const classes = view.hiddenClasses.includes(relationClass) ? [relationClass] : [];
    if (types.length + classes.length > 0) found.push({ filter: 'type', types, classes });
    const status = statusOf(relation);
    if (view.hiddenStatuses.includes(status)) found.push({ filter: 'status', status });
    if (view.timeRange && !relationInRange(relation, view.timeRange)) {
      found.push({ filter: 'time', range: view.timeRange });
    }
  }
  // An actor is hidden by the range when it only takes part in relations outside it.
  if (target.kind === 'actor' && view.timeRange) {
    found.push({ filter: 'time', range: view.timeRange });
  }
  if (query !== '') found.push({ filter: 'text', query });
  if (view.focus) found.push({ filter: 'focus', actor: view.focus.actor });
  if (target.kind === 'actor' && !view.showIsolated) {
    const hasRelations = dataset.relations.some(
      (relation) => relation.source === target.id || relation.target === target.id,
    );
    found.push({ filter: 'isolated', hasRelations });
  }
  return found;
}

/** Every subset of `items`, smallest first, each in the order of `items`. */
function subsetsBySize<T>(items: readonly T[]): T[][] {
  const subsets: T[][] = [];
  for (let mask = 1; mask < 1 << items.length; mask++) {
    subsets.push(items.filter((_, index) => mask & (1 << index)));
  }
  return subsets.sort((a, b) => a.length - b.length);
}

/**
 * Why the view hides an actor or relation: the smallest set of filters whose lifting shows it
 * (the first such set in report order when several would do). Null when it is shown, or when
 * the dataset has no such element.
 */
export function explainHidden(
  dataset: Dataset,
  view: ViewFilters,
  target: Selection,
): HiddenExplanation | null {
  const isShown = (filters: ViewFilters) => {
    const visible = visibleGraph(dataset, filters);
    return target.kind === 'actor'
      ? visible.actorIds.has(target.id)
      : visible.relationIds.has(target.id);
  };
  const exists =
    target.kind === 'actor'
      ? dataset.actors.some((actor) => actor.id === target.id)
      : dataset.relations.some((relation) => relation.id === target.id);
  if (!exists || isShown(view)) return null;
  const possible = candidates(dataset, view, target);
  const reasons = subsetsBySize(possible).find((subset) => isShown(liftReasons(view, subset)));
  // Lifting every candidate always shows the element; the fallback only guards that claim.
  return { reasons: reasons ?? possible };
}
