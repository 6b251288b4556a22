/** Turns a dataset into cytoscape element definitions, once per dataset, and keeps its bundles' counts. */
import type { Core, EdgeSingular, ElementDefinition } from 'cytoscape';

import type { Dataset, Relation } from '../domain/dataset';
import { type DrawnEdge, countEvents, edgeBundles, shownEdges } from '../domain/edgeBundles';
import { relationStatus } from '../domain/relationStatuses';
import type { Selection } from '../domain/selection';
import { type VisibleGraph, classOf, memberCount } from '../domain/visibleGraph';
import { findType } from '../domain/vocabulary';
import { encodeVocabulary } from '../domain/vocabularyEncoding';
import { EDGE_WIDTH, GRAPH_CLASSES } from './stylesheet';

/** The most a weight adds to a line's width, so the heaviest relation never hides its ends. */
export const MAX_EXTRA_WIDTH = 5;

/**
 * How wide each weighted relation is drawn: its type's width, plus up to MAX_EXTRA_WIDTH by where
 * its weight lies between the dataset's lightest and heaviest. The square root keeps amounts that
 * span orders of magnitude apart without the small ones all looking alike; equal weights add nothing.
 */
export function weightedWidths(dataset: Dataset): Map<string, number> {
  const weighted = dataset.relations.filter(
    (relation): relation is Relation & { weight: number } => relation.weight !== undefined,
  );
  const widths = new Map<string, number>();
  if (weighted.length === 0) return widths;
  const roots = weighted.map((relation) => Math.sqrt(relation.weight));
  const low = Math.min(...roots);
  const span = Math.max(...roots) - low;
  const encoding = encodeVocabulary(dataset.vocabulary);
  weighted.forEach((relation, index) => {
    const base = encoding.type(relation.type).heavy ? EDGE_WIDTH.heavy : EDGE_WIDTH.plain;
    const share = span > 0 ? ((roots[index] as number) - low) / span : 0;
    widths.set(relation.id, Math.round((base + share * MAX_EXTRA_WIDTH) * 10) / 10);
  });
  return widths;
}

/**
 * How wide a bundle is drawn for what it counts: its type's width plus up to MAX_EXTRA_WIDTH, by
 * where the square root of its count lies between one relation and the dataset's largest bundle
 * (the weight rule's scale, so a bundle of 400 does not drown one of 4).
 */
export function bundleWidth(base: number, count: number, largest: number): number {
  const span = Math.sqrt(largest) - 1;
  const share = span > 0 ? Math.min(1, Math.max(0, (Math.sqrt(count) - 1) / span)) : 0;
  return Math.round((base + share * MAX_EXTRA_WIDTH) * 10) / 10;
}

/** What a drawn edge's data says about its count: the label and widths that follow it. */
export interface CountedLook {
  count: number;
  label: string;
  width: number;
  selectedWidth: number;
}

/** The words on a drawn edge: its type, in lower case, and its status where it did not happen. */
function edgeLabel(dataset: Dataset, edge: Pick<DrawnEdge, 'type' | 'status'>): string {
  const typeLabel = (findType(dataset.vocabulary, edge.type)?.label ?? edge.type).toLowerCase();
  // A relation that has not happened says so in its label too: "consult (stalled)".
  return edge.status === 'reported'
    ? typeLabel
    : `${typeLabel} (${relationStatus(edge.status).label.toLowerCase()})`;
}

/**
 * Whether an edge is drawn by its count: a bundle of parallel relations, or a relation that
 * aggregates coded events. Its label says the count and its width follows it.
 */
export function isCounted(edge: DrawnEdge): boolean {
  return edge.bundled || (edge.members[0]?.events?.length ?? 0) > 0;
}

/** The look of a dataset's counted edges for a count: "attack ×12", wider by count. */
export function countedLooks(dataset: Dataset): (edge: DrawnEdge, count: number) => CountedLook {
  const encoding = encodeVocabulary(dataset.vocabulary);
  const largest = largestCount(dataset);
  return (edge, count) => {
    const base = encoding.type(edge.type).heavy ? EDGE_WIDTH.heavy : EDGE_WIDTH.plain;
    const width = bundleWidth(base, count, largest);
    return {
      count,
      label: `${edgeLabel(dataset, edge)} ×${count.toLocaleString('en')}`,
      width,
      selectedWidth: width + 1.5,
    };
  };
}

