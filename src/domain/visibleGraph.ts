/** The visible graph: which actors and relations a view shows, as a pure function of dataset and view. */
import type { Dataset } from './dataset';

export interface VisibleGraph {
  actorIds: ReadonlySet<string>;
  relationIds: ReadonlySet<string>;
}

/** Every actor and relation of the dataset: the unfiltered view. */
export function entireGraph(dataset: Dataset): VisibleGraph {
  return {
    actorIds: new Set(dataset.actors.map((actor) => actor.id)),
    relationIds: new Set(dataset.relations.map((relation) => relation.id)),
  };
}
