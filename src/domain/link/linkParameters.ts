/**
 * The one table of a link's parameters, in the order they are written: for each row, the
 * parameters it owns, how they are read into a view and how a view writes them. Reading and
 * writing (viewQuery.ts) both walk this table, so a parameter cannot be read one way and written
 * another. What a link leaves out is the dataset's default view (defaultViewOf): reading starts
 * from it, and a parameter is written only where the view differs from it.
 */
import type { LinkedData } from '../dataSource';
import { SLUG } from '../ids';
import { isLayoutName } from '../layoutIds';
import { isLookName } from '../looks';
import { RELATION_STATUS_IDS } from '../relationStatuses';
import { TIME_STEPS, isTimeStep } from '../timeRange';
import { topActorsText } from '../topActors';
import { PANELS, type Panel, type ViewState, roundCamera } from '../view';
import { BUILT_IN_VOCABULARY, RELATION_CLASSES } from '../vocabulary';
import type { DatasetIds, LinkVocabulary } from './datasetIds';
import { readLayoutIterations } from './layoutIterations';
import { codePoints, quote } from './linkText';
import {
  cameraProblems,
  ordered,
  readCamera,
  readFocus,
  readLinked,
  readList,
  readOffered,
  readSelection,
  readTimeRange,
  readTopActors,
  timeRangeProblem,
} from './parameterValues';
import { encodeAddress } from './percentEncoding';
import { type Presentation, readDraft, readFlag } from './presentation';
import { capQuery } from './searchText';

/**
 * What a link says: the view it opens, the data it names when that is not built in, and how the
 * page around the view is shown.
 */
export interface LinkContent {
  view: ViewState;
  linked: LinkedData | null;
  presentation: Presentation;
}

/** What a link is read and written against. */
export interface LinkContext {
  /** The open dataset's ids; undefined when unknown, and ids are then checked for form only. */
  ids: DatasetIds | undefined;
  /** The relation types and actor kinds a link may name. */
  vocabulary: LinkVocabulary;
  /** The view the dataset opens with: what a link leaves out. */
  defaults: ViewState;
}

/** A link's values, decoded when asked for, so a decoding problem is noted under its parameter. */
export interface ParamValues<P extends string> {
  text(name: P): string | undefined;
  /** The value without the whitespace around it: for all but free text and lists. */
  trimmed(name: P): string | undefined;
  /** One readable line for each thing the link holds that cannot be used. */
  notes: string[];
}

/** Adds a parameter to the link being written, encoded by `encode` (encodeValue unless said). */
export type PutParam<P extends string> = (
  name: P,
  value: string,
  encode?: (value: string) => string,
) => void;

/** One row of the table: the parameters that together carry one part of what a link says. */
export interface LinkParameter<P extends string> {
  names: readonly P[];
  /** Sets in `into` what its parameters say; what cannot be used goes to the notes. */
  read(values: ParamValues<P>, into: LinkContent, context: LinkContext): void;
  /** Puts its parameters for what `from` says; none where the view holds the default. */
  write(from: LinkContent, context: LinkContext, put: PutParam<P>): void;
}

/** A row, its parameter names kept as literal types (the union of them is the link's names). */
function row<const P extends string>(parameter: LinkParameter<P>): LinkParameter<P> {
  return parameter;
}

/** The lists of ids a view hides. */
type HiddenIds = 'hiddenTypes' | 'hiddenClasses' | 'hiddenKinds' | 'hiddenStatuses';

/**
 * A list of ids the view hides, read and written in the order of the ids it may hold. `builtIn`:
 * our ids, which go first where any well-formed id is taken (a dataset still loading).
 */
function hiddenList<const P extends string, K extends HiddenIds>(
  name: P,
  field: K,
  noun: string,
  universeOf: (
    vocabulary: LinkVocabulary,
  ) => readonly ViewState[K][number][] | ((id: string) => boolean),
  builtIn: readonly ViewState[K][number][] = [],
): LinkParameter<P> {
  return {
    names: [name],
    read(values, { view }, { vocabulary }) {
      const text = values.text(name);
      if (text === undefined) return;
      const universe = universeOf(vocabulary);
      const list = readList(text, universe, name, noun, values.notes);
      view[field] = ordered(list, universe, builtIn) as ViewState[K];
    },
    write({ view }, { vocabulary }, put) {
      const list = ordered(view[field], universeOf(vocabulary), builtIn);
      if (list.length > 0) put(name, list.join(','));
    },
  };
}

