import { describe, expect, it } from 'vitest';

import { LAYOUTS } from '../../../src/domain/layoutIds';
import {
  DATASET_PENDING,
  type DatasetIds,
  defaultViewOf,
} from '../../../src/domain/link/datasetIds';
import { MAX_LAYOUT_ITERATIONS } from '../../../src/domain/link/layoutIterations';
import { parseView, serializeView } from '../../../src/domain/link/viewQuery';
import { setLayout, setLayoutIterations } from '../../../src/domain/view';
import { DATASET, REAL_IDS, assertValidView, view } from './linkTestKit';

/** A dataset too big for fcose: it opens in ForceAtlas2. */
const LARGE_IDS: DatasetIds = {
  ...REAL_IDS,
  layouts: [
    'forceatlas2',
    ...LAYOUTS.map((layout) => layout.id).filter((id) => id !== 'forceatlas2' && id !== 'preset'),
  ],
};

describe('the steps of a stopped ForceAtlas2 run in the link (`fa2`)', () => {
  it('is left out of an unstopped run, and names the steps of a stopped one', () => {
    const opened = defaultViewOf(DATASET, LARGE_IDS);
    expect(opened.layout).toBe('forceatlas2');
    expect(serializeView(opened, DATASET, LARGE_IDS)).toBe('');
    const stopped = setLayoutIterations(140)(opened);
    const link = serializeView(stopped, DATASET, LARGE_IDS);
    expect(link).toBe('v=1&fa2=140');
    const parsed = parseView(link, DATASET, LARGE_IDS);
    expect(parsed.ignored).toEqual([]);
    expect(parsed.view).toEqual(stopped);
  });

  it('round-trips where ForceAtlas2 is not the default layout, after the layout', () => {
    const stopped = view({ layout: 'forceatlas2', layoutIterations: 30, look: 'file' });
    const link = serializeView(stopped, DATASET, REAL_IDS);
    expect(link).toBe('v=1&layout=forceatlas2&fa2=30&look=file');
    expect(parseView(link, DATASET, REAL_IDS).view).toEqual(stopped);
  });

  it('is dropped, with a note, for any other layout once the dataset is known', () => {
    const parsed = parseView('v=1&layout=concentric&fa2=30', DATASET, LARGE_IDS);
    expect(parsed.view.layout).toBe('concentric');
    expect(parsed.view.layoutIterations).toBeNull();
    expect(parsed.ignored).toEqual(['ignored "fa2" because the layout is not ForceAtlas2']);
    assertValidView(parsed.view, LARGE_IDS);
  });

  it('is kept while the dataset loads, when its default layout is not known yet', () => {
    const pending = parseView('v=1&fa2=30', DATASET, DATASET_PENDING);
    expect(pending.ignored).toEqual([]);
    expect(pending.view.layoutIterations).toBe(30);
    expect(parseView('v=1&fa2=30', DATASET, LARGE_IDS).view.layoutIterations).toBe(30);
  });

  it('refuses what is not a count of steps, and notes it', () => {
    for (const text of ['0', '-5', '12.5', '1e3', 'abc', '', String(MAX_LAYOUT_ITERATIONS + 1)]) {
      const parsed = parseView(`v=1&fa2=${text}`, DATASET, LARGE_IDS);
      expect(parsed.view.layoutIterations).toBeNull();
      expect(parsed.ignored).toEqual([
        `invalid number of steps ${JSON.stringify(text)} in "fa2"; expected 1 to ${MAX_LAYOUT_ITERATIONS}`,
      ]);
    }
    expect(
      parseView(`v=1&fa2=${MAX_LAYOUT_ITERATIONS}`, DATASET, LARGE_IDS).view.layoutIterations,
    ).toBe(MAX_LAYOUT_ITERATIONS);
  });

  it('is forgotten when another layout is chosen, and when ForceAtlas2 is chosen again', () => {
    const stopped = setLayoutIterations(50)(defaultViewOf(DATASET, LARGE_IDS));
    expect(setLayout('fcose')(stopped).layoutIterations).toBeNull();
    expect(setLayout('forceatlas2')(stopped).layoutIterations).toBeNull();
  });
});
