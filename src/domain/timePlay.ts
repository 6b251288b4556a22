/**
 * Playing through time: a window of one step (a day, an ISO week, a month) that moves through
 * the data's span, and the step a dataset plays by unless the reader or a link chose one.
 */
import type { Relation } from './dataset';
import { mainSpan } from './timeHistogram';
import {
  DEFAULT_TIME_STEP,
  type TimeRange,
  type TimeStep,
  dayNumber,
  dayOf,
  nextStep,
  spanDays,
  stepStart,
} from './timeRange';

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
 * Where playing goes next from a range, within `span`. Forward: the step after the one the range
 * is; from a range that is not one step (a brushed one), the step holding its first day. Back:
 * the step before the one holding its first day. Past either end, the step playing starts over
 * from (the first going forward, the last going back) when looping, else null: playing stops.
 * Without a range, that same first or last step.
 */
export function playStep(
  direction: 'forward' | 'back',
  range: TimeRange | null,
  span: TimeRange,
  step: TimeStep,
  loop: boolean,
): TimeRange | null {
  const spanFrom = dayNumber(span.from);
  const spanTo = dayNumber(span.to);
  const restart = stepWindow(direction === 'forward' ? spanFrom : spanTo, step);
  if (range === null) return restart;
  const from = dayNumber(range.from);
  const next =
    direction === 'back'
      ? previousStep(from, step)
      : isStepWindow(range, step)
        ? nextStep(from, step)
        : stepStart(from, step);
  if (next < stepStart(spanFrom, step) || next > spanTo) return loop ? restart : null;
  return stepWindow(next, step);
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

/**
 * The step a dataset plays by while neither the reader nor the link has chosen one: by the
 * length of its main span (a 15-minute GDELT file plays day by day, however old its stragglers).
 */
export function defaultTimeStepOf(relations: readonly Relation[]): TimeStep {
  return defaultTimeStep(mainSpan(relations));
}
