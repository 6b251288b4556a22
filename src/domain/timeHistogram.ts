/**
 * The timeline's chart: where the data is (the days the chart shows first), what a chart of some
 * days leaves off, and the histogram of its bars, counted per relation class.
 */
import type { Relation } from './dataset';
import {
  type Day,
  type TimeRange,
  type TimeStep,
  dataSpan,
  dayNumber,
  dayOf,
  nextStep,
  rangesOverlap,
  relationDates,
  spanDays,
  stepStart,
} from './timeRange';
import { type RelationClassId, type Vocabulary, findType } from './vocabulary';

/** The share of the dated counts the core of the main span holds (see mainSpan). */
const CORE_SHARE = 0.95;
/** The gap (in days) between dated days that still joins them, at the least. */
const MIN_JOINING_GAP = 3;

/** The day of each count the histogram makes: an event's day, a dated relation's first day. */
function countedDays(relations: readonly Relation[]): Map<number, number> {
  const counts = new Map<number, number>();
  const add = (day: number) => counts.set(day, (counts.get(day) ?? 0) + 1);
  for (const relation of relations) {
    const dates = relationDates(relation);
    if (dates === null) continue;
    if (dates.kind === 'events') for (const day of dates.days) add(day);
    else add(dates.first);
  }
  return counts;
}

/**
 * Where the data is: the days the timeline shows first. A GDELT 15-minute file holds the events
 * of a day or two and a few dated months back; a chart of its whole span is one bar at the right
 * edge, and playing it walks weeks of nothing. So: the shortest run of days holding 95% of the
 * counts (each event, or a dated relation on its first day), widened over every further day that
 * lies within a gap of it (half the run's length, at least 3 days) of the days already in; what
 * lies beyond a wider gap is left off. The whole span (`dataSpan`) when that leaves nothing off,
 * or when the main span would still be more than half the whole: then cutting gains little.
 */
export function mainSpan(relations: readonly Relation[]): TimeRange | null {
  const whole = dataSpan(relations);
  if (whole === null) return null;
  const counts = countedDays(relations);
  const days = [...counts.keys()].sort((a, b) => a - b);
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
  const needed = Math.ceil(total * CORE_SHARE);
  // The shortest window of days [first, last] whose counts reach `needed` (two pointers).
  let best: { first: number; last: number } | null = null;
  let sum = 0;
  let first = 0;
  for (let last = 0; last < days.length; last += 1) {
    sum += counts.get(days[last] as number) ?? 0;
    while (sum - (counts.get(days[first] as number) ?? 0) >= needed) {
      sum -= counts.get(days[first] as number) ?? 0;
      first += 1;
    }
    const length = (days[last] as number) - (days[first] as number);
    if (sum >= needed && (best === null || length < best.last - best.first)) {
      best = { first, last };
    }
  }
  if (best === null) return whole;
  let { first: from, last: to } = best;
  const core = (days[to] as number) - (days[from] as number) + 1;
  const joining = Math.max(MIN_JOINING_GAP, Math.ceil(core / 2));
  while (from > 0 && (days[from] as number) - (days[from - 1] as number) <= joining) from -= 1;
  while (to < days.length - 1 && (days[to + 1] as number) - (days[to] as number) <= joining) {
    to += 1;
  }
  if (from === 0 && to === days.length - 1) return whole;
  const main = { from: dayOf(days[from] as number), to: dayOf(days[to] as number) };
  return spanDays(main) * 2 > spanDays(whole) ? whole : main;
}

/**
 * How many counts (events, or dated relations on their first day, as the histogram counts them)
 * lie before and after a span: what a chart of that span leaves off.
 */
export function countOutside(
  relations: readonly Relation[],
  span: TimeRange,
): { before: number; after: number } {
  const from = dayNumber(span.from);
  const to = dayNumber(span.to);
  let before = 0;
  let after = 0;
  for (const [day, count] of countedDays(relations)) {
    if (day < from) before += count;
    else if (day > to) after += count;
  }
  return { before, after };
}

