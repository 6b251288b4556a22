/**
 * Time: when a relation happened, a range of days to show, and the counts the timeline draws.
 * A relation's dates are its events' days when it aggregates coded events, else its `date` (to
 * `until`) at the precision written (`2025-04` is the whole of April), else none: an undated
 * relation (an article's "on Wednesday") is outside time and always shown.
 *
 * Days are handled as whole numbers (days since 1970-01-01, UTC) so that ranges, weeks and bins
 * are integer arithmetic and never meet a time zone.
 */
import type { Dataset, Relation } from './dataset';
import { type RelationClassId, type Vocabulary, findType } from './vocabulary';

/** A calendar day written YYYY-MM-DD. */
export type Day = string;

/** The days a view shows, both ends included. */
export interface TimeRange {
  from: Day;
  to: Day;
}

/** The steps playing moves by, and the bin sizes of the histogram. */
export const TIME_STEPS = ['day', 'week', 'month'] as const;
export type TimeStep = (typeof TIME_STEPS)[number];

/** The step playing moves by unless the view says otherwise: week by week. */
export const DEFAULT_TIME_STEP: TimeStep = 'week';

export function isTimeStep(value: string): value is TimeStep {
  return (TIME_STEPS as readonly string[]).includes(value);
}

const MS_PER_DAY = 86_400_000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The day number (days since 1970-01-01) of a calendar day; NaN when it is not one. */
function toNumber(year: number, month: number, day: number): number {
  const time = Date.UTC(year, month - 1, day);
  const back = new Date(time);
  // Date.UTC rolls 2025-02-30 over into March; a real day reads back as written.
  if (
    back.getUTCFullYear() !== year ||
    back.getUTCMonth() !== month - 1 ||
    back.getUTCDate() !== day
  )
    return NaN;
  return time / MS_PER_DAY;
}

/** Whether a text is a real calendar day written YYYY-MM-DD (2025-02-30 is not). */
export function isDay(text: string): boolean {
  return !Number.isNaN(dayNumber(text));
}

