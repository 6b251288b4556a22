/**
 * A dataset unlike the shipped one: its own relation types ("funds", "married to" without a
 * class, "lobbies" with one) and actor kind ("Person"), no article, source URLs as evidence,
 * weights, attributes, and positions for all actors but one.
 */
import { readFileSync } from 'node:fs';

import type { Dataset } from '../../src/domain/dataset';
import { validateDataset } from '../../src/domain/validate';

export const FUNDING_FILE = 'tests/fixtures/datasets/funding.graph.json';
export const fundingText = readFileSync(FUNDING_FILE, 'utf8');

/** The validated funding dataset, fresh on each call. */
export function fundingDataset(): Dataset {
  const result = validateDataset({ graphText: fundingText, graphFile: FUNDING_FILE });
  if (!result.ok) throw new Error(`funding fixture is invalid: ${JSON.stringify(result.problems)}`);
  return result.dataset;
}
