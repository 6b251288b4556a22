/**
 * The permalink codec: turns a view into a short query string a person can read and edit by
 * hand, and reads any query string back into a valid view. Links are pasted, cut off by chat
 * apps and edited by hand, so reading never fails: whatever cannot be used is left out and
 * reported in one readable line, and the rest of the link still opens.
 *
 * Parameters, in the order they are written (values equal to the defaults are left out):
 * `v`, `dataset` (or `src` or `file`, for data that is not built in), `hide`, `hideclass`, `hidekind`, `hidestatus`, `focus`, `depth`, `q`, `isolated`,
 * `from` + `to`, `step`, `actor` or `relation`, `layout`, `zoom` + `x` + `y`, `panel`.
 */
import type { Dataset } from './dataset';
import { SLUG, TYPE_ID } from './ids';
import { DEFAULT_LAYOUT, type LayoutName, isLayoutName, layoutsOf } from './layoutIds';
import { DEFAULT_LOOK, type LookName, isLookName, looksOf } from './looks';
import { RELATION_STATUS_IDS } from './relationStatuses';
import type { Selection } from './selection';
import {
  DEFAULT_TIME_STEP,
  TIME_STEPS,
  type TimeRange,
  type TimeStep,
  dataSpan,
  defaultTimeStepOf,
  isDay,
  isTimeStep,
  rangesOverlap,
} from './timeRange';
import {
  type Camera,
  FOCUS_DEPTHS,
  type Focus,
  MAX_ZOOM,
  MIN_ZOOM,
  PANELS,
  type ViewState,
  defaultView,
  isolatedShownByDefault,
  roundCamera,
} from './view';
import {
  BUILT_IN_VOCABULARY,
  RELATION_CLASSES,
  type RelationClassId,
  type Vocabulary,
} from './vocabulary';

/**
 * The link format version.
 *
 * Reading rule: a link without `v` is read as version 1 (the format started there). A whole
 * number greater than URL_VERSION comes from a newer app; it is read as version 1 on a
 * best-effort basis and reported, since most of its parameters are likely still understood.
 * Any other value (0, "1.5", "abc") is reported and read as version 1 as well.
 */
export const URL_VERSION = 1;

/** Most characters of search text a link keeps, counted in code points. */
export const URL_QUERY_MAX_CHARS = 200;

/** Most characters the percent-encoded search text may take, so emoji cannot bloat a link. */
export const URL_QUERY_MAX_ENCODED = 600;

/**
 * Most characters of data a link carries in its fragment (`#data=`, lz-string compressed): 8 KB
 * keeps a link within what chat apps, mail clients and QR codes pass on whole.
 */
export const LINK_DATA_LIMIT = 8192;

/** The key a dataset opened from a file is kept under in this browser: 16 hex digits of its SHA-256. */
export const DATA_KEY = /^[0-9a-f]{16}$/;

/**
 * Data a link names that is not built in: a file on the web (`src`, fetched by the receiver's
 * browser) or a dataset kept in the sender's browser (`file`, a storage key).
 */
export type LinkedData = { kind: 'url'; url: string } | { kind: 'file'; key: string };

/** The ids of the open dataset, to check the ids a link names. */
export interface DatasetIds {
  actorIds: ReadonlySet<string>;
  relationIds: ReadonlySet<string>;
  /** Its relation types and actor kinds, which `hide` and `hidekind` name; ours when absent. */
  vocabulary?: Vocabulary;
  /** The layouts it offers, its default first (see layoutsOf); every layout when absent. */
  layouts?: readonly LayoutName[];
  /** The days its dated relations cover (null: none is dated); unchecked when absent. */
  timeSpan?: TimeRange | null;
  /** Whether it opens with actors that no visible relation touches shown; not when absent. */
  showIsolated?: boolean;
  /** The looks it offers, its default first (see looksOf); every look when absent. */
  looks?: readonly LookName[];
  /** The step its timeline plays by unless a link says otherwise (see defaultTimeStepOf). */
  timeStep?: TimeStep;
}

/**
 * Stands for a dataset that is still loading: ids are checked for their form only, and the
 * dataset's own types and kinds are kept, until the link is read again with the dataset's ids.
 */
export const DATASET_PENDING = 'pending';

