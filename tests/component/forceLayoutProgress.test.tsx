import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { currentForceRun, forceRun } from '../../src/graph/forceAtlas2/client';
import { forceAtlas2Steps } from '../../src/graph/forceAtlas2/forceAtlas2';
import {
  FORCE_CHUNK,
  type ForceMessage,
  type ForceRequest,
  forceIterationsFor,
} from '../../src/graph/forceAtlas2/types';
import { plainPositions } from '../../src/graph/plainLayouts';
import { ForceLayoutProgress } from '../../src/ui/data/ForceLayoutProgress';
import { realDataset } from '../unit/realDataset';

/**
 * jsdom has no workers: this one runs the same steps on the page, a chunk per timer task, so
 * fake timers decide exactly how far a run has gone.
 */
class ChunkedWorker {
  onmessage: ((event: { data: ForceMessage }) => void) | null = null;
  onerror: unknown = null;
  private ended = false;

  postMessage(request: ForceRequest): void {
    const steps = forceAtlas2Steps(request.input, request.iterations);
    const next = () => {
      if (this.ended) return;
      const step = steps.next();
      if (step.done) return;
      this.onmessage?.({ data: { type: 'progress', ...step.value } });
      setTimeout(next, 0);
    };
    setTimeout(next, 0);
  }

  terminate(): void {
    this.ended = true;
  }
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  vi.stubGlobal('Worker', ChunkedWorker);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** Runs `chunks` chunks of steps. */
function runChunks(chunks: number): void {
  act(() => {
    for (let chunk = 0; chunk < chunks; chunk++) vi.advanceTimersToNextTimer();
  });
}

/** A dataset whose run the canvas has started, as it does when it shows ForceAtlas2. */
function startedRun() {
  const dataset = realDataset();
  const run = forceRun(dataset, null, plainPositions(dataset, 'concentric'));
  const total = forceIterationsFor(dataset.actors.length, dataset.relations.length);
  return { dataset, run, total };
}

describe('the ForceAtlas2 progress over the canvas', () => {
  it('shows how far the run is, in tens of percent, and goes away when it ends', () => {
    const { dataset, run, total } = startedRun();
    const onStopped = vi.fn();
    render(<ForceLayoutProgress dataset={dataset} onStopped={onStopped} returnFocusTo="surface" />);
    expect(screen.getByRole('status')).toHaveTextContent('Arranging… 0%');
    expect(screen.getByRole('status')).toHaveAttribute('aria-live', 'polite');
    // 40% of the steps, and one chunk more: still 40.
    runChunks((0.4 * total) / FORCE_CHUNK + 1);
    expect(screen.getByRole('status')).toHaveTextContent('Arranging… 40%');
    runChunks(total / FORCE_CHUNK);
    expect(run.state()).toMatchObject({ status: 'finished', done: total });
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Stop' })).toBeNull();
    expect(onStopped).not.toHaveBeenCalled();
  });

  it('stops where the run is, records the steps reached, and hands the focus on', () => {
    const { dataset, run } = startedRun();
    const onStopped = vi.fn();
    render(
      <>
        <div id="surface" tabIndex={0} aria-label="Graph" />
        <ForceLayoutProgress dataset={dataset} onStopped={onStopped} returnFocusTo="surface" />
      </>,
    );
    runChunks(6);
    const stop = screen.getByRole('button', { name: 'Stop' });
    stop.focus();
    // A native button in the tab order: the keyboard reaches it (the browser test presses it).
    expect(stop).toHaveFocus();
    const positions = run.positions();
    fireEvent.click(stop);
    const steps = 6 * FORCE_CHUNK;
    expect(onStopped).toHaveBeenCalledExactlyOnceWith(steps);
    expect(screen.queryByRole('group', { name: 'Arranging the graph' })).toBeNull();
    expect(screen.getByLabelText('Graph')).toHaveFocus();
    // The positions stay where the run reached, and a link naming its steps finds them.
    runChunks(5);
    expect(run.state()).toMatchObject({ status: 'stopped', done: steps });
    expect(run.positions()).toBe(positions);
    const start = plainPositions(dataset, 'concentric');
    expect(forceRun(dataset, steps, start)).toBe(run);
    // Choosing the layout again runs it to its end afresh.
    const again = forceRun(dataset, null, start);
    expect(again).not.toBe(run);
    expect(again.state().status).toBe('running');
    expect(currentForceRun(dataset)).toBe(again);
  });

  it('shows nothing for a dataset without a run', () => {
    render(<ForceLayoutProgress dataset={realDataset()} onStopped={vi.fn()} returnFocusTo="x" />);
    expect(screen.queryByRole('group')).toBeNull();
  });
});
