/**
 * Shared helpers for the import tests: fixtures by name, opened as the page opens them
 * (openBytes) or read to the raw graph a format's reader makes, and results that must have opened.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { expect } from 'vitest';

import { importSniffed } from '../../../src/io/import/formats/importSniffed';
import { sniffFormat } from '../../../src/io/import/formats/sniff';
import { decodeBytes } from '../../../src/io/import/text/decode';
import type { ImportProblem, ImportResult, RawGraph } from '../../../src/io/import/types';
import { openBytes } from '../../../src/io/open/openDataset';
import type { OpenResult } from '../../../src/io/open/types';

export const FIXTURES = 'tests/fixtures/import';
export const HOSTILE = path.join(FIXTURES, 'hostile');

export function fixtureBytes(name: string, folder = FIXTURES): Uint8Array {
  return new Uint8Array(readFileSync(path.join(folder, name)));
}

export function fixtureText(name: string, folder = FIXTURES): string {
  return readFileSync(path.join(folder, name), 'utf8');
}

/** Opens a fixture as the page does: to a dataset and its report. */
export function openFixture(name: string, folder = FIXTURES): Promise<OpenResult> {
  return openBytes(fixtureBytes(name, folder), name);
}

/**
 * Reads bytes as openBytes does before it normalises (decode, sniff, the format's reader), for
 * the tests of the raw graph a reader makes.
 */
export function readBytes(bytes: Uint8Array, fileName: string): ImportResult {
  const decoded = decodeBytes(bytes, fileName);
  if (!decoded.ok) return decoded;
  const sniffed = sniffFormat(decoded.text, fileName);
  const read = sniffed.ok
    ? importSniffed(decoded.text, sniffed, fileName)
    : { ok: false as const, problems: sniffed.problems };
  return { ...read, problems: [...decoded.problems, ...read.problems] };
}

/** A text read to its raw graph, as readBytes reads its bytes. */
export function readText(text: string, fileName: string): ImportResult {
  return readBytes(new TextEncoder().encode(text), fileName);
}

/** A fixture read to its raw graph (see readBytes). */
export function readFixture(name: string, folder = FIXTURES): ImportResult {
  return readBytes(fixtureBytes(name, folder), name);
}

/** The graph of a result that must have opened. */
export function opened(result: ImportResult): RawGraph {
  if (!result.ok) throw new Error(`expected the file to open: ${JSON.stringify(result.problems)}`);
  return result.graph;
}

/** The one problem whose message matches, failing when there is none or several. */
export function problemMatching(
  result: { problems: readonly ImportProblem[] },
  pattern: RegExp,
): ImportProblem {
  const found = result.problems.filter((problem) => pattern.test(problem.message));
  expect(
    found,
    `problems matching ${pattern}: ${JSON.stringify(result.problems, null, 1)}`,
  ).toHaveLength(1);
  return found[0] as ImportProblem;
}

export function nodeById(graph: RawGraph, id: string) {
  const node = graph.nodes.find((candidate) => candidate.id === id);
  if (!node)
    throw new Error(`no node ${id}; nodes: ${graph.nodes.map((one) => one.id).join(', ')}`);
  return node;
}

export function labels(graph: RawGraph): string[] {
  return graph.nodes.map((node) => node.label ?? node.id);
}