/** The ids a link may name in this dataset. */
export function datasetIds(dataset: Dataset): DatasetIds {
  return {
    actorIds: new Set(dataset.actors.map((actor) => actor.id)),
    relationIds: new Set(dataset.relations.map((relation) => relation.id)),
    vocabulary: dataset.vocabulary,
    layouts: layoutsOf(dataset).map((layout) => layout.id),
    timeSpan: dataSpan(dataset.relations),
    showIsolated: isolatedShownByDefault(dataset),
    looks: looksOf(dataset).map((look) => look.id),
    timeStep: defaultTimeStepOf(dataset.relations),
  };
}

/** A parsed link: the view it opens, and one readable line per thing that was left out. */
export interface ParsedView {
  view: ViewState;
  ignored: string[];
  /** The data the link names instead of a shipped dataset; null for a shipped one. */
  linked: LinkedData | null;
}

// Far beyond any value this app writes; a longer one is junk, and would flood the messages.
const MAX_VALUE_LENGTH = 2000;
const MAX_PAN = 100_000;
// Plain decimals only: Number() would also take "", "0x1f", "1e3" and "Infinity".
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** Every parameter a link may hold, in the order they are written. */
export const URL_PARAMETERS = [
  'v',
  'dataset',
  'src',
  'file',
  'hide',
  'hideclass',
  'hidekind',
  'hidestatus',
  'focus',
  'depth',
  'q',
  'isolated',
  'from',
  'to',
  'step',
  'actor',
  'relation',
  'layout',
  'look',
  'zoom',
  'x',
  'y',
  'panel',
] as const;
type Param = (typeof URL_PARAMETERS)[number];

const RELATION_CLASS_IDS: readonly RelationClassId[] = RELATION_CLASSES.map((c) => c.id);
const BUILT_IN_TYPE_IDS = BUILT_IN_VOCABULARY.types.map((type) => type.id);
const BUILT_IN_KIND_IDS = BUILT_IN_VOCABULARY.kinds.map((kind) => kind.id);

/**
 * The type and kind ids a link may name, in the order it writes them: the vocabulary's. For a
 * dataset still loading, any well-formed id, ours first in registry order.
 */
interface Universe {
  types: readonly string[] | ((id: string) => boolean);
  kinds: readonly string[] | ((id: string) => boolean);
}

function universeOf(ids: DatasetIds | typeof DATASET_PENDING | undefined): Universe {
  if (ids === DATASET_PENDING) {
    return { types: (id) => TYPE_ID.test(id), kinds: (id) => SLUG.test(id) };
  }
  const vocabulary = ids?.vocabulary ?? BUILT_IN_VOCABULARY;
  return {
    types: vocabulary.types.map((type) => type.id),
    kinds: vocabulary.kinds.map((kind) => kind.id),
  };
}

/** `list` in the order of `universe`; ids a well-formedness check admits follow, ours first. */
function ordered(
  list: readonly string[],
  universe: readonly string[] | ((id: string) => boolean),
  builtIn: readonly string[],
): string[] {
  const wanted = new Set(list);
  if (typeof universe !== 'function') return universe.filter((id) => wanted.has(id));
  const ours = builtIn.filter((id) => wanted.has(id));
  const rest = [...wanted].filter((id) => universe(id) && !ours.includes(id));
  return [...ours, ...rest];
}

/**
 * What a link leaves out, as the dataset opens by default: its layout, look and time step, and
 * whether it shows isolated actors. Ours when the dataset is unknown or still loading.
 */
function linkDefaults(ids: DatasetIds | undefined) {
  return {
    layout: ids?.layouts?.[0] ?? DEFAULT_LAYOUT,
    look: ids?.looks?.[0] ?? DEFAULT_LOOK,
    timeStep: ids?.timeStep ?? DEFAULT_TIME_STEP,
    showIsolated: ids?.showIsolated === true,
  };
}

function isParam(name: string): name is Param {
  return (URL_PARAMETERS as readonly string[]).includes(name);
}

/**
/**
 * Serialises a view to a query string WITHOUT leading "?" ('' for the default view of the default
 * dataset). `ids` (the open dataset's) orders its types and kinds and knows its default layout;
 * without them, our vocabulary and layouts. `linked` names data that is not built in; it then
 * replaces `dataset`.
 */
