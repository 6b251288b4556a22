import { act, fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { timeOf } from '../../src/domain/timeRange';
import { type ViewState, defaultView } from '../../src/domain/view';
import { visibleGraph } from '../../src/domain/visibleGraph';
import { Filters } from '../../src/ui/filters/Filters';
import { Legend } from '../../src/ui/legend/Legend';
import { RelationTable } from '../../src/ui/table/RelationTable';
import { Timeline } from '../../src/ui/timeline/Timeline';
import { lookupFor } from '../../src/ui/view/describe';
import type { UpdateOptions } from '../../src/ui/view/useViewState';
import { timelineDataset } from '../unit/timelineDataset';
import { renderWithUser } from './helpers';

const dataset = timelineDataset();
const time = timeOf(dataset);
const lookup = lookupFor(dataset);

/** The timeline, filters, legend and table wired to one view, as the explorer wires them. */
function renderTimeline(start: Partial<ViewState> = {}) {
  const seen: { view: ViewState; history: (UpdateOptions | undefined)[] } = {
    view: { ...defaultView(dataset.id), ...start },
    history: [],
  };
  function Harness() {
    const [view, setView] = useState(seen.view);
    seen.view = view;
    const visible = visibleGraph(dataset, view);
    const { timeRange, ...others } = view;
    void timeRange;
    return (
      <>
        <Timeline
          dataset={dataset}
          span={time.span!}
          undated={time.undated}
          filters={others}
          range={view.timeRange}
          step={view.timeStep}
          theme="light"
          onUpdate={(update, options) => {
            seen.history.push(options);
            setView(update);
          }}
        />
        <Filters dataset={dataset} view={view} visible={visible} theme="light" onUpdate={setView} />
        <Legend dataset={dataset} visible={visible} theme="light" />
        <RelationTable
          dataset={dataset}
          visible={visible}
          lookup={lookup}
          selection={null}
          onSelect={() => {}}
        />
      </>
    );
  }
  return { seen, ...renderWithUser(<Harness />) };
}

const timeline = () => screen.getByRole('region', { name: 'Timeline' });
const legendTypes = () => screen.getByRole('list', { name: 'Relation types shown' });

afterEach(() => vi.useRealTimers());

describe('Timeline', () => {
  it('says what it counts and how many relations have no date', () => {
    renderTimeline();
    expect(within(timeline()).getByText(/19 events per week/)).toHaveTextContent(
      '19 events per week; 2 undated relations, always shown',
    );
    expect(within(timeline()).getByLabelText('From')).toHaveValue('2025-01-08');
    expect(within(timeline()).getByLabelText('To')).toHaveValue('2025-04-24');
    expect(within(timeline()).getByRole('button', { name: 'All dates' })).toBeDisabled();
  });

  it('the date inputs set the range, and the counts of the filters, legend and table follow', async () => {
    const { seen, user } = renderTimeline();
    fireEvent.change(within(timeline()).getByLabelText('From'), {
      target: { value: '2025-02-01' },
    });
    fireEvent.change(within(timeline()).getByLabelText('To'), {
      target: { value: '2025-03-31' },
    });
    expect(seen.view.timeRange).toEqual({ from: '2025-02-01', to: '2025-03-31' });
    expect(within(timeline()).getByText(/in range/)).toHaveTextContent(
      '8 of 19 events in range; 2 undated relations, always shown',
    );
    // Aid happens in April only; the standing ties have no date and stay.
    expect(within(legendTypes()).queryByText('Aid')).toBeNull();
    expect(screen.getByRole('checkbox', { name: 'Aid 0 of 1 shown' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Consult 1 of 1 shown' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Member of 1 of 1 shown' })).toBeInTheDocument();
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(1 + 8);

    await user.click(within(timeline()).getByRole('button', { name: 'All dates' }));
    expect(seen.view.timeRange).toBeNull();
    expect(screen.getByRole('checkbox', { name: 'Aid 1 of 1 shown' })).toBeInTheDocument();
  });

  it('moving From past To takes To along', () => {
    const { seen } = renderTimeline({ timeRange: { from: '2025-02-01', to: '2025-02-10' } });
    fireEvent.change(within(timeline()).getByLabelText('From'), {
      target: { value: '2025-03-01' },
    });
    expect(seen.view.timeRange).toEqual({ from: '2025-03-01', to: '2025-03-01' });
  });

  it('the bars leave out what the other filters hide', async () => {
    const { user } = renderTimeline();
    await user.click(screen.getByRole('checkbox', { name: /^Material conflict/ }));
    expect(within(timeline()).getByText(/per week/)).toHaveTextContent('13 events per week');
  });

  it('steps week by week, plays with one history entry for the whole play, and pauses', () => {
    vi.useFakeTimers();
    const { seen } = renderTimeline();
    fireEvent.click(within(timeline()).getByRole('button', { name: 'Step forward' }));
    expect(seen.view.timeRange).toEqual({ from: '2025-01-06', to: '2025-01-12' });
    fireEvent.click(within(timeline()).getByRole('button', { name: 'Step forward' }));
    expect(seen.view.timeRange).toEqual({ from: '2025-01-13', to: '2025-01-19' });
    fireEvent.click(within(timeline()).getByRole('button', { name: 'Step back' }));
    expect(seen.view.timeRange).toEqual({ from: '2025-01-06', to: '2025-01-12' });

    seen.history.length = 0;
    fireEvent.click(within(timeline()).getByRole('button', { name: 'Play' }));
    act(() => vi.advanceTimersByTime(1000));
    expect(seen.view.timeRange).toEqual({ from: '2025-01-13', to: '2025-01-19' });
    act(() => vi.advanceTimersByTime(2000));
    expect(seen.view.timeRange).toEqual({ from: '2025-01-27', to: '2025-02-02' });
    expect(seen.history.map((options) => options?.history)).toEqual(['push', 'replace', 'replace']);

    fireEvent.click(within(timeline()).getByRole('button', { name: 'Pause' }));
    act(() => vi.advanceTimersByTime(5000));
    expect(seen.view.timeRange).toEqual({ from: '2025-01-27', to: '2025-02-02' });
    expect(within(timeline()).getByRole('button', { name: 'Play' })).toBeInTheDocument();
  });

  it('stops at the end, or loops back to the first step', () => {
    vi.useFakeTimers();
    const { seen } = renderTimeline({
      timeRange: { from: '2025-04-01', to: '2025-04-30' },
      timeStep: 'month',
    });
    fireEvent.click(within(timeline()).getByRole('button', { name: 'Play' }));
    // At the last month, Play starts again from the first.
    expect(seen.view.timeRange).toEqual({ from: '2025-01-01', to: '2025-01-31' });
    act(() => vi.advanceTimersByTime(3000));
    expect(seen.view.timeRange).toEqual({ from: '2025-04-01', to: '2025-04-30' });
    act(() => vi.advanceTimersByTime(1000));
    expect(within(timeline()).getByRole('button', { name: 'Play' })).toBeInTheDocument();

    fireEvent.click(within(timeline()).getByRole('button', { name: 'Loop' }));
    fireEvent.click(within(timeline()).getByRole('button', { name: 'Play' }));
    act(() => vi.advanceTimersByTime(4000));
    expect(seen.view.timeRange).toEqual({ from: '2025-01-01', to: '2025-01-31' });
  });
});