/**
 * The days the timeline's chart covers: the main span, unless the range reaches past the bars
 * drawn for it (a link's range, a typed day, a month's step over a week of data); then widened
 * to take the range in, within the whole span. A range wholly outside the data changes nothing.
 */
export function chartSpan(main: TimeRange, whole: TimeRange, range: TimeRange | null): TimeRange {
  if (range === null || !rangesOverlap(range, whole)) return main;
  const step = binStepFor(main);
  const bars = {
    from: dayOf(stepStart(dayNumber(main.from), step)),
    to: dayOf(nextStep(dayNumber(main.to), step) - 1),
  };
  if (range.from >= bars.from && range.to <= bars.to) return main;
  const earliest = range.from < main.from ? range.from : main.from;
  const latest = range.to > main.to ? range.to : main.to;
  return {
    from: earliest < whole.from ? whole.from : earliest,
    to: latest > whole.to ? whole.to : latest,
  };
}

/** The bin size that keeps a span readable: days up to 3 months, weeks up to 2 years, else months. */
export function binStepFor(span: TimeRange): TimeStep {
  const days = spanDays(span);
  if (days <= 92) return 'day';
  if (days <= 731) return 'week';
  return 'month';
}

/** One bar of the histogram: its days, and its count per relation class. */
export interface TimeBin {
  from: Day;
  to: Day;
  /** Counts per class, only classes with a count. */
  counts: Partial<Record<RelationClassId, number>>;
  total: number;
}

export interface Histogram {
  step: TimeStep;
  /** From the first day of the first bin to the last day of the last bin. */
  span: TimeRange;
  bins: TimeBin[];
  /** Whether the counts are events (some relation aggregates events) rather than relations. */
  countsEvents: boolean;
}

function classOfType(vocabulary: Vocabulary, type: string): RelationClassId {
  return findType(vocabulary, type)?.relationClass ?? 'unclassified';
}

/**
 * The timeline's histogram: bins of `step` covering `span`, each counting, per relation class,
 * the events on its days (for relations with events) and the relations whose first day falls in
 * it (for dated relations without events). `relations` are the ones to count (those the other
 * filters show), `span` is the whole dataset's, so the bars keep their places as filters change.
 */
export function histogram(
  relations: readonly Relation[],
  vocabulary: Vocabulary,
  span: TimeRange,
  step: TimeStep = binStepFor(span),
): Histogram {
  const firstBin = stepStart(dayNumber(span.from), step);
  const last = dayNumber(span.to);
  const starts: number[] = [];
  for (let start = firstBin; start <= last; start = nextStep(start, step)) starts.push(start);
  const bins: TimeBin[] = starts.map((start, index) => ({
    from: dayOf(start),
    to: dayOf((starts[index + 1] ?? nextStep(start, step)) - 1),
    counts: {},
    total: 0,
  }));
  // Bins of one step are equally long except months, so the bin of a day is found by search.
  const binOf = (day: number): TimeBin | undefined => {
    let low = 0;
    let high = starts.length - 1;
    if (day < firstBin || high < 0) return undefined;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] as number) <= day) low = middle;
      else high = middle - 1;
    }
    return day < nextStep(starts[low] as number, step) ? bins[low] : undefined;
  };
  const add = (day: number, relationClass: RelationClassId) => {
    const bin = binOf(day);
    if (!bin) return;
    bin.counts[relationClass] = (bin.counts[relationClass] ?? 0) + 1;
    bin.total += 1;
  };
  let countsEvents = false;
  for (const relation of relations) {
    const dates = relationDates(relation);
    if (dates === null) continue;
    const relationClass = classOfType(vocabulary, relation.type);
    if (dates.kind === 'events') {
      countsEvents = true;
      for (const day of dates.days) add(day, relationClass);
    } else {
      add(dates.first, relationClass);
    }
  }
  return {
    step,
    span: { from: dayOf(firstBin), to: bins.at(-1)?.to ?? span.to },
    bins,
    countsEvents,
  };
}
