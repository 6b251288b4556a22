/** The shipped dataset's files, read from disk, for tests that start from real data. */
import { readFileSync } from 'node:fs';

import type { Dataset } from '../../src/domain/dataset';
import { validateDataset } from '../../src/domain/validate';

export const DATASET_FOLDER = 'data/russia-ukraine-talks';
export const graphText = readFileSync(`${DATASET_FOLDER}/graph.json`, 'utf8');
export const articleText = readFileSync(`${DATASET_FOLDER}/article.txt`, 'utf8');

/** A fresh, mutable copy of the raw graph.json, to break on purpose. */
export function rawGraph(): Record<string, unknown> & {
  actors: Record<string, unknown>[];
  relations: (Record<string, unknown> & { evidence: { quote: unknown }[] })[];
} {
  return JSON.parse(graphText);
}

/** The validated shipped dataset. */
export function realDataset(): Dataset {
  const result = validateDataset({ graphText, articleText });
  if (!result.ok) throw new Error(`shipped dataset is invalid: ${JSON.stringify(result.problems)}`);
  return result.dataset;
}
