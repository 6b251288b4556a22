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
import { histogram as binned, chartSpan, countOutside, mainSpan } from '../../domain/timeHistogram';
import { type TimeRange, countInRange, isDated, isDay } from '../../domain/timeRange';
import { setTimeRange, setTimeStep } from '../../domain/view';
import { visibleGraph } from '../../domain/visibleGraph';
import { useExplorerDataset, useExplorerTheme, useView } from '../view/ExplorerContext';
import { countOf } from '../view/describe';
import { PlayControls, STEP_LABELS } from './PlayControls';
import { type BrushChange, TimeChart } from './TimeChart';
import './timeline.css';
import { usePlayer } from './usePlayer';

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

/** One end of the range as a date input, within the data's span. */
function DateField({
  label,
  value,
  span,
  onDate,
}: {
  label: 'From' | 'To';
  value: string;
  span: TimeRange;
  onDate: (end: 'from' | 'to', value: string) => void;
}) {
  return (
    <label className="timeline-field">
      <span>{label}</span>
      <input
        type="date"
        className="text-input"
        value={value}
        min={span.from}
        max={span.to}
        onChange={(event) => onDate(label === 'From' ? 'from' : 'to', event.target.value)}
      />
    </label>
  );
}

export interface TimelineProps {
  /** The days the dataset's dated relations cover. */
  span: TimeRange;
  /** How many relations have no date; the range never hides them. */
  undated: number;
}

export function Timeline({ span, undated }: TimelineProps) {
  const { dataset } = useExplorerDataset();
  const theme = useExplorerTheme();
  const { view, onUpdate, untimedFilters } = useView();
  // The view's step is the data's own default (`defaultTimeStepOf`) unless chosen or linked.
  const { timeRange: range, timeStep: step } = view;
  const id = useId();
  const [open, setOpen] = useState(true);
  // The bars count what the other filters show, so a hidden class leaves the chart too; the
  // range itself only marks which bars are in it, and playing leaves the bars as they are.
  const shown = useMemo(() => {
    const visible = visibleGraph(dataset, { ...untimedFilters, timeRange: null });
    return dataset.relations.filter(
      (relation) => visible.relationIds.has(relation.id) && isDated(relation),
    );
  }, [dataset, untimedFilters]);
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
            <DateField label="From" value={shownRange.from} span={span} onDate={onDate} />
            <DateField label="To" value={shownRange.to} span={span} onDate={onDate} />
          </div>
          <PlayControls
            player={player}
            step={step}
            onStep={(next) => onUpdate(setTimeStep(next))}
          />
        </div>
      </div>
    </section>
  );
}
