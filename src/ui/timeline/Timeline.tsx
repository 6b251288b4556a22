/**
 * The timeline under the graph, for data with dates: a histogram of what the other filters show
 * per day, week or month, stacked by relation class, with a brush to choose a range; the range
 * as two labelled date inputs (the keyboard and screen-reader way); a reset; and play, pause,
 * step back, step forward and loop at a chosen speed.
 *
 * The chart covers where the data is (`mainSpan`): a few events dated far from the rest are left
 * off it, said in the note, and **Full span** brings them in. Playing walks the chart's days.
 */
import { useId, useMemo, useState } from 'react';

import type { Dataset } from '../../domain/dataset';
import {
  TIME_STEPS,
  type TimeRange,
  type TimeStep,
  histogram as binned,
  chartSpan,
  countInRange,
  countOutside,
  isDated,
  isDay,
  isTimeStep,
  mainSpan,
} from '../../domain/timeRange';
import { setTimeRange, setTimeStep } from '../../domain/view';
import { type ViewFilters, visibleGraph } from '../../domain/visibleGraph';
import type { Theme } from '../../graph/stylesheet';
import { countOf } from '../view/describe';
import type { UpdateView } from '../view/useViewState';
import { type BrushChange, TimeChart } from './TimeChart';
import './timeline.css';
import { PLAY_SPEEDS, usePlayer } from './usePlayer';

const STEP_LABELS: Record<TimeStep, { label: string; noun: string }> = {
  day: { label: 'Day', noun: 'day' },
  week: { label: 'Week', noun: 'week' },
  month: { label: 'Month', noun: 'month' },
};

/**
 * "12 events before 2024-01-29 are outside the chart": what the chart leaves off, or null when
 * it leaves nothing off.
 */
function outsideNote(
  outside: { before: number; after: number },
  chart: TimeRange,
  noun: string,
): string | null {
  const { before, after } = outside;
  if (before + after === 0) return null;
  const verb = before + after === 1 ? 'is' : 'are';
  if (after === 0) return `${countOf(before, noun)} before ${chart.from} ${verb} outside the chart`;
  if (before === 0) return `${countOf(after, noun)} after ${chart.to} ${verb} outside the chart`;
  return `${countOf(before, noun)} before ${chart.from} and ${after} after ${chart.to} are outside the chart`;
}

export interface TimelineProps {
  dataset: Dataset;
  /** The days the dataset's dated relations cover. */
  span: TimeRange;
  /** How many relations have no date; the range never hides them. */
  undated: number;
  /** The view's filters other than the range: the bars count what they show. */
  filters: Omit<ViewFilters, 'timeRange'>;
  range: TimeRange | null;
  /** The view's step: the data's own default (`defaultTimeStepOf`) unless chosen or linked. */
  step: TimeStep;
  theme: Theme;
  onUpdate: UpdateView;
}

