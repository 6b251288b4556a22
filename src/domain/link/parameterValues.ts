/**
 * How a link's values are read: lists of ids, single ids, and the values that take several
 * parameters (a focus and its depth, a time range, a camera). Each reader notes what it cannot
 * use, one readable line each, and returns what it can.
 */
import type { LinkedData } from '../dataSource';
import { SLUG } from '../ids';
import type { Selection } from '../selection';
import { type TimeRange, isDay, rangesOverlap } from '../timeRange';
import { MAX_TOP_ACTORS, type TopActors, parseTopActors } from '../topActors';
import { type Camera, FOCUS_DEPTHS, type Focus, MAX_ZOOM, MIN_ZOOM, roundCamera } from '../view';
import type { DatasetIds } from './datasetIds';
import { httpAddress } from './httpAddress';
import { quote } from './linkText';

/** The key a file opened here is kept under in this browser: 16 hex digits of its SHA-256. */
export const DATA_KEY = /^[0-9a-f]{16}$/;

const MAX_PAN = 100_000;
// Plain decimals only: Number() would also take "", "0x1f", "1e3" and "Infinity".
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * The data `src` or `file` names: `src` (an http(s) address) wins over `file` (a storage key), as
 * the README states.
 */
export function readLinked(
  src: string | undefined,
  file: string | undefined,
  notes: string[],
): LinkedData | null {
  let linked: LinkedData | null = null;
  if (src !== undefined) {
    if (httpAddress(src) !== null) linked = { kind: 'url', url: src };
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

/**
 * One of the things a dataset offers (a layout, a look, a panel) that a link names: unknown when
 * it is not one, or when the dataset does not offer it. `offered`: every one when absent.
 */
export function readOffered<T extends string>(
  text: string | undefined,
  param: string,
  isKnown: (text: string) => text is T,
  offered: readonly T[] | undefined,
  notes: string[],
): T | undefined {
  if (text === undefined) return undefined;
  if (isKnown(text) && (!offered || offered.includes(text))) return text;
  notes.push(`unknown ${param} ${quote(text)} in "${param}"`);
  return undefined;
}

/** How many actors `top` asks to draw: "all" or a whole number; anything else is noted. */
export function readTopActors(text: string | undefined, notes: string[]): TopActors | undefined {
  if (text === undefined) return undefined;
  const top = parseTopActors(text);
  if (top !== null) return top;
  notes.push(
    `invalid number of actors ${quote(text)} in "top"; expected 1 to ${MAX_TOP_ACTORS} or all`,
  );
  return undefined;
}

/** `list` in the order of `universe`; ids a well-formedness check admits follow, ours first. */
export function ordered<T extends string>(
  list: readonly T[],
  universe: readonly T[] | ((id: string) => boolean),
  builtIn: readonly T[],
): T[] {
  const wanted = new Set(list);
  if (typeof universe !== 'function') return universe.filter((id) => wanted.has(id));
  const ours = builtIn.filter((id) => wanted.has(id));
  const rest = [...wanted].filter((id) => universe(id) && !ours.includes(id));
  return [...ours, ...rest];
}

/** The ids of a comma-separated list that `universe` admits, in its order, once each. */
export function readList<T extends string>(
  value: string,
  universe: readonly T[] | ((id: string) => boolean),
  param: string,
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
  param: string,
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

/** The focus of `focus` and `depth`: no depth without an actor, depth 1 unless said. */
export function readFocus(
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

/** The selection of `actor` or `relation`; an actor wins when both are given. */
export function readSelection(
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

/** Why a range cannot be used (a day that is not one, ends in the wrong order); null if it can. */
export function timeRangeProblem(range: TimeRange): string | null {
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
export function readTimeRange(
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

/** The camera of `zoom`, `x` and `y`: all three, plain decimals, within bounds; or none. */
export function readCamera(
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

/** Why a rounded camera cannot be used (zoomed or panned out of bounds); empty when it can. */
export function cameraProblems(camera: Camera): string[] {
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
