/** The timeline fixture: fictional coded events from January to April 2025, validated as the app would. */
import { readFileSync } from 'node:fs';

import type { Dataset } from '../../src/domain/dataset';
import { validateDataset } from '../../src/domain/validate';

export const TIMELINE_FILE = 'tests/fixtures/datasets/timeline.graph.json';
export const timelineText = readFileSync(TIMELINE_FILE, 'utf8');

/** The validated timeline dataset, fresh on each call. */
export function timelineDataset(): Dataset {
  const result = validateDataset({ graphText: timelineText, graphFile: TIMELINE_FILE });
  if (!result.ok)
    throw new Error(`timeline fixture is invalid: ${JSON.stringify(result.problems)}`);
  return result.dataset;
}