/** The day number of a YYYY-MM-DD day; NaN for anything else. */
export function dayNumber(day: Day): number {
  const match = DAY_PATTERN.exec(day);
  if (!match) return NaN;
  return toNumber(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** The YYYY-MM-DD day of a day number. */
export function dayOf(number: number): Day {
  return new Date(number * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * The first and last day (day numbers) a date of any precision covers: `2025` the year,
 * `2025-04` the month, `2025-04-23` the day. Null when it is not such a date.
 */
export function daysOfDate(date: string): { first: number; last: number } | null {
  const match = DATE_PATTERN.exec(date);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[3] !== undefined) {
    const day = toNumber(year, Number(match[2]), Number(match[3]));
    return Number.isNaN(day) ? null : { first: day, last: day };
  }
  if (match[2] !== undefined) {
    const month = Number(match[2]);
    const first = toNumber(year, month, 1);
    if (Number.isNaN(first)) return null;
    // Day 0 of the next month is the last of this one.
    return { first, last: Date.UTC(year, month, 0) / MS_PER_DAY };
  }
  return { first: toNumber(year, 1, 1), last: toNumber(year, 12, 31) };
}

/**
 * When a relation happened: the days of its events, or the span from `date` to `until`, or
 * null when it has no date. Day numbers throughout.
 */
export type RelationDates =
  { kind: 'events'; days: readonly number[] } | { kind: 'span'; first: number; last: number };

// Read per relation on every filter pass (play steps through them many times a second), so each
// relation's dates are worked out once; a dataset's relations are never changed after loading.
const datesCache = new WeakMap<Relation, RelationDates | null>();

/** A relation's dates (see RelationDates); null for an undated one. */
export function relationDates(relation: Relation): RelationDates | null {
  const cached = datesCache.get(relation);
  if (cached !== undefined) return cached;
  let dates: RelationDates | null = null;
  const days = (relation.events ?? []).map((event) => dayNumber(event.date));
  if (days.length > 0 && days.every((day) => !Number.isNaN(day))) {
    dates = { kind: 'events', days };
  } else {
    const start = relation.date === undefined ? null : daysOfDate(relation.date);
    const end = relation.until === undefined ? null : daysOfDate(relation.until);
    const first = start ?? end;
    const last = end ?? start;
    if (first && last) {
      dates = {
        kind: 'span',
        first: Math.min(first.first, last.first),
        last: Math.max(first.last, last.last),
      };
    }
  }
  datesCache.set(relation, dates);
  return dates;
}

/** A relation's `date` as written, or its range "2025-04 – 2025-06" when it has an `until`. */
export function dateText(relation: Pick<Relation, 'date' | 'until'>): string | undefined {
  if (relation.date === undefined) return undefined;
  return relation.until === undefined || relation.until === relation.date
    ? relation.date
    : `${relation.date} – ${relation.until}`;
}

/** Whether a relation has a date: events, or `date`/`until`. */
export function isDated(relation: Relation): boolean {
  return relationDates(relation) !== null;
}

/** A range as day numbers. */
function rangeNumbers(range: TimeRange): { from: number; to: number } {
  return { from: dayNumber(range.from), to: dayNumber(range.to) };
}

/**
 * How much of a relation a range holds: the number of its events in the range; 1 for a dated
 * relation without events whose span overlaps the range, 0 when it does not; 1 for an undated
 * relation, which every range shows. Without a range, every event (or 1). The canvas can draw
 * an edge's width from this, so the width follows the range as the timeline moves.
 */
export function countInRange(relation: Relation, range: TimeRange | null): number {
  const dates = relationDates(relation);
  if (dates === null) return 1;
  if (dates.kind === 'events') {
    if (range === null) return dates.days.length;
    const { from, to } = rangeNumbers(range);
    let count = 0;
    for (const day of dates.days) if (day >= from && day <= to) count += 1;
    return count;
  }
  if (range === null) return 1;
  const { from, to } = rangeNumbers(range);
  return dates.first <= to && dates.last >= from ? 1 : 0;
}

/** Whether a range shows a relation: an event in it, or a span overlapping it; undated always. */
export function relationInRange(relation: Relation, range: TimeRange | null): boolean {
  return countInRange(relation, range) > 0;
}

/** The first and last day any relation of the dataset covers; null when none is dated. */
export function dataSpan(relations: readonly Relation[]): TimeRange | null {
  let first = Infinity;
  let last = -Infinity;
  for (const relation of relations) {
    const dates = relationDates(relation);
    if (dates === null) continue;
    if (dates.kind === 'events') {
      for (const day of dates.days) {
        if (day < first) first = day;
        if (day > last) last = day;
      }
    } else {
      first = Math.min(first, dates.first);
      last = Math.max(last, dates.last);
    }
  }
  return first === Infinity ? null : { from: dayOf(first), to: dayOf(last) };
}

/** How many relations have no date (and so are shown whatever the range). */
export function countUndated(relations: readonly Relation[]): number {
  let count = 0;
  for (const relation of relations) if (!isDated(relation)) count += 1;
  return count;
}

/** Whether two ranges share at least one day. */
export function rangesOverlap(a: TimeRange, b: TimeRange): boolean {
  return a.from <= b.to && a.to >= b.from;
}

/** The first day of the step (day, ISO week from Monday, month) that holds a day. */
export function stepStart(day: number, step: TimeStep): number {
  if (step === 'day') return day;
  if (step === 'week') {
    // 1970-01-01 was a Thursday: three days after a Monday.
    return day - ((((day + 3) % 7) + 7) % 7);
  }
  const date = new Date(day * MS_PER_DAY);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / MS_PER_DAY;
}

/** The first day of the step after the one starting at (or holding) `day`. */
export function nextStep(day: number, step: TimeStep): number {
  const start = stepStart(day, step);
  if (step === 'day') return start + 1;
  if (step === 'week') return start + 7;
  const date = new Date(start * MS_PER_DAY);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / MS_PER_DAY;
}

/** The first day of the step before the one holding `day`. */
export function previousStep(day: number, step: TimeStep): number {
  return stepStart(stepStart(day, step) - 1, step);
}

/** The whole step (day, week, month) that holds a day, as a range. */
export function stepWindow(day: number, step: TimeStep): TimeRange {
  const start = stepStart(day, step);
  return { from: dayOf(start), to: dayOf(nextStep(start, step) - 1) };
}

/** Whether a range is exactly one whole step (a day, an ISO week, a month). */
export function isStepWindow(range: TimeRange, step: TimeStep): boolean {
  const whole = stepWindow(dayNumber(range.from), step);
  return whole.from === range.from && whole.to === range.to;
}

/**
 * Where playing goes next from a range: the step after the one the range is, within `span`; from
 * a range that is not one step (a brushed one), the step holding its first day. At the end, back
 * to the first step when looping, else null (playing stops). Without a range, the first step.
 */
export function playForward(
  range: TimeRange | null,
  span: TimeRange,
  step: TimeStep,
  loop: boolean,
): TimeRange | null {
  const spanFrom = dayNumber(span.from);
  const spanTo = dayNumber(span.to);
  if (range === null) return stepWindow(spanFrom, step);
  const from = dayNumber(range.from);
  const next = isStepWindow(range, step) ? nextStep(from, step) : stepStart(from, step);
  if (next > spanTo || next < stepStart(spanFrom, step)) {
    return loop ? stepWindow(spanFrom, step) : null;
  }
  return stepWindow(next, step);
}

/** One step back from a range, within `span`: the last step when looping past the start. */
export function playBackward(
  range: TimeRange | null,
  span: TimeRange,
  step: TimeStep,
  loop: boolean,
): TimeRange | null {
  const spanFrom = dayNumber(span.from);
  const spanTo = dayNumber(span.to);
  if (range === null) return stepWindow(spanTo, step);
  const previous = previousStep(dayNumber(range.from), step);
  if (previous < stepStart(spanFrom, step) || previous > spanTo) {
    return loop ? stepWindow(spanTo, step) : null;
  }
  return stepWindow(previous, step);
}

/** How many days a span covers, both ends included. */
function spanDays(span: TimeRange): number {
  return dayNumber(span.to) - dayNumber(span.from) + 1;
}

/**
 * The step playing moves by when the reader has not chosen one: the data's span in a handful of
 * steps or more, so that stepping changes what is shown. Days up to six weeks (two days of ICEWS
 * are two steps, not one week), weeks up to two years, else months.
 */
export function defaultTimeStep(span: TimeRange | null): TimeStep {
  if (span === null) return DEFAULT_TIME_STEP;
  const days = spanDays(span);
  if (days <= 42) return 'day';
  if (days <= 731) return 'week';
  return 'month';
}

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
 * The step a dataset plays by while neither the reader nor the link has chosen one: by the
 * length of its main span (a 15-minute GDELT file plays day by day, however old its stragglers).
 */
export function defaultTimeStepOf(relations: readonly Relation[]): TimeStep {
  return defaultTimeStep(mainSpan(relations));
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
  const days = dayNumber(span.to) - dayNumber(span.from) + 1;
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

/** A dataset's span and undated count, for the timeline and for checking a link's range. */
export function timeOf(dataset: Dataset): { span: TimeRange | null; undated: number } {
  return { span: dataSpan(dataset.relations), undated: countUndated(dataset.relations) };
}
