/**
 * What GEXF and GraphML share on the way through graphology's readers. The readers stop at the
 * first flaw (a duplicate id throws) and mix their own keys (label, color, x) with the file's
 * attributes in one plain object, where a `__proto__` attribute would vanish. So before a
 * reader sees the document we rewrite it: every element gets an id of ours, duplicates a
 * temporary one, and every attribute name a private prefix, so that after reading we can tell
 * the file's attributes from the reader's keys, and each element from where it stood.
 */
import type { AttributeValue, Attributes, Where } from './types';

/** The prefix marking the file's own attribute names; XML text can never contain it. */
export const MARK = '\u0000';

/** What the rewrite remembers of one node or edge element. */
export interface ElementInfo {
  /** The id the file gives it (edges: absent when it has none). */
  id: string | undefined;
  where: Where;
}

/** Casts a declared attribute's text to its declared type; a value that does not fit stays text. */
export function castValue(type: string, text: string): AttributeValue {
  switch (type.toLowerCase()) {
    case 'integer':
    case 'int':
    case 'long':
    case 'short':
    case 'byte':
    case 'float':
    case 'double':
    case 'bigdecimal':
    case 'biginteger': {
      const number = Number(text.trim());
      return text.trim() !== '' && Number.isFinite(number) ? number : text;
    }
    case 'boolean':
      if (/^\s*true\s*$/i.test(text)) return true;
      if (/^\s*false\s*$/i.test(text)) return false;
      return text;
    default:
      return text;
  }
}

/**
 * Splits what a reader produced into the file's attributes (prefixed names, cast to their
 * declared type) and the reader's own keys.
 */
export function splitAttributes(
  all: Record<string, unknown>,
  types: ReadonlyMap<string, string>,
): { own: Attributes; reader: Map<string, unknown> } {
  const own: Attributes = new Map();
  const reader = new Map<string, unknown>();
  for (const [key, value] of Object.entries(all)) {
    if (key.startsWith(MARK)) {
      const name = key.slice(MARK.length);
      if (value === null || value === undefined) continue;
      own.set(name, castValue(types.get(name) ?? 'string', String(value)));
    } else {
      reader.set(key, value);
    }
  }
  return { own, reader };
}

/** A finite number the reader produced, if any. */
export function finite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** A non-empty text the reader produced, if any. */
export function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * The keys graphology sees instead of the file's node ids. graphology keeps each node's
 * neighbours in plain objects keyed by node id, so an id like `__proto__` would corrupt it;
 * keys of ours (a private prefix and a number) cannot, and duplicates get keys of their own.
 */
export class NodeKeys {
  private readonly byId = new Map<string, string>();
  private readonly undeclared = new Map<string, string>();
  readonly info = new Map<string, ElementInfo>();

  /** The key for a node element; a repeated id gets a key of its own, merged back later. */
  declare(id: string, where: Where): string {
    const key = `${MARK}n${this.info.size}`;
    this.info.set(key, { id, where });
    if (!this.byId.has(id)) this.byId.set(id, key);
    return key;
  }

  /** The key for an edge's end: its node's, or one for an id no node declares. */
  reference(id: string): string {
    const known = this.byId.get(id);
    if (known !== undefined) return known;
    const key = `${MARK}u${id}`;
    this.undeclared.set(key, id);
    return key;
  }

  /** The file's id behind a key. */
  original(key: string): string {
    return this.info.get(key)?.id ?? this.undeclared.get(key) ?? key;
  }
}
