/** Shared helpers for the import tests: fixtures by name, results that must have opened. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { expect } from 'vitest';

import { importBytes } from '../../../src/io/import/importFile';
import type { ImportProblem, ImportResult, RawGraph } from '../../../src/io/import/types';

export const FIXTURES = 'tests/fixtures/import';
export const HOSTILE = path.join(FIXTURES, 'hostile');

export function fixtureBytes(name: string, folder = FIXTURES): Uint8Array {
  return new Uint8Array(readFileSync(path.join(folder, name)));
}

export function fixtureText(name: string, folder = FIXTURES): string {
  return readFileSync(path.join(folder, name), 'utf8');
}

/** Imports a fixture through the whole pipeline, as the page will. */
export function importFixture(name: string, folder = FIXTURES): ImportResult {
  return importBytes(fixtureBytes(name, folder), name);
}

/** The graph of a result that must have opened. */
export function opened(result: ImportResult): RawGraph {
  if (!result.ok) throw new Error(`expected the file to open: ${JSON.stringify(result.problems)}`);
  return result.graph;
}

/** The one problem whose message matches, failing when there is none or several. */
export function problemMatching(result: ImportResult, pattern: RegExp): ImportProblem {
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