/** The largest count of a counted edge with everything shown; 0 when no edge is counted. */
function largestCount(dataset: Dataset): number {
  let largest = 0;
  for (const edge of edgeBundles(dataset).edges) {
    if (!isCounted(edge)) continue;
    largest = Math.max(
      largest,
      edge.members.reduce((sum, member) => sum + countEvents(member), 0),
    );
  }
  return largest;
}

/**
 * The most characters of a label the canvas draws. Labels wrap at 110 px, so a file's
 * 100,000-character label stood as a column thousands of pixels tall and fitting the graph shrank
 * every actor to a speck; the details, the table and search keep the whole label.
 */
export const CANVAS_LABEL_MAX = 80;

/** A label as the canvas draws it: whole, or its first CANVAS_LABEL_MAX characters and "…". */
export function canvasLabel(label: string): string {
  const characters = [...label];
  return characters.length <= CANVAS_LABEL_MAX
    ? label
    : `${characters.slice(0, CANVAS_LABEL_MAX - 1).join('')}…`;
}

/** The drawn size of a node the file sizes, from the smallest to the largest. */
export const FILE_SIZE_RANGE = { min: 14, max: 60 } as const;

/**
 * How big the file's sizes are drawn: its smallest and largest on FILE_SIZE_RANGE, the rest
 * between them by area (square root), as Gephi's sizes are radii that span orders of magnitude.
 */
export function fileSizes(dataset: Dataset): (size: number) => number {
  const roots = dataset.actors.flatMap((actor) =>
    actor.size !== undefined ? [Math.sqrt(actor.size)] : [],
  );
  const low = Math.min(...roots);
  const span = Math.max(...roots) - low;
  const { min, max } = FILE_SIZE_RANGE;
  return (size) =>
    span > 0
      ? Math.round((min + ((Math.sqrt(size) - low) / span) * (max - min)) * 10) / 10
      : (min + max) / 2;
}

/**
 * Every actor and drawn edge of a dataset as cytoscape elements; filtering hides, never removes.
 * A relation is drawn as itself, with its own id; parallel relations are drawn once, as a
 * bundle that lists its members' ids (see edgeBundles.ts).
 */
export function datasetElements(dataset: Dataset): ElementDefinition[] {
  // Start on a circle rather than all at the origin, where edges between overlapping nodes
  // cannot be drawn until the layout has run.
  const step = (2 * Math.PI) / Math.max(dataset.actors.length, 1);
  const sizeOf = fileSizes(dataset);
  const nodes: ElementDefinition[] = dataset.actors.map((actor, index) => ({
    group: 'nodes',
    data: {
      id: actor.id,
      label: canvasLabel(actor.label),
      kind: actor.kind,
      // The file's own look, drawn only in the "As in the file" look (the file-look class).
      ...(actor.color ? { fileColor: actor.color } : {}),
      ...(actor.size !== undefined ? { fileSize: sizeOf(actor.size) } : {}),
    },
    position: { x: 300 * Math.cos(index * step), y: 300 * Math.sin(index * step) },
  }));
  const widths = weightedWidths(dataset);
  const countedLook = countedLooks(dataset);
  const edges: ElementDefinition[] = edgeBundles(dataset).edges.map((edge) => {
    const shared = {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: edge.type,
      relationClass: classOf(dataset.vocabulary, edge.type),
      directed: edge.directed,
      status: edge.status,
    };
    const classes = edge.directed ? 'directed' : 'undirected';
    if (isCounted(edge)) {
      const look = countedLook(
        edge,
        edge.members.reduce((sum, m) => sum + countEvents(m), 0),
      );
      if (!edge.bundled) {
        const relation = (edge.members[0] as Relation).id;
        return { group: 'edges', data: { ...shared, ...look, relation }, classes };
      }
      const members = edge.members.map((member) => member.id);
      return {
        group: 'edges',
        data: { ...shared, ...look, members },
        classes: `${classes} bundle`,
      };
    }
    const width = widths.get((edge.members[0] as Relation).id);
    return {
      group: 'edges',
      data: {
        ...shared,
        relation: (edge.members[0] as Relation).id,
        label: edgeLabel(dataset, edge),
        // Only weighted relations carry widths; the stylesheet gives the rest their type's.
        ...(width !== undefined ? { width, selectedWidth: width + 1.5 } : {}),
      },
      classes,
    };
  });
  return [...nodes, ...edges];
}

