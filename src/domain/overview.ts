/**
 * What the canvas draws of a dataset too big to draw whole. Past CANVAS_MAX_RELATIONS, building
 * and drawing the elements takes the page away for longer than anyone waits (a 1.09-million-row
 * sheet froze the tab for minutes): the canvas then draws an overview, the most connected actors
 * and the relations between them, and a focus or a search draws its own part when that fits.
 * A large dataset also opens on its most connected actors, by choice of the view (topActors.ts).
 * Filters, search, the table, the details and the exports still cover the whole dataset.
 */
import type { Actor, Dataset, Relation } from './dataset';
import { MIN_BUNDLE_SIZE, bundleIdOf, edgeBundles } from './edgeBundles';
import type { TopActors } from './topActors';
import type { VisibleGraph } from './visibleGraph';

/**
 * The most lines the canvas is given at once (a bundle of parallel relations is one): the 50k
 * graph of the benchmarks, whose first picture takes about ten seconds on the benchmark machine
 * (docs/benchmarks.md); past it the wait grows by minutes.
 */
export const CANVAS_MAX_RELATIONS = 50_000;

/**
 * The lines of an overview: a summary needs no more, and it draws in about two seconds, where
 * 50,000 lines between a few hundred hubs held the page for half a minute (docs/benchmarks.md).
 */
export const OVERVIEW_MAX_LINES = 10_000;

/** What the canvas leaves out, for the line that says so. */
export interface CanvasPart {
  /**
   * `top`: the most connected actors, as many as the canvas draws; `view`: what the focus or
   * search shows, drawn whole; `chosen`: the most connected actors, as many as the view asks for.
   */
  kind: 'top' | 'view' | 'chosen';
  drawnActors: number;
  drawnRelations: number;
  totalActors: number;
  totalRelations: number;
}

export interface DrawnGraph {
  /** The dataset the canvas is built from: the whole one, or a part of it. */
  dataset: Dataset;
  /** The view, restricted to what that dataset holds. */
  visible: VisibleGraph;
  /** Null when the canvas draws the whole dataset. */
  part: CanvasPart | null;
}

/** A dataset holding only the given actors and relations, everything else as it was. */
function partOf(
  dataset: Dataset,
  actors: readonly Actor[],
  relations: readonly Relation[],
): Dataset {
  return { ...dataset, actors: [...actors], relations: [...relations] };
}

// One part per dataset and limits: the overview, and one per number of actors chosen.
const overviews = new WeakMap<Dataset, Map<string, Dataset>>();

/**
 * How many lines a group of parallel relations draws: one for a bundle, each for fewer
 * (edgeBundles.ts). Event data repeats a busy pair thousands of times; counted by relation, an
 * overview of a million rows held five actors.
 */
const linesOf = (members: number) => (members >= MIN_BUNDLE_SIZE ? 1 : members);

/**
 * The most connected actors, at most `maxActors`, added by number of relations while the lines
 * drawn between those added stay within `limit`; an actor that would pass it is left out and the
 * next is tried, so the overview is as full as the limit allows. Ties go to the dataset's order.
 */
export function topActorsPart(
  dataset: Dataset,
  limit = OVERVIEW_MAX_LINES,
  maxActors = Number.POSITIVE_INFINITY,
): Dataset {
  const key = `${limit}/${maxActors}`;
  const parts = overviews.get(dataset) ?? new Map<string, Dataset>();
  overviews.set(dataset, parts);
  const cached = parts.get(key);
  if (cached) return cached;
  const byActor = new Map<string, Relation[]>();
  for (const relation of dataset.relations) {
    for (const end of [relation.source, relation.target]) {
      const list = byActor.get(end);
      if (list) list.push(relation);
      else byActor.set(end, [relation]);
    }
  }
  const ranked = dataset.actors
    .map((actor, index) => ({ actor, index, degree: byActor.get(actor.id)?.length ?? 0 }))
    .filter((entry) => entry.degree > 0)
    .sort((a, b) => b.degree - a.degree || a.index - b.index);
  const chosen = new Set<string>();
  const kept = new Set<Relation>();
  const groups = new Map<string, number>();
  let lines = 0;
  for (const { actor } of ranked) {
    if (chosen.size >= maxActors) break;
    const joining = (byActor.get(actor.id) ?? []).filter(
      (relation) =>
        !kept.has(relation) &&
        (chosen.has(relation.source) || relation.source === actor.id) &&
        (chosen.has(relation.target) || relation.target === actor.id),
    );
    const added = new Map<string, number>();
    for (const relation of joining) {
      const key = bundleIdOf(relation);
      added.set(key, (added.get(key) ?? 0) + 1);
    }
    let more = 0;
    for (const [key, count] of added) {
      const before = groups.get(key) ?? 0;
      more += linesOf(before + count) - linesOf(before);
    }
    // Bundles may stand for four times as many relations as there are lines, to bound the data.
    if (lines + more > limit || kept.size + joining.length > 4 * limit) continue;
    chosen.add(actor.id);
    lines += more;
    for (const [key, count] of added) groups.set(key, (groups.get(key) ?? 0) + count);
    for (const relation of joining) kept.add(relation);
  }
  const part = partOf(
    dataset,
    dataset.actors.filter((actor) => chosen.has(actor.id)),
    dataset.relations.filter((relation) => kept.has(relation)),
  );
  parts.set(key, part);
  return part;
}

