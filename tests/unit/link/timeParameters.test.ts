import { describe, expect, it } from 'vitest';

import { DATASET_PENDING, type DatasetIds, datasetIds } from '../../../src/domain/link/datasetIds';
import { parseView, serializeView } from '../../../src/domain/link/viewQuery';
import { DATASET, REAL_IDS, dataset, view } from './linkTestKit';

describe('the time range and play step (from, to, step)', () => {
  const span = { from: '2025-01-06', to: '2025-04-27' };
  const timed: DatasetIds = { ...REAL_IDS, timeSpan: span };

  it('round-trips a range and a step, and leaves out the default step (week)', () => {
    const link = serializeView(
      view({ timeRange: { from: '2025-02-01', to: '2025-02-28' }, timeStep: 'day' }),
      DATASET,
    );
    expect(link).toBe('v=1&from=2025-02-01&to=2025-02-28&step=day');
    expect(parseView(link, DATASET, timed)).toMatchObject({
      view: { timeRange: { from: '2025-02-01', to: '2025-02-28' }, timeStep: 'day' },
      ignored: [],
    });
    expect(serializeView(view({ timeStep: 'week' }), DATASET)).toBe('');
    expect(parseView('step=week', DATASET).ignored).toEqual([]);
  });

  it('leaves out a range the reader would refuse', () => {
    for (const timeRange of [
      { from: '2025-03-02', to: '2025-03-01' },
      { from: '2025-02-30', to: '2025-03-01' },
      { from: '2025-03', to: '2025-04-01' },
    ]) {
      expect(serializeView(view({ timeRange }), DATASET)).toBe('');
    }
  });

  const bad: [string, string[]][] = [
    [
      'from=2025-02-30&to=2025-03-01',
      [
        'invalid date "2025-02-30" in "from"; expected a day written YYYY-MM-DD; ignored the time range',
      ],
    ],
    [
      'from=2025-03-01&to=March',
      ['invalid date "March" in "to"; expected a day written YYYY-MM-DD; ignored the time range'],
    ],
    [
      'from=2025-03&to=2025-04-01',
      [
        'invalid date "2025-03" in "from"; expected a day written YYYY-MM-DD; ignored the time range',
      ],
    ],
    [
      'from=2025-04-01&to=2025-03-01',
      ['"from" 2025-04-01 is after "to" 2025-03-01; ignored the time range'],
    ],
    ['from=2025-03-01', ['ignored the time range because "to" is missing']],
    ['to=2025-03-01', ['ignored the time range because "from" is missing']],
    ['step=year', ['unknown step "year" in "step"; expected day, week, month']],
    ['step=', ['unknown step "" in "step"; expected day, week, month']],
  ];
  for (const [link, ignored] of bad) {
    it(`drops ${JSON.stringify(link)} and says why, opening the rest`, () => {
      const parsed = parseView(`${link}&panel=table`, DATASET, timed);
      expect(parsed.ignored).toEqual(ignored);
      expect(parsed.view).toEqual(view({ panel: 'table' }));
    });
  }

  it('keeps a range outside the data but says so', () => {
    const parsed = parseView('from=2030-01-01&to=2030-01-31', DATASET, timed);
    expect(parsed.view.timeRange).toEqual({ from: '2030-01-01', to: '2030-01-31' });
    expect(parsed.ignored).toEqual([
      'the time range 2030-01-01 to 2030-01-31 lies outside the data (2025-01-06 to 2025-04-27); only undated relations are shown',
    ]);
    // Touching the data by one day is inside.
    expect(parseView('from=2024-12-01&to=2025-01-06', DATASET, timed).ignored).toEqual([]);
  });

  it('drops a range on data without dates, and checks nothing while the dataset loads', () => {
    const undated = parseView('from=2025-01-01&to=2025-01-31', DATASET, {
      ...REAL_IDS,
      timeSpan: null,
    });
    expect(undated.view.timeRange).toBeNull();
    expect(undated.ignored).toEqual(['ignored the time range because this data has no dates']);
    expect(parseView('from=2030-01-01&to=2030-01-31', DATASET, DATASET_PENDING).ignored).toEqual(
      [],
    );
  });

  it('says the shipped article has no dates', () => {
    const parsed = parseView('from=2025-04-01&to=2025-04-30', DATASET, datasetIds(dataset));
    expect(parsed.ignored).toEqual(['ignored the time range because this data has no dates']);
  });
});
