/**
 * "Shown of total" counts per actor kind, relation type and relation status: what the filters,
 * the legend and an exported picture's legend say beside each name, counted once per view.
 */
import type { Dataset } from './dataset';
import { statusOf } from './relationStatuses';

/** How many of a kind, type or status the view shows, of how many the dataset has. */
export interface ShownOfTotal {
  shown: number;
  total: number;
}

/** By id; an id the dataset has none of is not there. */
export type CountsById = ReadonlyMap<string, ShownOfTotal>;

export interface ShownCounts {
  kinds: CountsById;
  types: CountsById;
  statuses: CountsById;
}

/** The actors and relations a view shows (a `VisibleGraph`, or a test's own sets). */
export interface ShownIds {
  actorIds: ReadonlySet<string>;
  relationIds: ReadonlySet<string>;
}

function shownOfTotal<T>(
  items: readonly T[],
  isShown: (item: T) => boolean,
  key: (item: T) => string,
): CountsById {
  const counts = new Map<string, ShownOfTotal>();
  for (const item of items) {
    const id = key(item);
    const count = counts.get(id) ?? { shown: 0, total: 0 };
    count.total += 1;
    if (isShown(item)) count.shown += 1;
    counts.set(id, count);
  }
  return counts;
}

/** The "shown of total" counts of a view: per actor kind, relation type and relation status. */
export function shownCounts(dataset: Dataset, visible: ShownIds): ShownCounts {
  const relationShown = (relation: { id: string }) => visible.relationIds.has(relation.id);
  return {
    kinds: shownOfTotal(
      dataset.actors,
      (actor) => visible.actorIds.has(actor.id),
      (actor) => actor.kind,
    ),
    types: shownOfTotal(dataset.relations, relationShown, (relation) => relation.type),
    statuses: shownOfTotal(dataset.relations, relationShown, statusOf),
  };
}

/** The count of one id; none of it is "0 of 0". */
export function countOfId(counts: CountsById, id: string): ShownOfTotal {
  return counts.get(id) ?? { shown: 0, total: 0 };
}

/** Whether the view shows any of an id. */
export function isShown(counts: CountsById, id: string): boolean {
  return (counts.get(id)?.shown ?? 0) > 0;
}
