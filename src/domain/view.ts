/**
 * The view state: everything that decides what the explorer shows, and the pure transitions
 * between views. The visible graph, the URL and the legend counts are all derived from it.
 */
import type { Dataset } from './dataset';
import { DEFAULT_LAYOUT, type LayoutName } from './layoutIds';
import { DEFAULT_LOOK, type LookName } from './looks';
import type { RelationStatusId } from './relationStatuses';
import type { Selection } from './selection';
import { DEFAULT_TIME_STEP, type TimeRange, type TimeStep } from './timeRange';
import type { TopActors } from './topActors';
import { type RelationClassId, type Vocabulary, findType } from './vocabulary';

export const PANELS = ['details', 'article', 'table'] as const;
export type Panel = (typeof PANELS)[number];

export const FOCUS_DEPTHS = [1, 2, 3] as const;
export type FocusDepth = (typeof FOCUS_DEPTHS)[number];

export interface Focus {
  actor: string;
  depth: FocusDepth;
}

/**
 * Where the camera looks: the zoom, and the graph point (model coordinates) at the centre of
 * the canvas, so a link shows the same part of the graph on a phone as on a wide screen.
 */
export interface Camera {
  zoom: number;
  x: number;
  y: number;
}

/**
 * The camera as links store it: zoom to 2 decimals (2 significant digits below 0.1, where a big
 * graph's overview sits, so its zoom never rounds to 0), the centre to whole units.
 */
export function roundCamera(camera: Camera): Camera {
  const zoom =
    Math.abs(camera.zoom) < 0.1
      ? Number(camera.zoom.toPrecision(2))
      : Math.round(camera.zoom * 100) / 100;
  // Adding 0 turns -0 into 0, so "-0" and "0" read as the same view.
  return {
    zoom: zoom + 0,
    x: Math.round(camera.x) + 0,
    y: Math.round(camera.y) + 0,
  };
}

/**
 * The zoom range of the canvas, which links must stay within. A graph that fits the canvas at
 * 0.2 stops there (see src/graph/camera.ts); a big one may go as far out as its whole picture
 * needs, down to MIN_ZOOM (a generated graph of 50,000 relations fits at about 0.003).
 */
export const MIN_ZOOM = 0.001;
export const MAX_ZOOM = 4;

export interface ViewState {
  dataset: string;
  /** Relation types switched off (ids of the dataset's vocabulary), in vocabulary order. */
  hiddenTypes: readonly string[];
  /** Relation classes switched off, in the order of RELATION_CLASSES. */
  hiddenClasses: readonly RelationClassId[];
  /** Actor kinds switched off (ids of the dataset's vocabulary), in vocabulary order. */
  hiddenKinds: readonly string[];
  /** Relation statuses switched off (e.g. planned, stalled), in registry order. */
  hiddenStatuses: readonly RelationStatusId[];
  /** Only this actor and its neighbours up to `depth` steps away. */
  focus: Focus | null;
  /** Free text that narrows the view to matching actors and relations. */
  query: string;
  /** Keep actors on the canvas that no visible relation touches. */
  showIsolated: boolean;
  /** Only relations dated within these days (undated ones always show); null: all time. */
  timeRange: TimeRange | null;
  /** The window playing moves through time: a day, a week or a month. */
  timeStep: TimeStep;
  selection: Selection | null;
  layout: LayoutName;
  /**
   * The steps a ForceAtlas2 run was stopped at, so a link shows the picture reached; null runs
   * it to its end (and for every other layout).
   */
  layoutIterations: number | null;
  /** How actors are drawn: by kind, or as the file drew them (see looks.ts). */
  look: LookName;
  /** How many actors the canvas draws: the N most connected, or all (see topActors.ts). */
  top: TopActors;
  /** null: fit the graph to the canvas. */
  camera: Camera | null;
  panel: Panel;
}

/**
 * Whether a dataset opens with actors that no visible relation touches shown: where a file holds
 * actors that take part in no relation, it shows them, as the tool that wrote it did (a GEXF of
 * nodes alone is not an empty canvas). Elsewhere an actor goes with its last visible relation,
 * so a filter or a time range narrows the actors too. An article's graph, whose relations quote
 * it, names actors that take part in no relation (a news agency as the source of a quote): they
 * wait until asked for, so the first picture is the story's relations.
 */
export function isolatedShownByDefault(dataset: Pick<Dataset, 'actors' | 'relations'>): boolean {
  const quoted = dataset.relations.some((relation) =>
    relation.evidence.some((evidence) => evidence.quote !== undefined),
  );
  if (quoted) return false;
  const related = new Set(dataset.relations.flatMap((r) => [r.source, r.target]));
  return dataset.actors.some((actor) => !related.has(actor.id));
}