const RELATION_CLASS_IDS = RELATION_CLASSES.map((relationClass) => relationClass.id);
const BUILT_IN_TYPE_IDS = BUILT_IN_VOCABULARY.types.map((type) => type.id);
const BUILT_IN_KIND_IDS = BUILT_IN_VOCABULARY.kinds.map((kind) => kind.id);
const typesOf = (vocabulary: LinkVocabulary) => vocabulary.types;
const kindsOf = (vocabulary: LinkVocabulary) => vocabulary.kinds;

function isPanel(text: string): text is Panel {
  return (PANELS as readonly string[]).includes(text);
}

/** The data a link names: a shipped dataset (`dataset`), or a file (`src`, `file`) instead. */
export const DATA_PARAMETER = row({
  names: ['dataset', 'src', 'file'],
  read(values, into) {
    into.linked = readLinked(values.trimmed('src'), values.trimmed('file'), values.notes);
    const dataset = values.trimmed('dataset');
    if (dataset === undefined) return;
    if (into.linked !== null) {
      const named = into.linked.kind === 'url' ? 'src' : 'file';
      values.notes.push(`ignored "dataset" because "${named}" names the data`);
    } else if (SLUG.test(dataset)) into.view.dataset = dataset;
    else values.notes.push(`invalid dataset id ${quote(dataset)} in "dataset"`);
  },
  write({ view, linked }, { defaults }, put) {
    if (linked?.kind === 'url') put('src', linked.url, encodeAddress);
    else if (linked?.kind === 'file') put('file', linked.key);
    else if (view.dataset !== defaults.dataset) put('dataset', view.dataset);
  },
});