export function serializeView(
  view: ViewState,
  defaultDataset: string,
  ids?: DatasetIds,
  linked: LinkedData | null = null,
): string {
  const parts: string[] = [];
  const add = (name: Param, value: string): void => {
    parts.push(`${name}=${encodeValue(value)}`);
  };
  const addList = (name: Param, list: readonly string[]): void => {
    if (list.length > 0) add(name, list.join(','));
  };
  // Without the dataset's ids nothing is dropped: a view made before it loaded may hold its own.
  const universe = universeOf(ids ?? DATASET_PENDING);
  const defaults = linkDefaults(ids);

  if (linked?.kind === 'url') parts.push(`src=${encodeAddress(linked.url)}`);
  else if (linked?.kind === 'file') add('file', linked.key);
  else if (view.dataset !== defaultDataset) add('dataset', view.dataset);
  addList('hide', ordered(view.hiddenTypes, universe.types, BUILT_IN_TYPE_IDS));
  addList('hideclass', ordered(view.hiddenClasses, RELATION_CLASS_IDS, RELATION_CLASS_IDS));
  addList('hidekind', ordered(view.hiddenKinds, universe.kinds, BUILT_IN_KIND_IDS));
  addList('hidestatus', ordered(view.hiddenStatuses, RELATION_STATUS_IDS, RELATION_STATUS_IDS));
  if (view.focus !== null) {
    add('focus', view.focus.actor);
    if (view.focus.depth !== 1) add('depth', String(view.focus.depth));
  }
  const { query } = capQuery(view.query);
  if (query !== '') add('q', query);
  if (view.showIsolated !== defaults.showIsolated) add('isolated', view.showIsolated ? '1' : '0');
  // A range the reader would refuse is left out, like the camera.
  if (view.timeRange !== null && timeRangeProblem(view.timeRange) === null) {
    add('from', view.timeRange.from);
    add('to', view.timeRange.to);
  }
  if (view.timeStep !== defaults.timeStep) add('step', view.timeStep);
  if (view.selection !== null) add(view.selection.kind, view.selection.id);
  if (view.layout !== defaults.layout) add('layout', view.layout);
  if (view.look !== defaults.look) add('look', view.look);
  const camera = view.camera === null ? null : roundCamera(view.camera);
  // A camera the reader would refuse is left out: the link then opens fitted, without a notice.
  if (camera !== null && cameraProblems(camera).length === 0) {
    add('zoom', String(camera.zoom));
    add('x', String(camera.x));
    add('y', String(camera.y));
  }
  if (view.panel !== 'details') add('panel', view.panel);

  return parts.length === 0 ? '' : [`v=${URL_VERSION}`, ...parts].join('&');
}

/**
 * Parses a query string (with or without leading "?") into a valid view; never throws. With
 * `ids`, ids the dataset does not have (actors, relations, types, kinds, layouts) are dropped and
 * reported; without, actor and relation ids are checked for their form only and types and kinds
 * against ours; with DATASET_PENDING, everything is checked for its form only.
 */
