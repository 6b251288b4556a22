import { describe, expect, it } from 'vitest';

import type { Relation } from '../../src/domain/dataset';
import {
  binStepFor,
  countInRange,
  countUndated,
  dataSpan,
  dayNumber,
  dayOf,
  daysOfDate,
  histogram,
  isDay,
  playBackward,
  playForward,
  relationDates,
  relationInRange,
  stepWindow,
} from '../../src/domain/timeRange';
import { defaultView, setTimeRange } from '../../src/domain/view';
import { visibleGraph } from '../../src/domain/visibleGraph';
import { BUILT_IN_VOCABULARY } from '../../src/domain/vocabulary';
import { realDataset } from './realDataset';
import { timelineDataset } from './timelineDataset';

/** A relation with only what time looks at. */
function relation(dates: Partial<Pick<Relation, 'date' | 'until' | 'events' | 'type'>>): Relation {
  return {
    id: 'r',
    source: 'a',
    target: 'b',
    type: 'CONSULT',
    directed: true,
    evidence: [],
    ...dates,
  };
}

const day = (text: string) => dayNumber(text);
const events = (...days: string[]) => days.map((date) => ({ date }));

describe('days', () => {
  it('reads real days only', () => {
    expect(isDay('2024-02-29')).toBe(true);
    expect(isDay('2025-02-29')).toBe(false);
    expect(isDay('2025-13-01')).toBe(false);
    expect(isDay('2025-4-1')).toBe(false);
    expect(isDay('2025-04')).toBe(false);
    expect(dayOf(day('2025-04-23'))).toBe('2025-04-23');
    expect(day('1970-01-01')).toBe(0);
  });

  it('reads a date of any precision as the days it covers', () => {
    expect(daysOfDate('2025-04-23')).toEqual({ first: day('2025-04-23'), last: day('2025-04-23') });
    expect(daysOfDate('2025-04')).toEqual({ first: day('2025-04-01'), last: day('2025-04-30') });
    expect(daysOfDate('2024-02')).toEqual({ first: day('2024-02-01'), last: day('2024-02-29') });
    expect(daysOfDate('2025')).toEqual({ first: day('2025-01-01'), last: day('2025-12-31') });
    expect(daysOfDate('on Wednesday')).toBeNull();
  });
});

describe("a relation's dates", () => {
  it('are its events when it has them, else date to until, else none', () => {
    expect(
      relationDates(relation({ date: '2025-01', events: events('2025-03-02', '2025-03-05') })),
    ).toEqual({ kind: 'events', days: [day('2025-03-02'), day('2025-03-05')] });
    expect(relationDates(relation({ date: '2025-01-15', until: '2025-02' }))).toEqual({
      kind: 'span',
      first: day('2025-01-15'),
      last: day('2025-02-28'),
    });
    expect(relationDates(relation({ date: '2025-04' }))).toEqual({
      kind: 'span',
      first: day('2025-04-01'),
      last: day('2025-04-30'),
    });
    expect(relationDates(relation({}))).toBeNull();
  });

  it('count in a range: events in it, 1 for a dated relation without events that overlaps, 1 undated', () => {
    const range = { from: '2025-03-01', to: '2025-03-31' };
    const coded = relation({
      events: events('2025-02-28', '2025-03-01', '2025-03-31', '2025-04-01'),
    });
    expect(countInRange(coded, range)).toBe(2);
    expect(countInRange(coded, null)).toBe(4);
    expect(countInRange(coded, { from: '2025-03-02', to: '2025-03-30' })).toBe(0);
    expect(relationInRange(coded, { from: '2025-03-02', to: '2025-03-30' })).toBe(false);

    // April covers the range's last day: a month-precise date overlaps.
    expect(
      countInRange(relation({ date: '2025-03' }), { from: '2025-03-31', to: '2025-04-10' }),
    ).toBe(1);
    expect(countInRange(relation({ date: '2025-02' }), range)).toBe(0);
    expect(countInRange(relation({ date: '2025-01-15', until: '2025-05-01' }), range)).toBe(1);
    expect(countInRange(relation({}), range)).toBe(1);
    expect(relationInRange(relation({}), range)).toBe(true);
  });
});

