/**
 * Playing through time: a window of one step (a day, a week, a month) moves through the data's
 * span at a chosen speed, the graph showing what each window holds. The layout does not depend
 * on filters, so only what is shown changes.
 *
 * History: the first step of a play adds one history entry and every later step rewrites it, so
 * Back after playing returns to the view before Play, and the link always names the window on
 * screen. Stepping by hand (the step buttons) is a history step per click, like any filter.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

import { isStepWindow, playStep, stepWindow } from '../../domain/timePlay';
import { type TimeRange, type TimeStep, dayNumber } from '../../domain/timeRange';
import { setTimeRange } from '../../domain/view';
import type { UpdateView } from '../view/useViewState';

/** How long each window stays on screen. */
export const PLAY_SPEEDS = [
  { id: 'slow', label: 'Slow', ms: 2000 },
  { id: 'normal', label: 'Normal', ms: 1000 },
  { id: 'fast', label: 'Fast', ms: 400 },
] as const;
export type PlaySpeed = (typeof PLAY_SPEEDS)[number]['id'];

export interface Player {
  playing: boolean;
  loop: boolean;
  speed: PlaySpeed;
  play: () => void;
  pause: () => void;
  stepForward: () => void;
  stepBack: () => void;
  setLoop: (loop: boolean) => void;
  setSpeed: (speed: PlaySpeed) => void;
}

export function usePlayer(
  range: TimeRange | null,
  span: TimeRange,
  step: TimeStep,
  onUpdate: UpdateView,
): Player {
  const [playing, setPlaying] = useState(false);
  const [loop, setLoop] = useState(false);
  const [speed, setSpeed] = useState<PlaySpeed>('normal');
  // The timer reads the latest range and settings without restarting on every step.
  const latest = useRef({ range, span, step, loop });
  useEffect(() => {
    latest.current = { range, span, step, loop };
  }, [range, span, step, loop]);
  // Whether this play has added its history entry yet.
  const pushed = useRef(false);

  // The range shown is known at once, before React renders it: a step that follows closely
  // (a fast play, a quick second click) moves on from it rather than from the range before.
  const show = useCallback(
    (next: TimeRange, history?: 'push' | 'replace') => {
      latest.current = { ...latest.current, range: next };
      onUpdate(setTimeRange(next), history ? { history } : undefined);
    },
    [onUpdate],
  );

  const advance = useCallback((): boolean => {
    const now = latest.current;
    const next = playStep('forward', now.range, now.span, now.step, now.loop);
    if (next === null) return false;
    show(next, pushed.current ? 'replace' : 'push');
    pushed.current = true;
    return true;
  }, [show]);

  const play = useCallback(() => {
    pushed.current = false;
    const { range: now, span: within, step: by } = latest.current;
    const continues =
      now !== null && isStepWindow(now, by) && playStep('forward', now, within, by, false) !== null;
    if (!continues) {
      // From a brushed range, the step holding its first day; else (or at the end) the first step.
      const brushed =
        now !== null && !isStepWindow(now, by) && now.from >= within.from && now.from <= within.to;
      const start = dayNumber(brushed ? now.from : within.from);
      show(stepWindow(start, by), 'push');
      pushed.current = true;
    }
    setPlaying(true);
  }, [show]);

  const pause = useCallback(() => setPlaying(false), []);

  useEffect(() => {
    if (!playing) return;
    const ms = PLAY_SPEEDS.find((candidate) => candidate.id === speed)?.ms ?? 1000;
    const timer = window.setInterval(() => {
      if (!advance()) setPlaying(false);
    }, ms);
    return () => window.clearInterval(timer);
  }, [playing, speed, advance]);

  const stepBy = useCallback(
    (direction: 'forward' | 'back') => {
      const now = latest.current;
      const next = playStep(direction, now.range, now.span, now.step, now.loop);
      if (next) show(next);
    },
    [show],
  );
  const stepForward = useCallback(() => stepBy('forward'), [stepBy]);
  const stepBack = useCallback(() => stepBy('back'), [stepBy]);

  return { playing, loop, speed, play, pause, stepForward, stepBack, setLoop, setSpeed };
}