/** The view a dataset opens with; `layout` is the dataset's default (see `defaultLayoutOf`). */
export function defaultView(
  dataset: string,
  layout: LayoutName = DEFAULT_LAYOUT,
  {
    showIsolated = false,
    look = DEFAULT_LOOK,
    timeStep = DEFAULT_TIME_STEP,
    top = 'all',
  }: { showIsolated?: boolean; look?: LookName; timeStep?: TimeStep; top?: TopActors } = {},
): ViewState {
  return {
    dataset,
    hiddenTypes: [],
    hiddenClasses: [],
    hiddenKinds: [],
    hiddenStatuses: [],
    focus: null,
    query: '',
    showIsolated,
    timeRange: null,
    timeStep,
    selection: null,
    layout,
    layoutIterations: null,
    look,
    top,
    camera: null,
    panel: 'details',
  };
}

/** Returns `list` with `item` added or removed, keeping the order of `universe`. */
export function toggleIn<T>(list: readonly T[], item: T, universe: readonly T[]): T[] {
  const next = new Set(list);
  if (next.has(item)) next.delete(item);
  else next.add(item);
  return universe.filter((candidate) => next.has(candidate));
}

/** A transition from one view to the next. */
export type ViewUpdate = (view: ViewState) => ViewState;

/** The transition that sets one field of the view and leaves the rest. */
const setterOf =
  <Key extends keyof ViewState>(key: Key) =>
  (value: ViewState[Key]): ViewUpdate =>
  (view) => ({ ...view, [key]: value });

export const select = setterOf('selection');
export const setHiddenTypes = setterOf('hiddenTypes');
export const setHiddenClasses = setterOf('hiddenClasses');
export const setHiddenKinds = setterOf('hiddenKinds');
export const setHiddenStatuses = setterOf('hiddenStatuses');
export const setQuery = setterOf('query');
export const setShowIsolated = setterOf('showIsolated');
export const setTimeRange = setterOf('timeRange');
export const setTimeStep = setterOf('timeStep');
export const setLook = setterOf('look');
export const setCamera = setterOf('camera');
export const setPanel = setterOf('panel');

/** Focusing is navigation: the camera goes back to framing what the new focus shows. */
export const setFocus =
  (focus: Focus | null): ViewUpdate =>
  (view) => ({ ...view, focus, camera: null });

/** Another number of actors is another picture: laid out afresh, and framed again. */
export const setTopActors =
  (top: TopActors): ViewUpdate =>
  (view) => ({ ...view, top, layoutIterations: null, camera: null });

/** A new layout places the actors afresh, run to its end: the camera frames them again. */
export const setLayout =
  (layout: LayoutName): ViewUpdate =>
  (view) => ({ ...view, layout, layoutIterations: null, camera: null });

/** A ForceAtlas2 run stopped after this many steps: the view, and a link to it, keep that picture. */
export const setLayoutIterations = setterOf('layoutIterations');

/**
 * Every filter (the time range too) back to its default; the selection, layout, look, the
 * actors drawn, panel and the play step stay. The camera stays too,
 * unless a focus is cleared: leaving a focus is navigation, which frames the whole graph.
 */
export const clearFilters: ViewUpdate = (view) => ({
  ...defaultView(view.dataset),
  timeStep: view.timeStep,
  selection: view.selection,
  layout: view.layout,
  layoutIterations: view.layoutIterations,
  look: view.look,
  top: view.top,
  camera: view.focus ? null : view.camera,
  panel: view.panel,
});

/** Every filter back to the dataset's default, as clearFilters, isolated actors included. */
export const clearFiltersOf =
  (dataset: Pick<Dataset, 'actors' | 'relations'>): ViewUpdate =>
  (view) => ({ ...clearFilters(view), showIsolated: isolatedShownByDefault(dataset) });

/** Every relation type and class on again. */
export const showAllTypes: ViewUpdate = (view) => ({ ...view, hiddenTypes: [], hiddenClasses: [] });

/** A relation class on again, with every one of its types in the vocabulary. */
export const showClass =
  (relationClass: RelationClassId, vocabulary: Vocabulary): ViewUpdate =>
  (view) => ({
    ...view,
    hiddenTypes: view.hiddenTypes.filter(
      (type) => findType(vocabulary, type)?.relationClass !== relationClass,
    ),
    hiddenClasses: view.hiddenClasses.filter((hidden) => hidden !== relationClass),
  });

/** Only the given relation type on: every other type of the vocabulary off, and its own class on. */
export const onlyType =
  (type: string, vocabulary: Vocabulary): ViewUpdate =>
  (view) => ({
    ...view,
    hiddenTypes: vocabulary.types.map((other) => other.id).filter((other) => other !== type),
    hiddenClasses: view.hiddenClasses.filter(
      (hidden) => hidden !== (findType(vocabulary, type)?.relationClass ?? 'unclassified'),
    ),
  });
