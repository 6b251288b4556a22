/** What the JSON readers share: own-property access to parsed values, and small helpers. */
import { toText } from '../fields';
import type { ProblemLog } from '../report';
import type { ImportFormat, Where } from '../types';

export type JsonObject = Record<string, unknown>;

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An own property of a parsed object; inherited names (`toString`) are never read. */
export function own(object: JsonObject, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** An object's own properties, except the ones a reader has already used. */
export function rest(object: JsonObject, used: readonly string[]): [string, unknown][] {
  return Object.entries(object).filter(([key]) => !used.includes(key));
}

/** An own property as non-blank text (numbers as their digits), if it is one. */
export function ownText(object: JsonObject, key: string): string | undefined {
  const value = toText(own(object, key));
  return value === undefined || value.trim() === '' ? undefined : value;
}

/** An own property that is a list, or an empty list. */
export function ownList(object: JsonObject, key: string): unknown[] {
  const value = own(object, key);
  return Array.isArray(value) ? value : [];
}

/** Reports an element that was left out. */
export function skip(log: ProblemLog, where: Where, message: string): void {
  log.add(where, message, 'skipped');
}

/** The raw graph's fields other than its nodes and edges. */
export function header(format: ImportFormat, directedDefault: boolean, title: string | undefined) {
  return { format, directedDefault, ...(title ? { title } : {}) };
}