/** Every parameter but `v` (the version, which viewQuery.ts reads and writes first), in order. */
export const LINK_PARAMETERS = [
  DATA_PARAMETER,
  row({
    names: ['draft'],
    read(values, { presentation }) {
      presentation.draft = readDraft(values.trimmed('draft'), values.notes);
    },
    write({ presentation }, _context, put) {
      if (presentation.draft !== null) put('draft', presentation.draft);
    },
  }),
  hiddenList('hide', 'hiddenTypes', 'relation type', typesOf, BUILT_IN_TYPE_IDS),
  hiddenList('hideclass', 'hiddenClasses', 'class', () => RELATION_CLASS_IDS),
  hiddenList('hidekind', 'hiddenKinds', 'actor kind', kindsOf, BUILT_IN_KIND_IDS),
  hiddenList('hidestatus', 'hiddenStatuses', 'relation status', () => RELATION_STATUS_IDS),
  row({
    names: ['focus', 'depth'],
    read(values, { view }, { ids }) {
      view.focus = readFocus(values.trimmed('focus'), values.trimmed('depth'), ids, values.notes);
    },
    write({ view }, _context, put) {
      if (view.focus === null) return;
      put('focus', view.focus.actor);
      if (view.focus.depth !== 1) put('depth', String(view.focus.depth));
    },
  }),
  row({
    names: ['q'],
    read(values, { view }) {
      const text = values.text('q');
      if (text === undefined) return;
      const capped = capQuery(text);
      view.query = capped.query;
      if (capped.cutFrom === null) return;
      values.notes.push(
        `shortened the search text in "q" from ${capped.cutFrom} to ${codePoints(capped.query).length} characters`,
      );
    },
    write({ view }, { defaults }, put) {
      const { query } = capQuery(view.query);
      if (query !== defaults.query) put('q', query);
    },
  }),
  row({
    names: ['isolated'],
    read(values, { view }) {
      view.showIsolated =
        readFlag(values.trimmed('isolated'), 'isolated', values.notes) ?? view.showIsolated;
    },
    write({ view }, { defaults }, put) {
      if (view.showIsolated !== defaults.showIsolated) {
        put('isolated', view.showIsolated ? '1' : '0');
      }
    },
  }),
  row({
    names: ['from', 'to'],
    read(values, { view }, { ids }) {
      const [from, to] = [values.trimmed('from'), values.trimmed('to')];
      view.timeRange = readTimeRange(from, to, ids?.timeSpan, values.notes);
    },
    write({ view }, _context, put) {
      // A range the reader would refuse is left out, like the camera.
      if (view.timeRange === null || timeRangeProblem(view.timeRange) !== null) return;
      put('from', view.timeRange.from);
      put('to', view.timeRange.to);
    },
  }),
  row({
    names: ['step'],
    read(values, { view }) {
      const step = values.trimmed('step');
      if (step === undefined) return;
      if (isTimeStep(step)) view.timeStep = step;
      else {
        const expected = TIME_STEPS.join(', ');
        values.notes.push(`unknown step ${quote(step)} in "step"; expected ${expected}`);
      }
    },
    write({ view }, { defaults }, put) {
      if (view.timeStep !== defaults.timeStep) put('step', view.timeStep);
    },
  }),
  row({
    names: ['actor', 'relation'],
    read(values, { view }, { ids }) {
      const [actor, relation] = [values.trimmed('actor'), values.trimmed('relation')];
      view.selection = readSelection(actor, relation, ids, values.notes);
    },
    write({ view }, _context, put) {
      if (view.selection !== null) put(view.selection.kind, view.selection.id);
    },
  }),
  row({
    names: ['layout', 'fa2'],
    read(values, { view }, { ids }) {
      // A layout this dataset does not offer ("As in the file" without positions) is unknown.
      const layout = values.trimmed('layout');
      view.layout =
        readOffered(layout, 'layout', isLayoutName, ids?.layouts, values.notes) ?? view.layout;
      const fa2 = values.trimmed('fa2');
      view.layoutIterations = readLayoutIterations(fa2, view.layout, ids, values.notes);
    },
    write({ view }, { defaults }, put) {
      if (view.layout !== defaults.layout) put('layout', view.layout);
      if (view.layoutIterations !== null) put('fa2', String(view.layoutIterations));
    },
  }),
  row({
    names: ['look'],
    read(values, { view }, { ids }) {
      const look = values.trimmed('look');
      view.look = readOffered(look, 'look', isLookName, ids?.looks, values.notes) ?? view.look;
    },
    write({ view }, { defaults }, put) {
      if (view.look !== defaults.look) put('look', view.look);
    },
  }),
  row({
    names: ['top'],
    read(values, { view }) {
      view.top = readTopActors(values.trimmed('top'), values.notes) ?? view.top;
    },
    write({ view }, { defaults }, put) {
      if (view.top !== defaults.top) put('top', topActorsText(view.top));
    },
  }),
  row({
    names: ['zoom', 'x', 'y'],
    read(values, { view }) {
      const [zoom, x, y] = [values.trimmed('zoom'), values.trimmed('x'), values.trimmed('y')];
      view.camera = readCamera(zoom, x, y, values.notes);
    },
    write({ view }, _context, put) {
      const camera = view.camera === null ? null : roundCamera(view.camera);
      // A camera the reader would refuse is left out: the link then opens fitted, without a notice.
      if (camera === null || cameraProblems(camera).length > 0) return;
      put('zoom', String(camera.zoom));
      put('x', String(camera.x));
      put('y', String(camera.y));
    },
  }),
  row({
    names: ['panel'],
    read(values, { view }) {
      const panel = values.trimmed('panel');
      view.panel = readOffered(panel, 'panel', isPanel, undefined, values.notes) ?? view.panel;
    },
    write({ view }, { defaults }, put) {
      if (view.panel !== defaults.panel) put('panel', view.panel);
    },
  }),
  row({
    names: ['embed'],
    read(values, { presentation }) {
      presentation.embed = readFlag(values.trimmed('embed'), 'embed', values.notes) ?? false;
    },
    write({ presentation }, _context, put) {
      if (presentation.embed) put('embed', '1');
    },
  }),
] as const;

/** The name of a parameter the table reads and writes. */
export type LinkParameterName = (typeof LINK_PARAMETERS)[number]['names'][number];
