/**
 * The permalink codec: turns a view into a short query string a person can read and edit by
 * hand, and reads any query string back into a valid view. Links are pasted, cut off by chat
 * apps and edited by hand, so reading never fails: whatever cannot be used is left out and
 * reported in one readable line, and the rest of the link still opens.
 *
 * The parameters are `v` (the link format version), then the rows of LINK_PARAMETERS in
 * order; values equal to the defaults are left out.
 */
import type { LinkedData } from '../dataSource';
import type { ViewState } from '../view';
import { DATASET_PENDING, type DatasetIds, defaultViewOf, linkVocabularyOf } from './datasetIds';
import {
  DATA_PARAMETER,
  LINK_PARAMETERS,
  type LinkContent,
  type LinkContext,
  type LinkParameterName,
  type ParamValues,
} from './linkParameters';
import { quote, shorten } from './linkText';
import { decodeComponent, encodeValue } from './percentEncoding';
import { NO_PRESENTATION, type Presentation } from './presentation';

/**
 * The link format version.
 *
 * Reading rule: a link without `v` is read as version 1 (the format started there). A whole
 * number greater than URL_VERSION comes from a newer app; it is read as version 1 on a
 * best-effort basis and reported, since most of its parameters are likely still understood.
 * Any other value (0, "1.5", "abc") is reported and read as version 1 as well.
 */
export const URL_VERSION = 1;

type Param = 'v' | LinkParameterName;

/** Every parameter a link may hold, in the order they are written. */
export const URL_PARAMETERS: readonly Param[] = [
  'v',
  ...LINK_PARAMETERS.flatMap((parameter): readonly LinkParameterName[] => parameter.names),
];

function isParam(name: string): name is Param {
  return (URL_PARAMETERS as readonly string[]).includes(name);
}

// Far beyond any value this app writes; a longer one is junk, and would flood the messages.
const MAX_VALUE_LENGTH = 2000;

/** A parsed link: the view it opens, and one readable line per thing that was left out. */
export interface ParsedView {
  view: ViewState;
  ignored: string[];
  /** The data the link names instead of a shipped dataset; null for a shipped one. */
  linked: LinkedData | null;
  /** How the page shows the view: embedded, reviewing a draft. */
  presentation: Presentation;
}

/**
 * A query string split into the first raw value of each known parameter, with what its form
 * made unusable (unknown names, repetitions, oversized values). The view is read from it in a
 * second step (viewOfQuery), once the dataset it names is known.
 */
export interface LinkQuery {
  values: ReadonlyMap<Param, string>;
  ignored: readonly string[];
}

/** Splits a query string (with or without leading "?"); never throws. */
export function readQuery(query: string): LinkQuery {
  const values = new Map<Param, string>();
  const seen = new Set<Param>();
  const ignored: string[] = [];
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
  return { values, ignored };
}

/** The values of a split query, decoded when asked for; a malformed one is noted in `notes`. */
function valuesOf(query: LinkQuery, notes: string[]): ParamValues<Param> {
  const text = (name: Param): string | undefined => {
    const value = query.values.get(name);
    if (value === undefined) return undefined;
    const decoded = decodeComponent(value);
    if (decoded.malformed) {
      notes.push(`malformed percent-encoding in "${name}"; read it as ${quote(decoded.text)}`);
    }
    return decoded.text;
  };
  return { text, trimmed: (name) => text(name)?.trim(), notes };
}

/**
 * The data a query names (a shipped dataset's id, or data that is not built in), read ahead of
 * its view so the view can be read against that dataset's ids. Its notes come with the view's.
 */
export function dataOfQuery(
  query: LinkQuery,
  defaultDataset: string,
): { dataset: string; linked: LinkedData | null } {
  const context = contextOf(defaultDataset, DATASET_PENDING);
  const content = contentOf(context);
  DATA_PARAMETER.read(valuesOf(query, []), content, context);
  return { dataset: content.view.dataset, linked: content.linked };
}

/**
 * Reads the view of a split query; never throws. With `ids`, ids the dataset does not have
 * (actors, relations, types, kinds, layouts) are dropped and reported; without, actor and
 * relation ids are checked for their form only and types and kinds against ours; with
 * DATASET_PENDING, everything is checked for its form only.
 */
export function viewOfQuery(
  query: LinkQuery,
  defaultDataset: string,
  given?: DatasetIds | typeof DATASET_PENDING,
): ParsedView {
  const context = contextOf(defaultDataset, given);
  const notes: string[] = [];
  const values = valuesOf(query, notes);
  const versionNote = readVersion(values.trimmed('v'));
  const content = contentOf(context);
  for (const parameter of LINK_PARAMETERS) parameter.read(values, content, context);
  const ignored = [...query.ignored, ...notes];
  if (versionNote !== null) ignored.unshift(versionNote);
  return { ...content, ignored };
}

/** Parses a query string (with or without leading "?") into a valid view: see viewOfQuery. */
export function parseView(
  query: string,
  defaultDataset: string,
  given?: DatasetIds | typeof DATASET_PENDING,
): ParsedView {
  return viewOfQuery(readQuery(query), defaultDataset, given);
}

/**
 * Serialises a view to a query string WITHOUT leading "?" ('' for the default view of the default
 * dataset). `ids` (the open dataset's) orders its types and kinds and knows its default layout;
 * without them, our vocabulary and layouts. `linked` names data that is not built in; it then
 * replaces `dataset`. `presentation`: how the page shows the view (embedded, a draft).
 */
export function serializeView(
  view: ViewState,
  defaultDataset: string,
  ids?: DatasetIds,
  linked: LinkedData | null = null,
  presentation: Presentation = NO_PRESENTATION,
): string {
  const context: LinkContext = {
    ids,
    // Without the dataset's ids nothing is dropped: a view made before it loaded may hold its own.
    vocabulary: linkVocabularyOf(ids ?? DATASET_PENDING),
    defaults: defaultViewOf(defaultDataset, ids),
  };
  const parts: string[] = [];
  const put = (name: Param, value: string, encode = encodeValue): void => {
    parts.push(`${name}=${encode(value)}`);
  };
  for (const parameter of LINK_PARAMETERS) {
    parameter.write({ view, linked, presentation }, context, put);
  }
  return parts.length === 0 ? '' : [`v=${URL_VERSION}`, ...parts].join('&');
}

/** What a link says before it is read: its dataset's default view, nothing else. */
function contentOf(context: LinkContext): LinkContent {
  return { view: { ...context.defaults }, linked: null, presentation: { ...NO_PRESENTATION } };
}

function contextOf(
  defaultDataset: string,
  given: DatasetIds | typeof DATASET_PENDING | undefined,
): LinkContext {
  const ids = given === DATASET_PENDING ? undefined : given;
  return {
    ids,
    vocabulary: linkVocabularyOf(given),
    defaults: defaultViewOf(defaultDataset, ids),
  };
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
