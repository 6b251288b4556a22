/** Queries over a validated dataset that every panel needs; no zod, so they load at start-up. */
import type { Dataset, Relation } from './dataset';

/** The relations an actor takes part in, either end, in dataset order. */
export function relationsOf(dataset: Pick<Dataset, 'relations'>, actorId: string): Relation[] {
  return dataset.relations.filter(
    (relation) => relation.source === actorId || relation.target === actorId,
  );
}

/**
 * The types some of whose relations have a direction: the legend and the filters draw the others
 * without an arrowhead, as the canvas does.
 */
export function directedTypes(dataset: Pick<Dataset, 'relations'>): ReadonlySet<string> {
  return new Set(
    dataset.relations.filter((relation) => relation.directed).map((relation) => relation.type),
  );
}

/** Whether none of a dataset's relations has a direction (none at all, too), all have, or some. */
export function directionOf(
  dataset: Pick<Dataset, 'relations'>,
): 'directed' | 'undirected' | 'mixed' {
  const directed = dataset.relations.filter((relation) => relation.directed).length;
  if (directed === 0) return 'undirected';
  return directed === dataset.relations.length ? 'directed' : 'mixed';
}
