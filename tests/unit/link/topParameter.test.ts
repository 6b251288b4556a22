import { describe, expect, it } from 'vitest';

import { generateActorGraph } from '../../../scripts/generate/actorGraph';
import type { Dataset } from '../../../src/domain/dataset';
import { type DatasetIds, datasetIds, defaultViewOf } from '../../../src/domain/link/datasetIds';
import { parseView, serializeView } from '../../../src/domain/link/viewQuery';
import { BUILT_IN_VOCABULARY } from '../../../src/domain/vocabulary';
import { DATASET, REAL_IDS, assertValidView, dataset, view } from './linkTestKit';

/** The ids of a generated graph large enough to open on its most connected actors. */
const LARGE_IDS: DatasetIds = datasetIds({
  ...generateActorGraph({ relations: 3000, seed: 1 }).graph,
  vocabulary: BUILT_IN_VOCABULARY,
} as unknown as Dataset);

describe('the actors drawn in the link (`top`)', () => {
  it('leaves it out for the dataset default: all for the article, 150 for a large graph', () => {
    expect(datasetIds(dataset).top).toBe('all');
    expect(LARGE_IDS.top).toBe(150);
    expect(parseView('', DATASET, REAL_IDS).view.top).toBe('all');
    expect(parseView('', DATASET, LARGE_IDS).view.top).toBe(150);
    expect(serializeView(view({ top: 'all' }), DATASET, REAL_IDS)).toBe('');
    const large = defaultViewOf(DATASET, LARGE_IDS);
    expect(large.top).toBe(150);
    expect(serializeView(large, DATASET, LARGE_IDS)).toBe('');
    expect(serializeView({ ...large, top: 'all' }, DATASET, LARGE_IDS)).toBe('v=1&top=all');
  });

  it('writes a choice other than the default, after the look and before the camera, and reads it back', () => {
    const cases = [
      { top: 'all' as const, ids: LARGE_IDS, link: 'v=1&layout=grid&top=all&zoom=0.5&x=1&y=2' },
      { top: 50, ids: LARGE_IDS, link: 'v=1&layout=grid&top=50&zoom=0.5&x=1&y=2' },
      { top: 150, ids: REAL_IDS, link: 'v=1&layout=grid&top=150&zoom=0.5&x=1&y=2' },
    ];
    for (const { top, ids, link } of cases) {
      const shown = view({ layout: 'grid', top, camera: { zoom: 0.5, x: 1, y: 2 } });
      expect(serializeView(shown, DATASET, ids)).toBe(link);
      const parsed = parseView(link, DATASET, ids);
      expect(parsed.ignored).toEqual([]);
      expect(parsed.view.top).toBe(top);
      expect(serializeView(parsed.view, DATASET, ids)).toBe(link);
    }
  });

  it('reads a number it trims, and a number the control does not offer', () => {
    expect(parseView('top=%20300%20', DATASET, LARGE_IDS).view.top).toBe(300);
    expect(parseView('top=0042', DATASET, LARGE_IDS).view.top).toBe(42);
    expect(parseView('top=1000000', DATASET).view.top).toBe(1_000_000);
  });

  it('notes a bad value and falls back to the default, the rest of the link still read', () => {
    for (const bad of ['0', '-5', '1.5', 'abc', 'ALL', '', '1e3', '1000001', '99999999999']) {
      for (const ids of [LARGE_IDS, REAL_IDS, undefined]) {
        const parsed = parseView(`top=${encodeURIComponent(bad)}&panel=table`, DATASET, ids);
        assertValidView(parsed.view);
        expect(parsed.view.top).toBe(ids?.top ?? 'all');
        expect(parsed.view.panel).toBe('table');
        expect(parsed.ignored).toEqual([
          `invalid number of actors ${JSON.stringify(bad)} in "top"; expected 1 to 1000000 or all`,
        ]);
      }
    }
  });

  it('reads a link made while the dataset loaded against its ids once it has', () => {
    // The page reads the link before the data is there, and again once it is (adoptDataset).
    expect(parseView('src=https://example.org/g.json', DATASET, 'pending').view.top).toBe('all');
    expect(parseView('src=https://example.org/g.json', DATASET, LARGE_IDS).view.top).toBe(150);
  });
});