export function parseView(
  query: string,
  defaultDataset: string,
  given?: DatasetIds | typeof DATASET_PENDING,
): ParsedView {
  const ids = given === DATASET_PENDING ? undefined : given;
  const universe = universeOf(given);
  const ignored: string[] = [];
  const raw = readParams(query, ignored);
  const fieldNotes: string[] = [];

  // Decodes lazily, so a malformed value is reported under the parameter that carries it.
  const text = (name: Param): string | undefined => {
    const value = raw.get(name);
    if (value === undefined) return undefined;
    const decoded = decodeComponent(value);
    if (decoded.malformed) {
      fieldNotes.push(`malformed percent-encoding in "${name}"; read it as ${quote(decoded.text)}`);
    }
    return decoded.text;
  };
  const trimmed = (name: Param): string | undefined => text(name)?.trim();

  const versionNote = readVersion(trimmed('v'));
  const defaults = linkDefaults(ids);
  const view = defaultView(defaultDataset, defaults.layout, defaults);

  const linked = readLinked(trimmed('src'), trimmed('file'), fieldNotes);
  const dataset = trimmed('dataset');
  if (dataset !== undefined) {
    if (linked !== null) {
      fieldNotes.push(
        `ignored "dataset" because "${linked.kind === 'url' ? 'src' : 'file'}" names the data`,
      );
    } else if (SLUG.test(dataset)) view.dataset = dataset;
    else fieldNotes.push(`invalid dataset id ${quote(dataset)} in "dataset"`);
  }

  const hide = text('hide');
  if (hide !== undefined) {
    view.hiddenTypes = ordered(
      readList(hide, universe.types, 'hide', 'relation type', fieldNotes),
      universe.types,
      BUILT_IN_TYPE_IDS,
    );
  }
  const hideClass = text('hideclass');
  if (hideClass !== undefined) {
    view.hiddenClasses = readList(hideClass, RELATION_CLASS_IDS, 'hideclass', 'class', fieldNotes);
  }
  const hideKind = text('hidekind');
  if (hideKind !== undefined) {
    view.hiddenKinds = ordered(
      readList(hideKind, universe.kinds, 'hidekind', 'actor kind', fieldNotes),
      universe.kinds,
      BUILT_IN_KIND_IDS,
    );
  }
  const hideStatus = text('hidestatus');
  if (hideStatus !== undefined) {
    view.hiddenStatuses = readList(
      hideStatus,
      RELATION_STATUS_IDS,
      'hidestatus',
      'relation status',
      fieldNotes,
    );
  }

  view.focus = readFocus(trimmed('focus'), trimmed('depth'), ids, fieldNotes);

  const q = text('q');
  if (q !== undefined) {
    const capped = capQuery(q);
    view.query = capped.query;
    if (capped.cutFrom !== null) {
      fieldNotes.push(
        `shortened the search text in "q" from ${capped.cutFrom} to ${codePoints(capped.query).length} characters`,
      );
    }
  }

  const isolated = trimmed('isolated');
  if (isolated !== undefined) {
    const flag = isolated.toLowerCase();
    if (flag === '1' || flag === 'true') view.showIsolated = true;
    else if (flag === '0' || flag === 'false') view.showIsolated = false;
    else {
      fieldNotes.push(`invalid value ${quote(isolated)} in "isolated"; expected 1 or 0`);
    }
  }

  view.timeRange = readTimeRange(trimmed('from'), trimmed('to'), ids?.timeSpan, fieldNotes);
  const step = trimmed('step');
  if (step !== undefined) {
    if (isTimeStep(step)) view.timeStep = step;
    else
      fieldNotes.push(`unknown step ${quote(step)} in "step"; expected ${TIME_STEPS.join(', ')}`);
  }

  view.selection = readSelection(trimmed('actor'), trimmed('relation'), ids, fieldNotes);

  const look = trimmed('look');
  if (look !== undefined) {
    const offered = ids?.looks;
    if (isLookName(look) && (!offered || offered.includes(look))) view.look = look;
    else fieldNotes.push(`unknown look ${quote(look)} in "look"`);
  }

  const layout = trimmed('layout');
  if (layout !== undefined) {
    // A layout this dataset does not offer ("As in the file" without positions) reads as unknown.
    const offered = ids?.layouts;
    if (isLayoutName(layout) && (!offered || offered.includes(layout))) view.layout = layout;
    else fieldNotes.push(`unknown layout ${quote(layout)} in "layout"`);
  }

  view.camera = readCamera(trimmed('zoom'), trimmed('x'), trimmed('y'), fieldNotes);

  const panel = trimmed('panel');
  if (panel !== undefined) {
    const known = PANELS.find((candidate) => candidate === panel);
    if (known !== undefined) view.panel = known;
    else fieldNotes.push(`unknown panel ${quote(panel)} in "panel"`);
  }

  if (versionNote !== null) ignored.unshift(versionNote);
  ignored.push(...fieldNotes);
  return { view, ignored, linked };
}

/** `src` (an http(s) address) wins over `file` (a storage key), as the README states. */
function readLinked(
  src: string | undefined,
  file: string | undefined,
  notes: string[],
): LinkedData | null {
  let linked: LinkedData | null = null;
  if (src !== undefined) {
    if (isWebAddress(src)) linked = { kind: 'url', url: src };
    else
      notes.push(
        `invalid data address ${quote(src)} in "src"; only http and https addresses are opened`,
      );
  }
  if (file !== undefined) {
    if (linked !== null) notes.push('ignored "file" because "src" is also given');
    else if (DATA_KEY.test(file)) linked = { kind: 'file', key: file };
    else notes.push(`invalid data key ${quote(file)} in "file"`);
  }
  return linked;
}

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** An address as a value: what separates parameters is encoded, `:` and `/` stay readable. */
function encodeAddress(url: string): string {
  return encodeURIComponent(wellFormed(url)).replace(/%3A/gi, ':').replace(/%2F/gi, '/');
}