function countPart(whole: Dataset, part: Dataset, kind: CanvasPart['kind']): CanvasPart {
  return {
    kind,
    drawnActors: part.actors.length,
    drawnRelations: part.relations.length,
    totalActors: whole.actors.length,
    totalRelations: whole.relations.length,
  };
}

function restricted(visible: VisibleGraph, part: Dataset): VisibleGraph {
  const actorIds = new Set(part.actors.flatMap((a) => (visible.actorIds.has(a.id) ? [a.id] : [])));
  const relationIds = new Set(
    part.relations.flatMap((r) => (visible.relationIds.has(r.id) ? [r.id] : [])),
  );
  return { actorIds, relationIds, timeRange: visible.timeRange ?? null };
}

/**
 * What the canvas draws of a view: the whole dataset when it fits; what a focus or search
 * shows when that fits (`narrowed`: the view has one); else the overview of the most connected
 * actors, with the view's filters applied to it.
 */
export function drawnGraph(
  dataset: Dataset,
  visible: VisibleGraph,
  narrowed: boolean,
  limit = CANVAS_MAX_RELATIONS,
  overviewLimit = OVERVIEW_MAX_LINES,
): DrawnGraph {
  if (dataset.relations.length <= limit || edgeBundles(dataset).edges.length <= limit)
    return { dataset, visible, part: null };
  const count = (part: Dataset, kind: CanvasPart['kind']) => countPart(dataset, part, kind);
  if (narrowed && visible.relationIds.size <= limit) {
    const part = partOf(
      dataset,
      dataset.actors.filter((actor) => visible.actorIds.has(actor.id)),
      dataset.relations.filter((relation) => visible.relationIds.has(relation.id)),
    );
    return { dataset: part, visible, part: count(part, 'view') };
  }
  const part = topActorsPart(dataset, overviewLimit);
  return { dataset: part, visible: restricted(visible, part), part: count(part, 'top') };
}

/**
 * The view restricted to a part chosen by the number of actors. An actor goes with its last
 * drawn relation, as it goes with its last visible one: one whose visible relations all lead
 * out of the part is not drawn alone; one the view shows without any relation stays.
 */
function restrictedToChosen(visible: VisibleGraph, part: Dataset, whole: Dataset): VisibleGraph {
  const { relationIds } = restricted(visible, part);
  const related = new Set<string>();
  for (const relation of whole.relations) {
    if (!visible.relationIds.has(relation.id)) continue;
    related.add(relation.source);
    related.add(relation.target);
  }
  const linked = new Set<string>();
  for (const relation of part.relations) {
    if (!relationIds.has(relation.id)) continue;
    linked.add(relation.source);
    linked.add(relation.target);
  }
  const actorIds = new Set(
    part.actors.flatMap((actor) =>
      visible.actorIds.has(actor.id) && (linked.has(actor.id) || !related.has(actor.id))
        ? [actor.id]
        : [],
    ),
  );
  return { actorIds, relationIds, timeRange: visible.timeRange ?? null };
}

/**
 * What the canvas draws of a view that names how many actors to draw (`top`): its most
 * connected actors and the relations among them, within the overview's lines; the whole as
 * drawnGraph draws it when `top` is all, when that number leaves nothing out, or while a focus or
 * search (`narrowed`) draws from every actor, so an actor outside the chosen ones can be found.
 */
export function drawnView(
  dataset: Dataset,
  visible: VisibleGraph,
  narrowed: boolean,
  top: TopActors,
  limit = CANVAS_MAX_RELATIONS,
  overviewLimit = OVERVIEW_MAX_LINES,
): DrawnGraph {
  if (top === 'all' || narrowed || top >= dataset.actors.length)
    return drawnGraph(dataset, visible, narrowed, limit, overviewLimit);
  const part = topActorsPart(dataset, overviewLimit, top);
  return {
    dataset: part,
    visible: restrictedToChosen(visible, part, dataset),
    part: countPart(dataset, part, 'chosen'),
  };
}