/** The ids of the relations a canvas edge draws: a bundle's members, or the relation itself. */
export function memberIds(edge: EdgeSingular): readonly string[] {
  return (edge.data('members') as string[] | undefined) ?? [edge.data('relation') as string];
}

/** Whether a view that shows these relations shows the canvas edge. */
export function edgeShown(edge: EdgeSingular, relationIds: ReadonlySet<string>): boolean {
  return memberIds(edge).some((id) => relationIds.has(id));
}

/**
 * The relation a tap on a canvas edge selects: the relation itself, or a bundle's first member
 * the view shows (its details then list the others).
 */
export function relationOfEdge(edge: EdgeSingular, relationIds: ReadonlySet<string>): string {
  const members = memberIds(edge);
  return members.find((id) => relationIds.has(id)) ?? (members[0] as string);
}

/**
 * The selection as the canvas draws it, by canvas id: a relation is drawn, and emphasised, as its
 * drawn edge (itself, or its bundle); null for a relation the dataset does not have.
 */
export function canvasSelection(dataset: Dataset, selection: Selection | null): Selection | null {
  if (selection?.kind !== 'relation') return selection;
  const edge = edgeBundles(dataset).edgeOf.get(selection.id);
  return edge ? { kind: 'relation', id: edge.id } : null;
}

/** What the canvas shows of a view: its actors, and its drawn edges (relations or bundles). */
interface DrawnView {
  actorIds: ReadonlySet<string>;
  edgeIds: ReadonlySet<string>;
}

/** The ids whose visibility differs between two views; `before` null: every element was shown. */
function visibilityChanges(
  cy: Core,
  before: DrawnView | null,
  after: DrawnView,
): { hide: string[]; show: string[] } {
  const hide: string[] = [];
  const show: string[] = [];
  if (!before) {
    cy.elements().forEach((element) => {
      const id = element.id();
      if (!after.actorIds.has(id) && !after.edgeIds.has(id)) hide.push(id);
    });
    return { hide, show };
  }
  for (const [was, now] of [
    [before.actorIds, after.actorIds],
    [before.edgeIds, after.edgeIds],
  ] as const) {
    if (was === now) continue;
    for (const id of was) if (!now.has(id)) hide.push(id);
    for (const id of now) if (!was.has(id)) show.push(id);
  }
  return { hide, show };
}

function byIds(cy: Core, ids: readonly string[]) {
  // `merge` adds in place, so collecting n elements stays linear.
  const found = cy.collection();
  for (const id of ids) found.merge(cy.getElementById(id));
  return found;
}

/**
 * Shows views on a canvas of `datasetElements`, one after another. Only the elements whose
 * visibility changed since the last view are touched (a filter click at 20,000 relations changes
 * a few hundred), in one batch with one class change per direction, so cytoscape restyles just
 * those. A counted edge (a bundle, aggregated events) counts what the view shows of it, within
 * its time range only the events in it, and its label and width follow; its place never moves.
 */
export function viewApplier(cy: Core, dataset: Dataset): (visible: VisibleGraph) => void {
  const looks = countedLooks(dataset);
  let before: DrawnView | null = null;
  return (visible) => {
    const edges = shownEdges(dataset, visible.relationIds, memberCount(visible));
    const drawn: DrawnView = { actorIds: visible.actorIds, edgeIds: new Set(edges.keys()) };
    const { hide, show } = visibilityChanges(cy, before, drawn);
    before = drawn;
    cy.batch(() => {
      byIds(cy, hide).addClass(GRAPH_CLASSES.hidden);
      byIds(cy, show).removeClass(GRAPH_CLASSES.hidden);
      for (const [id, { edge, count }] of edges) {
        if (!isCounted(edge)) continue;
        const element = cy.getElementById(id);
        if (element.data('count') !== count) element.data(looks(edge, count));
      }
    });
  };
}
