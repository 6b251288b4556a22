import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { Dataset } from '../../src/domain/dataset';
import { defaultTimeStepOf } from '../../src/domain/timePlay';
import { timeOf } from '../../src/domain/timeRange';
import { validateDataset } from '../../src/domain/validate';
import { type ViewState, defaultView } from '../../src/domain/view';
import { visibleGraph } from '../../src/domain/visibleGraph';
import { Filters } from '../../src/ui/filters/Filters';
import { Legend } from '../../src/ui/legend/Legend';
import { RelationTable } from '../../src/ui/table/RelationTable';
import { Timeline } from '../../src/ui/timeline/Timeline';
import type { UpdateOptions, UpdateView } from '../../src/ui/view/useViewState';
import { timelineDataset } from '../unit/timelineDataset';
import { WithExplorer, renderWithUser } from './helpers';

const dataset = timelineDataset();

/**
 * Coded events as an event file gives them, aggregated per pair of actors as the importer does:
 * `days` lists each event's day. Validated as the app would.
 */
function eventData(id: string, days: readonly string[]): Dataset {
  const pairs = 12;
  const actors = Array.from({ length: pairs }, (_, index) => ({
    id: `actor-${index}`,
    label: `Actor ${index}`,
    kind: 'state',
    aliases: [],
  }));
  const relations = Array.from({ length: pairs }, (_, index) => ({
    id: `pair-${index}`,
    source: `actor-${index}`,
    target: `actor-${(index + 1) % pairs}`,
    type: index % 2 === 0 ? 'ASSAULT' : 'CONSULT',
    directed: true,
    evidence: [],
    events: [] as { date: string }[],
  }));
  days.forEach((date, index) => relations[index % pairs]!.events.push({ date }));
  for (const relation of relations) relation.events.sort((a, b) => a.date.localeCompare(b.date));
  const graph = { id, title: id, source: {}, actors, relations };
  const result = validateDataset({ graphText: JSON.stringify(graph), graphFile: `${id}.json` });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.dataset;
}

/**
 * A GDELT 2.0 15-minute file (2024-02-01 00:15): the events of that day and the one before, and
 * five dated up to a year back (an article recalling last year).
 */
const gdelt = eventData('gdelt-15-minutes', [
  ...Array<string>(150).fill('2024-02-01'),
  ...Array<string>(50).fill('2024-01-31'),
  '2023-02-01',
  '2023-07-14',
  '2023-11-30',
  '2024-01-01',
  '2024-01-20',
]);

/** Two days of ICEWS. */
const icews = eventData('icews-two-days', [
  ...Array<string>(30).fill('2014-02-01'),
  ...Array<string>(25).fill('2014-02-02'),
]);

