/**
 * The timeline's histogram with a brush: bars per bin stacked by relation class, and a selection
 * to drag out, move, or resize by its handles. Positions are percentages of the chart's width and
 * sizes are pixels, so the chart stretches to any width without distorting, and nothing needs a
 * style attribute (the CSP forbids inline styles): colours are SVG presentation attributes.
 *
 * It is a pointer-only way to choose a range, hidden from assistive technology; the From and To
 * date inputs beside it are the keyboard and screen-reader way to the same range.
 */
import { type PointerEvent, useRef } from 'react';

import type { Histogram } from '../../domain/timeHistogram';
import { type TimeRange, dayNumber, dayOf } from '../../domain/timeRange';
import { RELATION_CLASSES } from '../../domain/vocabulary';
import { RELATION_CLASS_COLOR } from '../../domain/vocabularyEncoding';
import type { Theme } from '../../graph/stylesheet';

export const CHART_HEIGHT = 56;
const BAR_TOP = 4;

/** A range change from the brush: the first of a drag is a history step, the rest rewrite it. */
export type BrushChange = (range: TimeRange, phase: 'start' | 'move') => void;

type Part = 'background' | 'selection' | 'from' | 'to';

interface Drag {
  part: Part;
  /** The day under the pointer when the drag began. */
  anchor: number;
  start: TimeRange | null;
  moved: boolean;
}

export function TimeChart({
  histogram,
  range,
  theme,
  onBrush,
}: {
  histogram: Histogram;
  range: TimeRange | null;
  theme: Theme;
  onBrush: BrushChange;
}) {
  const svgRef = useRef<SVGSVGElement>(null);
  const drag = useRef<Drag | null>(null);
  const first = dayNumber(histogram.span.from);
  const last = dayNumber(histogram.span.to);
  const days = last - first + 1;
  const percent = (day: number) => `${(((day - first) / days) * 100).toFixed(3)}%`;
  const width = (from: number, to: number) => `${(((to - from + 1) / days) * 100).toFixed(3)}%`;
  const max = Math.max(1, ...histogram.bins.map((bin) => bin.total));
  const scale = (CHART_HEIGHT - BAR_TOP) / max;

  /** The day under a pointer, within the chart's span. */
  const dayAt = (clientX: number): number => {
    const box = svgRef.current?.getBoundingClientRect();
    if (!box || box.width === 0) return first;
    const at = Math.floor(((clientX - box.left) / box.width) * days);
    return first + Math.min(days - 1, Math.max(0, at));
  };

  const emit = (from: number, to: number) => {
    const current = drag.current;
    if (!current) return;
    const next = { from: dayOf(Math.min(from, to)), to: dayOf(Math.max(from, to)) };
    if (range && next.from === range.from && next.to === range.to) return;
    onBrush(next, current.moved ? 'move' : 'start');
    current.moved = true;
  };

  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (event.button !== 0) return;
    const part = ((event.target as Element).closest('[data-part]')?.getAttribute('data-part') ??
      'background') as Part;
    drag.current = { part, anchor: dayAt(event.clientX), start: range, moved: false };
    event.currentTarget.setPointerCapture?.(event.pointerId);
    event.preventDefault();
  };

  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const current = drag.current;
    if (!current) return;
    const day = dayAt(event.clientX);
    const start = current.start;
    if (current.part === 'background' || !start) {
      if (day !== current.anchor || current.moved) emit(current.anchor, day);
      return;
    }
    const from = dayNumber(start.from);
    const to = dayNumber(start.to);
    if (current.part === 'from') emit(day, to);
    else if (current.part === 'to') emit(from, day);
    else {
      // Moving the selection keeps its length and stops at the span's ends.
      const shift = Math.min(last - to, Math.max(first - from, day - current.anchor));
      emit(from + shift, to + shift);
    }
  };

  const onPointerUp = (event: PointerEvent<SVGSVGElement>) => {
    const current = drag.current;
    drag.current = null;
    event.currentTarget.releasePointerCapture?.(event.pointerId);
    if (!current || current.moved || current.part === 'selection') return;
    // A click on the chart chooses the bar under it.
    const day = dayAt(event.clientX);
    const bin = histogram.bins.find((candidate) => dayNumber(candidate.to) >= day);
    if (bin) onBrush({ from: bin.from, to: bin.to }, 'start');
  };

  const selected = range && {
    from: Math.max(first, dayNumber(range.from)),
    to: Math.min(last, dayNumber(range.to)),
  };
  const showSelection = selected !== null && selected.from <= selected.to;

  return (
    <svg
      ref={svgRef}
      className="timeline-chart"
      width="100%"
      height={CHART_HEIGHT}
      aria-hidden="true"
      data-testid="timeline-chart"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => (drag.current = null)}
    >
      <rect className="timeline-ground" x="0" y="0" width="100%" height={CHART_HEIGHT} />
      {histogram.bins.map((bin) => {
        const from = dayNumber(bin.from);
        const to = dayNumber(bin.to);
        const outside = range !== null && (bin.to < range.from || bin.from > range.to);
        let y = CHART_HEIGHT;
        return (
          <g key={bin.from} className={outside ? 'timeline-bin is-outside' : 'timeline-bin'}>
            {RELATION_CLASSES.map(({ id }) => {
              const count = bin.counts[id];
              if (!count) return null;
              const height = count * scale;
              y -= height;
              return (
                <rect
                  key={id}
                  className="timeline-bar"
                  x={percent(from)}
                  y={y}
                  width={width(from, to)}
                  height={height}
                  fill={RELATION_CLASS_COLOR[id][theme]}
                />
              );
            })}
          </g>
        );
      })}
      {showSelection && (
        <>
          <rect
            className="timeline-selection"
            data-part="selection"
            x={percent(selected.from)}
            y="0"
            width={width(selected.from, selected.to)}
            height={CHART_HEIGHT}
          />
          {(['from', 'to'] as const).map((end) => (
            // A nested svg places a handle of fixed pixel size at a percentage of the width.
            <svg
              key={end}
              x={end === 'from' ? percent(selected.from) : percent(selected.to + 1)}
              y="0"
              overflow="visible"
              data-part={end}
              className="timeline-handle"
            >
              <line x1="0" x2="0" y1="0" y2={CHART_HEIGHT} />
              <rect x="-5" y={CHART_HEIGHT / 2 - 12} width="10" height="24" rx="3" />
            </svg>
          ))}
        </>
      )}
    </svg>
  );
}