/** What a link's fragment carries: the compressed data of `#data=`, or nothing. */
export interface ParsedFragment {
  data: string | null;
  ignored: string[];
}

// The characters lz-string's compressToEncodedURIComponent writes.
const LINK_DATA_CHARS = /^[A-Za-z0-9+\-$]+$/;

/** Reads the fragment (with or without "#"); never throws, and reports what it cannot use. */
export function parseFragment(hash: string): ParsedFragment {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  if (body === '') return { data: null, ignored: [] };
  if (!body.startsWith('data=')) {
    return { data: null, ignored: [`unknown fragment ${quote(decodeComponent(body).text)}`] };
  }
  const data = body.slice('data='.length);
  if (data.length > LINK_DATA_LIMIT) {
    return {
      data: null,
      ignored: [
        `the data carried in this link is too long (${data.length} characters; at most ${LINK_DATA_LIMIT}); ignored it`,
      ],
    };
  }
  if (!LINK_DATA_CHARS.test(data)) {
    return {
      data: null,
      ignored: [
        'the data carried in this link is damaged (characters a link never carries); ignored it',
      ],
    };
  }
  return { data, ignored: [] };
}

/** The fragment for data carried in the link ('' for none). */
export function serializeFragment(data: string | null): string {
  return data === null ? '' : `#data=${data}`;
}

/**
 * Splits the query into the first raw value of each known parameter, reporting unknown names,
 * repetitions and oversized values as it goes.
 */
function readParams(query: string, ignored: string[]): Map<Param, string> {
  const values = new Map<Param, string>();
  const seen = new Set<Param>();
  const body = query.startsWith('?') ? query.slice(1) : query;
  for (const segment of body.split('&')) {
    if (segment === '') continue;
    const equals = segment.indexOf('=');
    const rawName = equals < 0 ? segment : segment.slice(0, equals);
    const rawValue = equals < 0 ? '' : segment.slice(equals + 1);
    const name = decodeComponent(rawName).text;
    if (!isParam(name)) {
      ignored.push(`unknown parameter ${quote(name)}`);
    } else if (seen.has(name)) {
      ignored.push(
        `repeated parameter "${name}"; ignored the value ${quote(decodeComponent(rawValue).text)}`,
      );
    } else {
      seen.add(name);
      // The search text is exempt: it is shortened instead, so a long search still opens.
      if (rawValue.length > MAX_VALUE_LENGTH && name !== 'q') {
        ignored.push(`value of "${name}" is too long (${rawValue.length} characters); ignored it`);
      } else {
        values.set(name, rawValue);
      }
    }
  }
  return values;
}

function readVersion(version: string | undefined): string | null {
  if (version === undefined) return null;
  if (/^\d+$/.test(version)) {
    const digits = version.replace(/^0+/, '');
    if (digits === String(URL_VERSION)) return null;
    // Compares by length first: a long digit string is beyond Number's exact range.
    const isNewer =
      digits.length > String(URL_VERSION).length ||
      (digits.length === String(URL_VERSION).length && digits > String(URL_VERSION));
    if (isNewer) {
      return `link version ${shorten(digits)} is newer than this app (${URL_VERSION}); read as version ${URL_VERSION}`;
    }
  }
  return `unrecognised link version ${quote(version)}; read as version ${URL_VERSION}`;
}

function readList<T extends string>(
  value: string,
  universe: readonly T[] | ((id: string) => boolean),
  param: Param,
  noun: string,
  notes: string[],
): T[] {
  const known = typeof universe === 'function' ? null : new Set<string>(universe);
  const picked = new Set<string>();
  const unknown = new Set<string>();
  for (const item of value.split(',')) {
    const id = item.trim();
    // Empty items come from stray commas ("hide=ACCUSE,"), which lose nothing.
    if (id === '') continue;
    if (known ? known.has(id) : (universe as (id: string) => boolean)(id)) picked.add(id);
    else if (!unknown.has(id)) {
      unknown.add(id);
      notes.push(`unknown ${noun} ${quote(id)} in "${param}"`);
    }
  }
  if (typeof universe === 'function') return [...picked] as T[];
  return universe.filter((id) => picked.has(id));
}

function readId(
  value: string,
  param: Param,
  noun: 'actor' | 'relation',
  known: ReadonlySet<string> | undefined,
  notes: string[],
): string | null {
  if (!SLUG.test(value)) {
    notes.push(`invalid ${noun} id ${quote(value)} in "${param}"`);
    return null;
  }
  if (known !== undefined && !known.has(value)) {
    notes.push(`unknown ${noun} ${quote(value)} in "${param}"`);
    return null;
  }
  return value;
}

