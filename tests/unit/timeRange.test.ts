import { describe, expect, it } from 'vitest';

import type { Relation } from '../../src/domain/dataset';
import {
  binStepFor,
  chartSpan,
  countOutside,
  histogram,
  mainSpan,
} from '../../src/domain/timeHistogram';
import {
  defaultTimeStep,
  defaultTimeStepOf,
  playStep,
  stepWindow,
} from '../../src/domain/timePlay';
import {
  countInRange,
  countUndated,
  dataSpan,
  dayNumber,
  dayOf,
  daysOfDate,
  isDay,
  relationDates,
  relationInRange,
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
    const first = playStep('forward', null, span, 'week', false);
    expect(first).toEqual({ from: '2025-01-06', to: '2025-01-12' });
    expect(playStep('forward', first, span, 'week', false)).toEqual({
      from: '2025-01-13',
      to: '2025-01-19',
    });
    const last = { from: '2025-02-03', to: '2025-02-09' };
    expect(playStep('forward', last, span, 'week', false)).toBeNull();
    expect(playStep('forward', last, span, 'week', true)).toEqual(first);
    // From a brushed range, the week that holds its first day.
    expect(
      playStep('forward', { from: '2025-01-15', to: '2025-01-30' }, span, 'week', false),
    ).toEqual({
      from: '2025-01-13',
      to: '2025-01-19',
    });
  });

  it('steps back, looping to the last step before the first', () => {
    const first = { from: '2025-01-06', to: '2025-01-12' };
    expect(playStep('back', { from: '2025-01-13', to: '2025-01-19' }, span, 'week', false)).toEqual(
      first,
    );
    expect(playStep('back', first, span, 'week', false)).toBeNull();
    expect(playStep('back', first, span, 'week', true)).toEqual({
      from: '2025-02-03',
      to: '2025-02-09',
    });
    expect(playStep('back', null, span, 'month', false)).toEqual({
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

/**
 * A GDELT 2.0 15-minute export as it comes (the one of 2024-02-01 00:15): most events are dated
 * the day of the file or the day before, a few the days before that, and a dozen carry old dates
 * (an article recalling last year's events), scattered over the year before. Relations are the
 * pairs of actors, as the importer aggregates them; events land on them in turn.
 */
function gdelt15Minutes(): Relation[] {
  const days: string[] = [
    ...Array<string>(1190).fill('2024-02-01'),
    ...Array<string>(120).fill('2024-01-31'),
    ...Array<string>(15).fill('2024-01-30'),
    ...Array<string>(6).fill('2024-01-29'),
    // The stragglers: twelve events up to a year old.
    '2023-02-01',
    '2023-06-15',
    '2023-08-01',
    '2023-08-01',
    '2023-10-20',
    '2023-11-30',
    '2023-12-25',
    '2024-01-01',
    '2024-01-01',
    '2024-01-10',
    '2024-01-18',
    '2024-01-24',
  ];
  const pairs = 40;
  const relations = Array.from({ length: pairs }, (_, index) => ({
    ...relation({ type: index % 3 === 0 ? 'ASSAULT' : 'CONSULT', events: [] }),
    id: `pair-${index}`,
    source: `actor-${index}`,
    target: `actor-${(index * 7 + 1) % pairs}`,
  }));
  days.forEach((date, index) => relations[(index * 13) % pairs]!.events!.push({ date }));
  for (const each of relations) each.events!.sort((a, b) => a.date.localeCompare(b.date));
  return relations;
}

describe('where the data is: the main span', () => {
  it('a GDELT 15-minute file: the days of its bulk, not the year its stragglers reach back', () => {
    const relations = gdelt15Minutes();
    expect(dataSpan(relations)).toEqual({ from: '2023-02-01', to: '2024-02-01' });
    const main = mainSpan(relations)!;
    // The days before the file join the bulk; 2024-01-24 is five days off, too far for a
    // bulk of two days.
    expect(main).toEqual({ from: '2024-01-29', to: '2024-02-01' });
    expect(countOutside(relations, main)).toEqual({ before: 12, after: 0 });
    // Four days are binned by day and played day by day: four steps, not fifty empty weeks.
    expect(binStepFor(main)).toBe('day');
    expect(defaultTimeStep(main)).toBe('day');
    expect(defaultTimeStepOf(relations)).toBe('day');
    // The whole span would have been played week by week over 53 weeks.
    expect(defaultTimeStep(dataSpan(relations))).toBe('week');
  });

  it('leaves stragglers off even when they are more than 1 in 100', () => {
    const relations = gdelt15Minutes();
    // Thirty more old events, one every twelve days of 2023: 42 of 1,373, 3%.
    for (let index = 0; index < 30; index += 1) {
      relations[index]!.events!.unshift({ date: dayOf(day('2023-01-05') + index * 12) });
    }
    const main = mainSpan(relations)!;
    expect(main).toEqual({ from: '2024-01-29', to: '2024-02-01' });
    expect(countOutside(relations, main)).toEqual({ before: 42, after: 0 });
  });

  it('is the whole span when nothing lies far from the rest', () => {
    // The timeline fixture: 16 weeks of events with gaps of days between them.
    const timeline = timelineDataset().relations;
    expect(mainSpan(timeline)).toEqual(dataSpan(timeline));
    // A year of daily events with thin ends: every day joins the next.
    const year = Array.from({ length: 365 }, (_, index) =>
      relation({
        events: Array.from({ length: index < 10 || index > 355 ? 1 : 20 }, () => ({
          date: dayOf(day('2023-01-01') + index),
        })),
      }),
    );
    expect(mainSpan(year)).toEqual({ from: '2023-01-01', to: '2023-12-31' });
    // Two busy weeks a month apart are both where the data is.
    const twoWeeks = [
      relation({ events: events('2024-03-01', '2024-03-03', '2024-03-05', '2024-03-07') }),
      relation({ events: events('2024-04-10', '2024-04-12', '2024-04-14') }),
    ];
    expect(mainSpan(twoWeeks)).toEqual({ from: '2024-03-01', to: '2024-04-14' });
    expect(mainSpan([relation({})])).toBeNull();
  });

  it('a small dataset keeps every day: 95% of fewer than 20 counts is all of them', () => {
    const few = [
      relation({ events: events('2024-02-01', '2024-02-01', '2024-02-02') }),
      relation({ date: '2021-06-01' }),
    ];
    expect(mainSpan(few)).toEqual({ from: '2021-06-01', to: '2024-02-02' });
  });

  it('keeps the whole span when the cut would leave more than half of it', () => {
    // Ten weeks of events and one seven weeks before: cutting would save only a third.
    const relations = [
      relation({
        events: Array.from({ length: 70 }, (_, index) => ({
          date: dayOf(day('2024-03-01') + index),
        })),
      }),
      relation({ events: events('2024-01-10') }),
    ];
    expect(mainSpan(relations)).toEqual({ from: '2024-01-10', to: '2024-05-09' });
  });

  it('the default step: days for a few weeks, weeks up to two years, months beyond', () => {
    // Two days of ICEWS: stepping by week would show the same week twice.
    expect(defaultTimeStep({ from: '2014-02-01', to: '2014-02-02' })).toBe('day');
    expect(defaultTimeStep({ from: '2024-02-01', to: '2024-03-13' })).toBe('day');
    expect(defaultTimeStep({ from: '2024-02-01', to: '2024-03-14' })).toBe('week');
    expect(defaultTimeStep({ from: '2023-01-01', to: '2024-12-31' })).toBe('week');
    expect(defaultTimeStep({ from: '2023-01-01', to: '2025-01-02' })).toBe('month');
    expect(defaultTimeStep(null)).toBe('week');
    expect(defaultTimeStepOf(timelineDataset().relations)).toBe('week');
  });

  it('the chart covers the main span, widened to take in a range that reaches past its bars', () => {
    const whole = { from: '2023-02-01', to: '2024-02-01' };
    const main = { from: '2024-01-29', to: '2024-02-01' };
    expect(chartSpan(main, whole, null)).toBe(main);
    expect(chartSpan(main, whole, { from: '2024-01-30', to: '2024-01-30' })).toBe(main);
    // A week's window reaches back to Monday and on to Sunday: within the whole span only.
    expect(chartSpan(main, whole, { from: '2024-01-29', to: '2024-02-04' })).toEqual(main);
    expect(chartSpan(main, whole, { from: '2024-01-01', to: '2024-01-31' })).toEqual({
      from: '2024-01-01',
      to: '2024-02-01',
    });
    // A range outside the data (a link from later on) leaves the chart where the data is.
    expect(chartSpan(main, whole, { from: '2030-01-01', to: '2030-01-31' })).toBe(main);
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
