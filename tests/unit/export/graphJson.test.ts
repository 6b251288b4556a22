import { describe, expect, it } from 'vitest';

import { validateDataset } from '../../../src/domain/validate';
import { exportGraphJson } from '../../../src/io/export/graphJson';
import { realDataset } from '../realDataset';
import { AWKWARD, datasetOf } from './fixtures';

function reopen(text: string) {
  const result = validateDataset({ graphText: text });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.dataset;
}

describe('exportGraphJson', () => {
  it('opens again as the same shipped dataset, its article inline', () => {
    const dataset = realDataset();
    const text = exportGraphJson(dataset);
    expect(JSON.parse(text).article).toBe(dataset.article);
    expect(reopen(text)).toEqual(dataset);
  });

  it('keeps the current positions', () => {
    const dataset = realDataset();
    const positions = new Map(
      dataset.actors.map((actor, index) => [actor.id, { x: index * 10.25, y: 5 - index * 3.5 }]),
    );
    const reopened = reopen(exportGraphJson(dataset, { positions }));
    expect(reopened).toEqual({
      ...dataset,
      actors: dataset.actors.map((actor, index) => ({
        ...actor,
        position: { x: index * 10.25, y: 5 - index * 3.5 },
      })),
    });
  });

  it('declares the dataset’s own types and kinds and keeps every field', () => {
    const dataset = datasetOf(AWKWARD);
    const text = exportGraphJson(dataset);
    const file = JSON.parse(text);
    expect(file.types.map((type: { id: string }) => type.id)).toEqual(['married-to', 'funds']);
    expect(file.kinds).toEqual([
      { id: 'football-club', label: 'Football club', description: 'A club.' },
    ]);
    expect(file.types[1]).toMatchObject({ active: 'bankrolls', passive: 'is bankrolled by' });
    // Defaults stay defaults: nothing is written that the reader would make up again.
    expect(file.types[0]).toEqual({ id: 'married-to', label: 'Married to', class: 'structural' });
    expect(reopen(text)).toEqual(dataset);
  });

  it('rounds positions to hundredths', () => {
    const dataset = datasetOf(AWKWARD);
    const positions = new Map([['zoe', { x: 1 / 3, y: 2.005000001 }]]);
    const file = JSON.parse(exportGraphJson(dataset, { positions }));
    expect(file.actors[0].position).toEqual({ x: 0.33, y: 2.01 });
    expect(file.actors[1].position).toBeUndefined();
  });
});
