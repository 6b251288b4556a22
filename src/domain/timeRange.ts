/**
 * Time: days, steps of days, when a relation happened and whether a range of days shows it.
 * Playing through time is in timePlay.ts, the timeline's chart in timeHistogram.ts.
 *
 * A relation's dates are its events' days when it aggregates coded events, else its `date` (to
 * `until`) at the precision written (`2025-04` is the whole of April), else none: an undated
 * relation (an article's "on Wednesday") is outside time and always shown.
 *
 * Days are handled as whole numbers (days since 1970-01-01, UTC) so that ranges, weeks and bins
 * are integer arithmetic and never meet a time zone.
 */
import type { Dataset, Relation } from './dataset';

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

/** How many days a span covers, both ends included. */
export function spanDays(span: TimeRange): number {
  return dayNumber(span.to) - dayNumber(span.from) + 1;
}

/** A dataset's span and undated count, for the timeline and for checking a link's range. */
export function timeOf(dataset: Dataset): { span: TimeRange | null; undated: number } {
  return { span: dataSpan(dataset.relations), undated: countUndated(dataset.relations) };
}
