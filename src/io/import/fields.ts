/**
 * The vocabulary shared by every reader: which of a file's property names mean a label, a type,
 * a date…, and how a file's values become the text, numbers and flags of the raw graph.
 */
import { httpAddress } from '../../domain/link/httpAddress';
import { MAX_ATTRIBUTES, MAX_FIELD_LENGTH } from './limits';
import type { ProblemLog } from './report';
import { quote } from './report';
import type { AttributeValue, Attributes, Where } from './types';

/** A property or column name compared loosely: `Source URL` = `source_url` = `SourceURL`. */
export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[\s_\-.]+/g, '');
}

/** Names (normalised) that carry a node's fields, in order of preference. */
export const NODE_FIELDS = {
  id: ['id', 'key'],
  label: ['label', 'name', 'title'],
  kind: ['kind', 'type', 'category'],
  description: ['description'],
  color: ['color', 'colour'],
} as const;

/** Names (normalised) that carry an edge's fields, in order of preference. */
export const EDGE_FIELDS = {
  id: ['id', 'key'],
  source: ['from', 'source'],
  target: ['to', 'target'],
  type: ['type', 'kind', 'relationtype', 'relation', 'interaction'],
  direction: ['direction', 'directed'],
  label: ['label'],
  description: ['description'],
  date: ['date', 'when'],
  // The end of a date range (our own exports write it).
  until: ['until'],
  url: ['sourceurl', 'url', 'link'],
  weight: ['weight'],
  // Written by our own exports, so a round trip keeps what the article says of a relation.
  status: ['status'],
  allegedBy: ['allegedby', 'claimedby'],
} as const;

/** Quote columns: `Quote`, `Evidence`, `Quote 2`, `evidence_3`… */
export function isQuoteName(name: string): boolean {
  return /^(quote|evidence)\d*$/.test(normaliseName(name));
}

/** Finds, in a list of names, the index of the first one matching a field's names. */
export function findName(names: readonly string[], wanted: readonly string[]): number {
  const normalised = names.map(normaliseName);
  for (const name of wanted) {
    const index = normalised.indexOf(name);
    if (index !== -1) return index;
  }
  return -1;
}

/** An empty attribute map. */
export function newAttributes(): Attributes {
  return new Map();
}

/** Cuts text longer than the field limit, saying so; every text from a file goes through it. */
export function limitText(
  text: string,
  log: ProblemLog,
  where: Omit<Where, 'file'>,
  what: string,
): string {
  if (text.length <= MAX_FIELD_LENGTH) return text;
  log.add(
    where,
    `${what} is ${text.length.toLocaleString('en')} characters long; only the first ${MAX_FIELD_LENGTH.toLocaleString('en')} were kept.`,
    'repaired',
  );
  return text.slice(0, MAX_FIELD_LENGTH);
}

/**
 * A value from a JSON file as an attribute: text, a finite number or a flag as they are; lists
 * and objects as their JSON text (they are shown, not interpreted); nothing for null.
 */
export function toAttributeValue(value: unknown): AttributeValue | undefined {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (value === null || value === undefined) return undefined;
  try {
    return JSON.stringify(value);
  } catch {
    // Too deeply nested to write back out: not worth keeping as an attribute.
    return undefined;
  }
}

/** A value that names something (an id, a label): text as is, numbers as their digits. */
export function toText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return String(value);
  return undefined;
}

/** True for an absolute http(s) address: the only kind of link the app will ever show. */
export function isHttpUrl(value: string): boolean {
  const trimmed = value.trim();
  // A file's own text is a link only when written out in full, with "//" ("http:x" is not one).
  return /^https?:\/\//i.test(trimmed) && httpAddress(trimmed) !== null;
}

const DIRECTED = new Set(['directed', 'yes', 'true', '1', 'oneway', '→', '->', '-->', '=>', '>']);
const UNDIRECTED = new Set([
  'undirected',
  'mutual',
  'no',
  'false',
  '0',
  'twoway',
  'bidirectional',
  'both',
  '—',
  '–',
  '-',
  '--',
  '<->',
  '<-->',
  '↔',
]);

/** Reads a direction cell: true (directed), false (undirected), undefined (empty), or 'unknown'. */
export function parseDirection(value: string): boolean | undefined | 'unknown' {
  const word = value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '');
  if (word === '') return undefined;
  if (DIRECTED.has(word)) return true;
  if (UNDIRECTED.has(word)) return false;
  return 'unknown';
}

/** Reads a number written in a file; `1,5` (decimal comma) is read as 1.5. */
export function parseNumber(value: string): number | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  const number = Number(/^-?\d+,\d+$/.test(trimmed) ? trimmed.replace(',', '.') : trimmed);
  return Number.isFinite(number) ? number : undefined;
}

/**
 * Builds an element's attributes from its other properties, within the limits: values are cut
 * to the field length, and past the attribute limit the rest are skipped, said once.
 */
export function collectAttributes(
  entries: Iterable<readonly [string, unknown]>,
  log: ProblemLog,
  where: Omit<Where, 'file'>,
): Attributes {
  const attributes = newAttributes();
  let skipped = 0;
  for (const [name, raw] of entries) {
    const value = toAttributeValue(raw);
    if (value === undefined) {
      if (raw !== null && raw !== undefined) {
        log.add(
          where,
          `The value of ${quote(name)} is nested too deeply to keep; it was skipped.`,
          'skipped',
        );
      }
      continue;
    }
    if (attributes.size >= MAX_ATTRIBUTES && !attributes.has(name)) {
      skipped += 1;
      continue;
    }
    attributes.set(
      name,
      typeof value === 'string'
        ? limitText(value, log, where, `The value of ${quote(name)}`)
        : value,
    );
  }
  if (skipped > 0) {
    log.add(
      where,
      `${skipped} more attributes were skipped: an element keeps at most ${MAX_ATTRIBUTES}.`,
      'skipped',
    );
  }
  return attributes;
}

/**
 * A copy without the keys set to undefined, so the raw graph holds only what the file says.
 * (A copy rather than `delete`, which makes every element object slow.) Only for our own
 * objects: their keys are fixed field names, never a file's.
 */
export function dropUndefined<T extends object>(value: T): T {
  const copy: Partial<T> = {};
  for (const key of Object.keys(value) as (keyof T)[]) {
    if (value[key] !== undefined) copy[key] = value[key];
  }
  return copy as T;
}

/**
 * A colour as `#rrggbb`, from the forms graph files write (`#rgb`, `#rrggbb`, `rgb(…)`,
 * `rgba(…)`); undefined for anything else, so no text from a file reaches a style as written.
 */
export function hexColor(value: string): string | undefined {
  const text = value.trim().toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(text);
  if (short)
    return `#${short
      .slice(1)
      .map((digit) => digit + digit)
      .join('')}`;
  if (/^#[0-9a-f]{6}$/.test(text)) return text;
  const rgb = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*[\d.]+\s*)?\)$/.exec(
    text,
  );
  if (!rgb) return undefined;
  const channels = rgb.slice(1, 4).map(Number);
  if (channels.some((channel) => channel > 255)) return undefined;
  return `#${channels.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
}
