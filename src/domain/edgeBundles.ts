/**
 * Parallel relations drawn as one edge. Event data reports the same source, type and target
 * again and again (hundreds of times for a busy pair); drawn one by one they fan out into a
 * smear of curves that hides everything else. A bundle is every relation of one type and one
 * status between one pair (in one direction for a directed relation, in either for a mutual
 * one); it is drawn once, with a count. The grouping depends on the dataset alone, so filters
 * change a bundle's count, never which edge is drawn or where.
 */
import type { Dataset, Relation } from './dataset';
import { type RelationStatusId, statusOf } from './relationStatuses';

/**
 * How many parallel relations it takes to draw them as one edge. Two still read as two curves
 * (the article has two such pairs: Russia accuses Zelenskyy twice, the United States presses
 * Ukraine twice), so its picture stays as it is; from three they fan out.
 */
export const MIN_BUNDLE_SIZE = 3;

/** One edge of the canvas: a relation drawn as itself, or a bundle of parallel relations. */
export interface DrawnEdge {
  /**
   * The edge's id on the canvas: `relation:` and the relation's id (relationEdgeId), or for a
   * bundle one made from what its members share (bundleId). Neither is ever an actor's id, so a
   * file whose nodes and edges are both numbered from 0 still draws every edge.
   */
  id: string;
  type: string;
  source: string;
  target: string;
  directed: boolean;
  status: RelationStatusId;
  /** Whether it stands for several relations. */
  bundled: boolean;
  /** The relations it draws, in dataset order; just the one for a relation drawn as itself. */
  members: readonly Relation[];
}

export interface EdgeBundles {
  /** Every drawn edge, in the order of their first relation in the dataset. */
  edges: readonly DrawnEdge[];
  /** The drawn edge of each relation, by relation id. */
  edgeOf: ReadonlyMap<string, DrawnEdge>;
}

/**
 * The id of a bundle. Actor and relation ids are slugs, and type ids have no `:`, `>` or `=`,
 * so it can never be taken by an actor or a relation; it depends only on what the members
 * share, so it is the same whatever the order or number of the relations.
 */
export function bundleId(
  type: string,
  source: string,
  target: string,
  directed: boolean,
  status: RelationStatusId,
): string {
  const [first, second] = directed || source < target ? [source, target] : [target, source];
  const ends = directed ? `${first}>${second}` : `${first}=${second}`;
  return `bundle:${type}:${ends}${status === 'reported' ? '' : `:${status}`}`;
}

/**
 * The canvas id of a relation drawn as itself. Canvas ids share one namespace between nodes and
 * edges, and files often number both from 0 ("0" is a node and an edge in a Gephi sample):
 * actor ids are slugs without `:`, so a prefixed id can never be taken by an actor.
 */
export function relationEdgeId(relationId: string): string {
  return `relation:${relationId}`;
}

/** The bundle a relation belongs to, whether or not its group is large enough to be drawn as one. */
export function bundleIdOf(relation: Relation): string {
  return bundleId(
    relation.type,
    relation.source,
    relation.target,
    relation.directed,
    statusOf(relation),
  );
}

function drawnEdge(members: readonly Relation[], id: string, bundled: boolean): DrawnEdge {
  const first = members[0] as Relation;
  return {
    id,
    type: first.type,
    source: first.source,
    target: first.target,
    directed: first.directed,
    status: statusOf(first),
    bundled,
    members,
  };
}

// Keyed by the relations array, which a dataset keeps for its lifetime.
const cache = new WeakMap<readonly Relation[], EdgeBundles>();

/** The drawn edges of a dataset: its parallel relations bundled, every other relation as itself. */
export function edgeBundles(dataset: Pick<Dataset, 'relations'>): EdgeBundles {
  const cached = cache.get(dataset.relations);
  if (cached) return cached;
  const groups = new Map<string, Relation[]>();
  for (const relation of dataset.relations) {
    const key = bundleIdOf(relation);
    const group = groups.get(key);
    if (group) group.push(relation);
    else groups.set(key, [relation]);
  }
  const edges: DrawnEdge[] = [];
  const edgeOf = new Map<string, DrawnEdge>();
  for (const [key, members] of groups) {
    const drawn =
      members.length >= MIN_BUNDLE_SIZE
        ? [drawnEdge(members, key, true)]
        : members.map((relation) => drawnEdge([relation], relationEdgeId(relation.id), false));
    for (const edge of drawn) {
      edges.push(edge);
      for (const member of edge.members) edgeOf.set(member.id, edge);
    }
  }
  // Back into the order of each edge's first relation, so the canvas draws in dataset order.
  const order = new Map(dataset.relations.map((relation, index) => [relation.id, index]));
  edges.sort(
    (a, b) =>
      (order.get((a.members[0] as Relation).id) ?? 0) -
      (order.get((b.members[0] as Relation).id) ?? 0),
  );
  const bundles = { edges, edgeOf };
  cache.set(dataset.relations, bundles);
  return bundles;
}

/**
 * How much one relation adds to its edge's count. A time range will pass one that counts only
 * the events in range.
 */
export type MemberCount = (relation: Relation) => number;

/** The default count: a relation aggregating coded events counts its events, any other counts 1. */
export const countEvents: MemberCount = (relation) =>
  relation.events && relation.events.length > 0 ? relation.events.length : 1;

/** A drawn edge as a view shows it. */
export interface ShownEdge {
  edge: DrawnEdge;
  /** The members the view shows, in dataset order. */
  members: readonly Relation[];
  /** What those members count (see MemberCount). */
  count: number;
}

/**
 * The drawn edges a view shows, by drawn edge id, from the relations it shows: an edge is shown
 * when any of its members is, and counts only those.
 */
export function shownEdges(
  dataset: Pick<Dataset, 'relations'>,
  relationIds: ReadonlySet<string>,
  count: MemberCount = countEvents,
): Map<string, ShownEdge> {
  const { edgeOf } = edgeBundles(dataset);
  const shown = new Map<string, { edge: DrawnEdge; members: Relation[]; count: number }>();
  for (const relation of dataset.relations) {
    if (!relationIds.has(relation.id)) continue;
    const edge = edgeOf.get(relation.id) as DrawnEdge;
    const entry = shown.get(edge.id);
    if (entry) {
      entry.members.push(relation);
      entry.count += count(relation);
    } else {
      shown.set(edge.id, { edge, members: [relation], count: count(relation) });
    }
  }
  return shown;
}