/** The timeline, filters, legend and table wired to one view, as the explorer wires them. */
function renderTimeline(start: Partial<ViewState> = {}, of: Dataset = dataset) {
  const dataset = of;
  const time = timeOf(dataset);
  const seen: { view: ViewState; history: (UpdateOptions | undefined)[] } = {
    // The view the app opens the dataset with: its own default step among the rest.
    view: {
      ...defaultView(dataset.id, 'fcose', { timeStep: defaultTimeStepOf(dataset.relations) }),
      ...start,
    },
    history: [],
  };
  function Harness() {
    const [view, setView] = useState(seen.view);
    seen.view = view;
    const onUpdate: UpdateView = (update, options) => {
      seen.history.push(options);
      setView(update);
    };
    return (
      <WithExplorer
        dataset={dataset}
        view={view}
        visible={visibleGraph(dataset, view)}
        onUpdate={onUpdate}
      >
        <Timeline span={time.span!} undated={time.undated} />
        <Filters />
        <Legend />
        <RelationTable />
      </WithExplorer>
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
    // A total, not a rate ("19 events per week" read as 19 every week).
    expect(within(timeline()).getByText(/19 events/)).toHaveTextContent(
      '19 events, one bar a week; 2 undated relations, always shown',
    );
    expect(timeline()).not.toHaveTextContent(/per (day|week|month)/);
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
    expect(within(timeline()).getByText(/one bar a week/)).toHaveTextContent(
      '13 events, one bar a week',
    );
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

  it('a GDELT 15-minute file: the chart shows its two days, and says what it leaves off', async () => {
    const { seen, user } = renderTimeline({}, gdelt);
    expect(within(timeline()).getByText(/205 events/)).toHaveTextContent(
      '205 events, one bar a day; 5 events before 2024-01-31 are outside the chart',
    );
    const axis = () => timeline().querySelector('.timeline-axis')!;
    expect(axis()).toHaveTextContent(/^2024-01-31\s*2024-02-01$/);
    // Nothing is filtered: no range, and the inputs say the data's whole span.
    expect(seen.view.timeRange).toBeNull();
    expect(within(timeline()).getByLabelText('From')).toHaveValue('2023-02-01');

    // Playing walks the two days, not the 53 weeks since the oldest straggler.
    expect(within(timeline()).getByRole('combobox', { name: 'Step' })).toHaveValue('day');
    vi.useFakeTimers();
    fireEvent.click(within(timeline()).getByRole('button', { name: 'Play' }));
    expect(seen.view.timeRange).toEqual({ from: '2024-01-31', to: '2024-01-31' });
    act(() => vi.advanceTimersByTime(1000));
    expect(seen.view.timeRange).toEqual({ from: '2024-02-01', to: '2024-02-01' });
    act(() => vi.advanceTimersByTime(1000));
    expect(within(timeline()).getByRole('button', { name: 'Play' })).toBeInTheDocument();
    expect(seen.view.timeRange).toEqual({ from: '2024-02-01', to: '2024-02-01' });
    vi.useRealTimers();

    // Full span brings the stragglers onto the chart, and back off again.
    fireEvent.click(within(timeline()).getByRole('button', { name: 'All dates' }));
    const full = within(timeline()).getByRole('button', { name: 'Full span' });
    expect(full).toHaveAttribute('aria-pressed', 'false');
    await user.click(full);
    expect(full).toHaveAttribute('aria-pressed', 'true');
    expect(timeline()).not.toHaveTextContent('outside the chart');
    expect(axis()).toHaveTextContent(/^2023-01-30\s*2024-02-04$/);
    await user.click(full);
    expect(axis()).toHaveTextContent(/^2024-01-31\s*2024-02-01$/);
  });

  it('a range reaching past the main span widens the chart to take it in', () => {
    renderTimeline({ timeRange: { from: '2024-01-01', to: '2024-01-31' } }, gdelt);
    expect(within(timeline()).getByText(/in range/)).toHaveTextContent(
      '52 of 205 events in range; 3 events before 2024-01-01 are outside the chart',
    );
  });

  it('without dates far apart there is nothing left off and no Full span', () => {
    renderTimeline();
    expect(timeline()).not.toHaveTextContent('outside the chart');
    expect(within(timeline()).queryByRole('button', { name: 'Full span' })).toBeNull();
  });

  it('two days of ICEWS step day by day, until the reader or the link chooses a step', async () => {
    const { seen, user } = renderTimeline({}, icews);
    const step = () => within(timeline()).getByRole('combobox', { name: 'Step' });
    expect(step()).toHaveValue('day');
    fireEvent.click(within(timeline()).getByRole('button', { name: 'Step forward' }));
    expect(seen.view.timeRange).toEqual({ from: '2014-02-01', to: '2014-02-01' });
    fireEvent.click(within(timeline()).getByRole('button', { name: 'Step forward' }));
    expect(seen.view.timeRange).toEqual({ from: '2014-02-02', to: '2014-02-02' });
    // Choosing Week is a choice, and the link says so (week is not this data's default).
    await user.selectOptions(step(), 'week');
    expect(step()).toHaveValue('week');
    expect(seen.view.timeStep).toBe('week');
    fireEvent.click(within(timeline()).getByRole('button', { name: 'All dates' }));
    fireEvent.click(within(timeline()).getByRole('button', { name: 'Step forward' }));
    expect(seen.view.timeRange).toEqual({ from: '2014-01-27', to: '2014-02-02' });
  });

  it("a link's step is kept, the global default too", () => {
    renderTimeline({ timeStep: 'month' }, icews);
    expect(within(timeline()).getByRole('combobox', { name: 'Step' })).toHaveValue('month');
    cleanup();
    renderTimeline({ timeStep: 'week' }, icews);
    expect(within(timeline()).getByRole('combobox', { name: 'Step' })).toHaveValue('week');
  });
});