function readFocus(
  focus: string | undefined,
  depth: string | undefined,
  ids: DatasetIds | undefined,
  notes: string[],
): Focus | null {
  const actor = focus === undefined ? null : readId(focus, 'focus', 'actor', ids?.actorIds, notes);
  if (actor === null) {
    if (depth !== undefined) notes.push('ignored "depth" because there is no "focus"');
    return null;
  }
  if (depth === undefined) return { actor, depth: 1 };
  const known = FOCUS_DEPTHS.find((candidate) => String(candidate) === depth);
  if (known === undefined) {
    notes.push(`invalid depth ${quote(depth)} in "depth"; used 1`);
    return { actor, depth: 1 };
  }
  return { actor, depth: known };
}

function readSelection(
  actor: string | undefined,
  relation: string | undefined,
  ids: DatasetIds | undefined,
  notes: string[],
): Selection | null {
  if (actor !== undefined) {
    if (relation !== undefined) notes.push('ignored "relation" because "actor" is also given');
    const id = readId(actor, 'actor', 'actor', ids?.actorIds, notes);
    return id === null ? null : { kind: 'actor', id };
  }
  if (relation !== undefined) {
    const id = readId(relation, 'relation', 'relation', ids?.relationIds, notes);
    return id === null ? null : { kind: 'relation', id };
  }
  return null;
}

/** Why a range cannot be used (a day that is not one, ends the wrong way round); null when it can. */
function timeRangeProblem(range: TimeRange): string | null {
  for (const end of ['from', 'to'] as const) {
    if (!isDay(range[end])) {
      return `invalid date ${quote(range[end])} in "${end}"; expected a day written YYYY-MM-DD; ignored the time range`;
    }
  }
  if (range.from > range.to) {
    return `"from" ${range.from} is after "to" ${range.to}; ignored the time range`;
  }
  return null;
}

/**
 * The time range of a link: both ends or none. A range the data does not reach is kept (the
 * reader may be waiting for newer data, or chose an empty month on purpose) but said; a range on
 * data without dates would do nothing, so it is dropped.
 */
function readTimeRange(
  from: string | undefined,
  to: string | undefined,
  span: TimeRange | null | undefined,
  notes: string[],
): TimeRange | null {
  if (from === undefined && to === undefined) return null;
  if (from === undefined || to === undefined) {
    notes.push(`ignored the time range because "${from === undefined ? 'from' : 'to'}" is missing`);
    return null;
  }
  const range = { from, to };
  const problem = timeRangeProblem(range);
  if (problem !== null) {
    notes.push(problem);
    return null;
  }
  if (span === null) {
    notes.push('ignored the time range because this data has no dates');
    return null;
  }
  if (span !== undefined && !rangesOverlap(range, span)) {
    notes.push(
      `the time range ${from} to ${to} lies outside the data (${span.from} to ${span.to}); only undated relations are shown`,
    );
  }
  return range;
}

function readCamera(
  zoom: string | undefined,
  x: string | undefined,
  y: string | undefined,
  notes: string[],
): Camera | null {
  const given = { zoom, x, y };
  const present = (Object.keys(given) as (keyof Camera)[]).filter(
    (key) => given[key] !== undefined,
  );
  if (present.length === 0) return null;
  if (zoom === undefined || x === undefined || y === undefined) {
    const missing = (['zoom', 'x', 'y'] as const).filter((key) => given[key] === undefined);
    const names = missing.map((key) => `"${key}"`).join(' and ');
    notes.push(
      `ignored the camera because ${names} ${missing.length === 1 ? 'is' : 'are'} missing`,
    );
    return null;
  }
  const numbers = { zoom, x, y };
  const invalid = present.filter((key) => !DECIMAL.test(numbers[key]));
  if (invalid.length > 0) {
    for (const key of invalid) {
      notes.push(`invalid number ${quote(numbers[key])} in "${key}"; ignored the camera`);
    }
    return null;
  }
  const camera = roundCamera({ zoom: Number(zoom), x: Number(x), y: Number(y) });
  const problems = cameraProblems(camera);
  notes.push(...problems);
  return problems.length === 0 ? camera : null;
}