export function Timeline({
  dataset,
  span,
  undated,
  filters,
  range,
  step,
  theme,
  onUpdate,
}: TimelineProps) {
  const id = useId();
  const [open, setOpen] = useState(true);
  // The bars count what the other filters show, so a hidden class leaves the chart too; the
  // range itself only marks which bars are in it.
  const shown = useMemo(() => {
    const visible = visibleGraph(dataset, { ...filters, timeRange: null });
    return dataset.relations.filter(
      (relation) => visible.relationIds.has(relation.id) && isDated(relation),
    );
  }, [dataset, filters]);
  // Where the data is; the whole dataset's, so the bars keep their places as filters change.
  const main = useMemo(() => mainSpan(dataset.relations) ?? span, [dataset.relations, span]);
  const trimmed = main.from !== span.from || main.to !== span.to;
  // "Full span" holds for the dataset it was pressed on.
  const [fullFor, setFullFor] = useState<Dataset | null>(null);
  const full = trimmed && fullFor === dataset;
  const chart = useMemo(
    () => (full ? span : chartSpan(main, span, range)),
    [full, span, main, range],
  );
  const bars = useMemo(
    () => binned(shown, dataset.vocabulary, chart),
    [shown, dataset.vocabulary, chart],
  );
  const outside = useMemo(() => countOutside(shown, bars.span), [shown, bars.span]);
  const player = usePlayer(range, chart, step, onUpdate);
  const noun = bars.countsEvents ? 'event' : 'dated relation';
  const leftOff = outsideNote(outside, bars.span, noun);
  const total = useMemo(
    () => shown.reduce((sum, relation) => sum + countInRange(relation, null), 0),
    [shown],
  );
  const inRange = useMemo(
    () =>
      range === null
        ? total
        : shown.reduce((sum, relation) => sum + countInRange(relation, range), 0),
    [shown, range, total],
  );
  const shownRange = range ?? span;

  // Choosing a range by hand stops playing: the reader has taken over.
  const onBrush: BrushChange = (next, phase) => {
    player.pause();
    onUpdate(setTimeRange(next), { history: phase === 'start' ? 'push' : 'replace' });
  };
  const onDate = (end: 'from' | 'to', value: string) => {
    if (!isDay(value)) return;
    player.pause();
    const next = { ...shownRange, [end]: value };
    // Moving one end past the other takes the other along.
    if (next.from > next.to) next[end === 'from' ? 'to' : 'from'] = value;
    onUpdate(setTimeRange(next), { coalesce: `time-${end}` });
  };

  return (
    <section className="timeline" aria-labelledby={`${id}-heading`}>
      <div className="timeline-head">
        <h2 id={`${id}-heading`} className="timeline-title">
          Timeline
        </h2>
        <p className="timeline-note" id={`${id}-note`}>
          {/* A total, not a rate: the bars' size is said apart from it. */}
          {range === null
            ? `${countOf(total, noun)}, one bar a ${STEP_LABELS[bars.step].noun}`
            : `${inRange} of ${countOf(total, noun)} in range`}
          {leftOff && `; ${leftOff}`}
          {undated > 0 && `; ${countOf(undated, 'undated relation')}, always shown`}
        </p>
        {trimmed && (
          <button
            type="button"
            className="button small"
            aria-pressed={full}
            aria-describedby={`${id}-note`}
            title="Show every date on the chart, however far from the rest"
            onClick={() => setFullFor(full ? null : dataset)}
          >
            Full span
          </button>
        )}
        <button
          type="button"
          className="button small"
          disabled={range === null}
          onClick={() => {
            player.pause();
            onUpdate(setTimeRange(null));
          }}
        >
          All dates
        </button>
        <button
          type="button"
          className="button small timeline-toggle"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          onClick={() => setOpen((was) => !was)}
        >
          {open ? 'Hide' : 'Show'}
        </button>
      </div>
      <div id={`${id}-body`} className="timeline-body" hidden={!open}>
        <TimeChart histogram={bars} range={range} theme={theme} onBrush={onBrush} />
        <div className="timeline-axis" aria-hidden="true">
          <span>{bars.span.from}</span>
          <span>{bars.span.to}</span>
        </div>
        <div className="timeline-controls">
          <div className="timeline-dates">
            <label className="timeline-field">
              <span>From</span>
              <input
                type="date"
                className="text-input"
                value={shownRange.from}
                min={span.from}
                max={span.to}
                onChange={(event) => onDate('from', event.target.value)}
              />
            </label>
            <label className="timeline-field">
              <span>To</span>
              <input
                type="date"
                className="text-input"
                value={shownRange.to}
                min={span.from}
                max={span.to}
                onChange={(event) => onDate('to', event.target.value)}
              />
            </label>
          </div>
          <div className="timeline-play" role="group" aria-label="Play through time">
            <button
              type="button"
              className="button small icon-button"
              aria-label="Step back"
              title="Step back"
              onClick={() => {
                player.pause();
                player.stepBack();
              }}
            >
              <Icon name="back" />
            </button>
            <button
              type="button"
              className="button small icon-button"
              aria-label={player.playing ? 'Pause' : 'Play'}
              title={player.playing ? 'Pause' : 'Play'}
              onClick={player.playing ? player.pause : player.play}
            >
              <Icon name={player.playing ? 'pause' : 'play'} />
            </button>
            <button
              type="button"
              className="button small icon-button"
              aria-label="Step forward"
              title="Step forward"
              onClick={() => {
                player.pause();
                player.stepForward();
              }}
            >
              <Icon name="forward" />
            </button>
            <button
              type="button"
              className="button small icon-button"
              aria-label="Loop"
              title="Loop"
              aria-pressed={player.loop}
              onClick={() => player.setLoop(!player.loop)}
            >
              <Icon name="loop" />
            </button>
            <label className="timeline-field">
              <span className="wide-only">Step</span>
              <select
                className="select"
                value={step}
                onChange={(event) => {
                  if (isTimeStep(event.target.value)) onUpdate(setTimeStep(event.target.value));
                }}
              >
                {TIME_STEPS.map((candidate) => (
                  <option key={candidate} value={candidate}>
                    {STEP_LABELS[candidate].label}
                  </option>
                ))}
              </select>
            </label>
            <label className="timeline-field">
              <span className="wide-only">Speed</span>
              <select
                className="select"
                value={player.speed}
                onChange={(event) => {
                  const speed = PLAY_SPEEDS.find((option) => option.id === event.target.value);
                  if (speed) player.setSpeed(speed.id);
                }}
              >
                {PLAY_SPEEDS.map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.label}
                  </option>
                ))}
              </select>
            </label>
          </div>
        </div>
      </div>
    </section>
  );
}

/** The play controls' symbols, drawn in a 16-unit box in the text colour. */
function Icon({ name }: { name: 'back' | 'play' | 'pause' | 'forward' | 'loop' }) {
  return (
    <svg className="icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      {name === 'play' && <path d="M4 2.5 L13.5 8 L4 13.5 Z" />}
      {name === 'pause' && (
        <>
          <rect x="3.5" y="2.5" width="3" height="11" />
          <rect x="9.5" y="2.5" width="3" height="11" />
        </>
      )}
      {name === 'back' && (
        <>
          <rect x="2.5" y="2.5" width="2" height="11" />
          <path d="M13.5 2.5 L5.5 8 L13.5 13.5 Z" />
        </>
      )}
      {name === 'forward' && (
        <>
          <rect x="11.5" y="2.5" width="2" height="11" />
          <path d="M2.5 2.5 L10.5 8 L2.5 13.5 Z" />
        </>
      )}
      {name === 'loop' && (
        <path
          className="icon-stroke"
          d="M3 9.5 A5 5 0 0 1 12.2 5 M13 6.5 A5 5 0 0 1 3.8 11 M12.5 2 V5.3 H9.2 M3.5 14 V10.7 H6.8"
        />
      )}
    </svg>
  );
}
