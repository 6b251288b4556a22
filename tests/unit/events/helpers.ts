/** Opening the committed event samples (and small texts) as a user's file would be opened. */
import { readFileSync } from 'node:fs';

import type { Relation } from '../../../src/domain/dataset';
import { openBytes } from '../../../src/io/open/openDataset';
import type { OpenResult } from '../../../src/io/open/types';

export const EVENTS = 'tests/fixtures/events';

export type Opened = Extract<OpenResult, { ok: true }>;

/** Opens bytes through the same pipeline as the Open dialog's worker; fails the test if refused. */
export async function openEvents(bytes: Uint8Array, name: string): Promise<Opened> {
  const result = await openBytes(bytes, name);
  if (!result.ok) throw new Error(`expected ${name} to open: ${JSON.stringify(result.problems)}`);
  return result;
}

export const openSample = (name: string) =>
  openEvents(new Uint8Array(readFileSync(`${EVENTS}/${name}`)), name);

export const openTextAs = (text: string, name: string) =>
  openEvents(new TextEncoder().encode(text), name);

/** The attribute of a relation or actor by name. */
export const attribute = (item: { attributes?: Relation['attributes'] }, name: string) =>
  item.attributes?.find((entry) => entry.name === name)?.value;

/** The report's lines as text, for matching. */
export const messages = (opened: { problems: { message: string }[] }) =>
  opened.problems.map((problem) => problem.message);
