import { describe, expect, it } from 'vitest';

import { generateActorGraph } from '../../scripts/generate/actorGraph';
import type { Dataset } from '../../src/domain/dataset';
import { validateDataset } from '../../src/domain/validate';
import { headlessLayout } from '../../src/graph/headlessLayouts';
import { type PlainLayoutName, plainPositions } from '../../src/graph/plainLayouts';
import { realDataset } from './realDataset';

function generated(relations: number): Dataset {
  const { graph, article } = generateActorGraph({ relations, seed: 3 });
  const result = validateDataset({ graphText: JSON.stringify(graph), articleText: article });
  if (!result.ok) throw new Error(result.problems[0]?.message);
  return result.dataset;
}

const LAYOUTS: PlainLayoutName[] = ['concentric', 'circle', 'grid'];
const DATASETS: [string, () => Dataset][] = [
  ['the article', realDataset],
  ['a generated graph of 1,500 relations', () => generated(1500)],
  [
    'one actor',
    () => ({ ...realDataset(), actors: realDataset().actors.slice(0, 1), relations: [] }),
  ],
];

describe('the layouts computed in plain code', () => {
  for (const [what, dataset] of DATASETS) {
    it.each(LAYOUTS)(`put every actor of ${what} where cytoscape's own %s layout does`, (name) => {
      const data = dataset();
      const expected = headlessLayout(data, name).positions;
      const actual = plainPositions(data, name);
      expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
      for (const [id, point] of expected) {
        expect(actual.get(id)?.x).toBeCloseTo(point.x, 6);
        expect(actual.get(id)?.y).toBeCloseTo(point.y, 6);
      }
    });
  }
});