// The precision a link keeps: finer steps are invisible and would only lengthen the link.
function cameraProblems(camera: Camera): string[] {
  const problems: string[] = [];
  // Written as negated ranges so NaN fails them too.
  if (!(camera.zoom >= MIN_ZOOM && camera.zoom <= MAX_ZOOM)) {
    problems.push(`zoom ${camera.zoom} is outside ${MIN_ZOOM} to ${MAX_ZOOM}; ignored the camera`);
  }
  for (const axis of ['x', 'y'] as const) {
    if (!(Math.abs(camera[axis]) <= MAX_PAN)) {
      problems.push(`${axis} ${camera[axis]} is outside ±${MAX_PAN}; ignored the camera`);
    }
  }
  return problems;
}

/**
 * Whether a link carries the search text whole: at most URL_QUERY_MAX_CHARS code points and
 * URL_QUERY_MAX_ENCODED characters once percent-encoded (66 Chinese characters, 100 accented
 * ones, 200 plain ones). The text box and the link measure with this one rule, so the text a
 * user sees is always the text the link reopens.
 */
export function fitsInLink(text: string): boolean {
  const safe = wellFormed(text);
  return (
    codePoints(safe).length <= URL_QUERY_MAX_CHARS &&
    encodeValue(safe).length <= URL_QUERY_MAX_ENCODED
  );
}

/** The longest start of the text, in whole code points, that a link carries whole. */
export function fitQueryToLink(text: string): string {
  const points = codePoints(wellFormed(text));
  let kept = 0;
  let encoded = 0;
  for (const point of points.slice(0, URL_QUERY_MAX_CHARS)) {
    encoded += encodeValue(point).length;
    if (encoded > URL_QUERY_MAX_ENCODED) break;
    kept += 1;
  }
  return points.slice(0, kept).join('');
}

/**
 * Trims the search text and shortens it to what a link may carry. `cutFrom` is the length in
 * code points before shortening, or null when nothing was cut.
 */
function capQuery(text: string): { query: string; cutFrom: number | null } {
  const trimmed = wellFormed(text).trim();
  if (fitsInLink(trimmed)) return { query: trimmed, cutFrom: null };
  // Cutting can expose inner whitespace at the new end.
  return { query: fitQueryToLink(trimmed).trimEnd(), cutFrom: codePoints(trimmed).length };
}

/** Percent-encodes a value, leaving commas readable since they only separate list items. */
function encodeValue(value: string): string {
  return encodeURIComponent(wellFormed(value)).replace(/%2C/g, ',');
}

/**
 * Decodes a form-encoded component. Malformed percent sequences do not throw: they are decoded
 * the way URLSearchParams does it (a stray "%" stays, bad UTF-8 becomes U+FFFD) and flagged.
 */
function decodeComponent(raw: string): { text: string; malformed: boolean } {
  const spaced = raw.replace(/\+/g, ' ');
  try {
    return { text: wellFormed(decodeURIComponent(spaced)), malformed: false };
  } catch {
    return { text: lenientDecode(spaced), malformed: true };
  }
}

function lenientDecode(text: string): string {
  const bytes = new TextEncoder().encode(text);
  const out = new Uint8Array(bytes.length);
  let length = 0;
  for (let index = 0; index < bytes.length; index += 1) {
    const byte = bytes[index] as number;
    const high = hexValue(bytes[index + 1]);
    const low = hexValue(bytes[index + 2]);
    if (byte === 0x25 && high >= 0 && low >= 0) {
      out[length] = high * 16 + low;
      index += 2;
    } else {
      out[length] = byte;
    }
    length += 1;
  }
  return new TextDecoder().decode(out.subarray(0, length));
}

function hexValue(byte: number | undefined): number {
  if (byte === undefined) return -1;
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  if (byte >= 0x41 && byte <= 0x46) return byte - 0x41 + 10;
  if (byte >= 0x61 && byte <= 0x66) return byte - 0x61 + 10;
  return -1;
}

// encodeURIComponent throws on lone surrogates, and they cannot be shown anyway.
function wellFormed(text: string): string {
  return text.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  );
}

function codePoints(text: string): string[] {
  return Array.from(text);
}

function shorten(text: string): string {
  const points = codePoints(text);
  return points.length > 40 ? `${points.slice(0, 40).join('')}…` : text;
}

// JSON quoting makes spaces, control characters and empty values visible in a message.
function quote(text: string): string {
  return JSON.stringify(shorten(text));
}
