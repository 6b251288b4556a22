import { existsSync, readFileSync, readdirSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { validateDataset } from '../../src/domain/validate';
import { shippedPositionsOf } from '../../src/graph/headlessLayouts';
import { adoptShippedPositions, computePositions } from '../../src/graph/layouts';
import { realDataset } from './realDataset';

const folders = readdirSync('data').filter((name) => existsSync(`data/${name}/graph.json`));

describe('the positions shipped with each dataset', () => {
  it.each(folders)(
    'are what the layout gives %s today (else run npm run positions)',
    async (name) => {
      const file = `data/${name}/positions.json`;
      expect(existsSync(file)).toBe(true);
      const result = validateDataset({
        graphText: readFileSync(`data/${name}/graph.json`, 'utf8'),
        articleText: readFileSync(`data/${name}/article.txt`, 'utf8'),
      });
      if (!result.ok) throw new Error(`data/${name} is not valid`);
      const shipped: unknown = JSON.parse(readFileSync(file, 'utf8'));
      expect(shipped).toEqual(await shippedPositionsOf(result.dataset));
    },
  );

  it('are the positions the dataset opens with', async () => {
    const dataset = realDataset();
    const shipped = {
      fcose: { ...Object.fromEntries(dataset.actors.map((a, i) => [a.id, [i, -i]])) },
    };
    adoptShippedPositions(dataset, shipped);
    const { positions } = await computePositions(dataset, 'fcose');
    expect(positions.get(dataset.actors[2]!.id)).toEqual({ x: 2, y: -2 });
  });

  it('are ignored when they do not place exactly the dataset’s actors', async () => {
    const dataset = realDataset();
    const [first, ...rest] = dataset.actors;
    const shipped = { fcose: Object.fromEntries(rest.map((a) => [a.id, [1, 1]])) };
    adoptShippedPositions(dataset, shipped);
    const { positions } = await computePositions(dataset, 'fcose');
    expect(positions.get(first!.id)).toBeDefined();
    expect(new Set([...positions.values()].map((p) => `${p.x},${p.y}`)).size).toBe(
      dataset.actors.length,
    );
  });
});