describe('steps and play', () => {
  it('weeks are ISO weeks from Monday, months calendar months', () => {
    // 2025-04-23 is a Wednesday.
    expect(stepWindow(day('2025-04-23'), 'week')).toEqual({ from: '2025-04-21', to: '2025-04-27' });
    expect(stepWindow(day('2025-04-21'), 'week')).toEqual({ from: '2025-04-21', to: '2025-04-27' });
    expect(stepWindow(day('2025-04-27'), 'week')).toEqual({ from: '2025-04-21', to: '2025-04-27' });
    // Before 1970 too (negative day numbers): 1969-12-31 was a Wednesday.
    expect(stepWindow(day('1969-12-31'), 'week')).toEqual({ from: '1969-12-29', to: '1970-01-04' });
    expect(stepWindow(day('2024-02-10'), 'month')).toEqual({
      from: '2024-02-01',
      to: '2024-02-29',
    });
    expect(stepWindow(day('2024-02-10'), 'day')).toEqual({ from: '2024-02-10', to: '2024-02-10' });
  });

  const span = { from: '2025-01-08', to: '2025-02-03' };

  it('plays forward week by week from the first week, and stops or loops at the end', () => {
    const first = playForward(null, span, 'week', false);
    expect(first).toEqual({ from: '2025-01-06', to: '2025-01-12' });
    expect(playForward(first, span, 'week', false)).toEqual({
      from: '2025-01-13',
      to: '2025-01-19',
    });
    const last = { from: '2025-02-03', to: '2025-02-09' };
    expect(playForward(last, span, 'week', false)).toBeNull();
    expect(playForward(last, span, 'week', true)).toEqual(first);
    // From a brushed range, the week that holds its first day.
    expect(playForward({ from: '2025-01-15', to: '2025-01-30' }, span, 'week', false)).toEqual({
      from: '2025-01-13',
      to: '2025-01-19',
    });
  });

  it('steps back, looping to the last step before the first', () => {
    const first = { from: '2025-01-06', to: '2025-01-12' };
    expect(playBackward({ from: '2025-01-13', to: '2025-01-19' }, span, 'week', false)).toEqual(
      first,
    );
    expect(playBackward(first, span, 'week', false)).toBeNull();
    expect(playBackward(first, span, 'week', true)).toEqual({
      from: '2025-02-03',
      to: '2025-02-09',
    });
    expect(playBackward(null, span, 'month', false)).toEqual({
      from: '2025-02-01',
      to: '2025-02-28',
    });
  });
});

describe('the timeline fixture', () => {
  const dataset = timelineDataset();

  it('spans January to April 2025 and has two undated relations', () => {
    expect(dataSpan(dataset.relations)).toEqual({ from: '2025-01-08', to: '2025-04-24' });
    expect(countUndated(dataset.relations)).toBe(2);
  });

  it('bins by week (16 ISO weeks), counting events where there are events, else relations, by class', () => {
    const span = dataSpan(dataset.relations)!;
    expect(binStepFor(span)).toBe('week');
    const bars = histogram(dataset.relations, dataset.vocabulary, span);
    expect(bars.step).toBe('week');
    expect(bars.countsEvents).toBe(true);
    expect(bars.span).toEqual({ from: '2025-01-06', to: '2025-04-27' });
    expect(bars.bins).toHaveLength(16);
    // Week of 6 January: two strikes (material conflict) and one accusation (verbal conflict).
    expect(bars.bins[0]).toEqual({
      from: '2025-01-06',
      to: '2025-01-12',
      counts: { 'material-conflict': 2, 'verbal-conflict': 1 },
      total: 3,
    });
    // Week of 13 January: the protest that starts on the 15th, counted once in its first week.
    expect(bars.bins[1]?.counts).toEqual({ 'material-conflict': 1 });
    // Week of 7 April: three days of aid (material cooperation).
    expect(bars.bins[13]?.counts).toEqual({ 'material-cooperation': 3 });
    // Every event, and every dated relation without events, is in exactly one bin.
    const total = bars.bins.reduce((sum, bin) => sum + bin.total, 0);
    expect(total).toBe(4 + 3 + 3 + 4 + 1 + 4);
  });

  it('bins by month over a longer span, and by day over a short one', () => {
    expect(binStepFor({ from: '2025-01-01', to: '2025-03-31' })).toBe('day');
    expect(binStepFor({ from: '2025-01-01', to: '2026-12-31' })).toBe('week');
    expect(binStepFor({ from: '2025-01-01', to: '2027-01-02' })).toBe('month');
    const months = histogram(
      dataset.relations,
      dataset.vocabulary,
      dataSpan(dataset.relations)!,
      'month',
    );
    expect(months.bins.map((bin) => [bin.from, bin.total])).toEqual([
      ['2025-01-01', 5],
      ['2025-02-01', 4],
      ['2025-03-01', 4],
      ['2025-04-01', 6],
    ]);
  });

  it('filters the visible graph by range: undated relations stay, actors of only hidden relations go', () => {
    const view = setTimeRange({ from: '2025-02-01', to: '2025-03-31' })(defaultView(dataset.id));
    const visible = visibleGraph(dataset, view);
    expect([...visible.relationIds].sort()).toEqual([
      'aldoria-consults-corvania',
      'aldoria-strikes-belmora',
      'aldoria-ties-with-delta-council',
      'belmora-accuses-aldoria',
      'belmora-requests-corvania',
      'corvania-member-of-northern-pact',
      'delta-council-agrees-with-corvania',
      'delta-council-sanctions-aldoria',
    ]);
    expect(visible.actorIds.has('eastern-front')).toBe(false);
  });
});

describe('the shipped article', () => {
  it('has no dated relation, so there is no timeline and every range shows everything', () => {
    const dataset = realDataset();
    expect(dataSpan(dataset.relations)).toBeNull();
    expect(countUndated(dataset.relations)).toBe(dataset.relations.length);
    const ranged = setTimeRange({ from: '2025-04-01', to: '2025-04-02' })(defaultView(dataset.id));
    expect(visibleGraph(dataset, ranged).relationIds.size).toBe(dataset.relations.length);
  });

  it('histogram of undated relations is empty', () => {
    const span = { from: '2025-01-01', to: '2025-01-07' };
    const bars = histogram([relation({})], BUILT_IN_VOCABULARY, span, 'day');
    expect(bars.bins.every((bin) => bin.total === 0)).toBe(true);
    expect(bars.countsEvents).toBe(false);
  });
});
