/**
 * A relation's coded events in the details: count, days, the mean score under the dataset's
 * name for it, the codes with their meanings, and the events 20 to a page with Previous and Next.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { GDELT_ACTORS, gdeltRow } from '../../scripts/generate/gdeltEvents';
import { openBytes } from '../../src/io/open/openDataset';
import { DetailsPanel } from '../../src/ui/details/DetailsPanel';
import { renderWithExplorer } from './helpers';

const [usa, russia] = GDELT_ACTORS;

/** 45 invented GDELT events of one relation (the US sanctions Russia) and one of another. */
async function eventDataset() {
  const rows = Array.from({ length: 45 }, (_, index) =>
    gdeltRow({
      id: 5000 + index,
      day: new Date(Date.UTC(2024, 1, 1 + index)),
      source: usa,
      target: russia,
      code: index % 3 === 0 ? '163' : '161',
      goldstein: index % 3 === 0 ? -8 : -4,
      url: index === 0 ? 'BBC Monitoring' : `https://news.example.org/${5000 + index}`,
    }).join('\t'),
  );
  const result = await openBytes(
    new TextEncoder().encode(`${rows.join('\n')}\n`),
    'events.export.CSV',
  );
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.dataset;
}

describe('EventList', () => {
  it('sums the events up and pages through them, twenty at a time', async () => {
    const dataset = await eventDataset();
    const relation = dataset.relations[0]!;
    const { user } = renderWithExplorer(
      <DetailsPanel onOpenEvidence={vi.fn()} hidden={null} onReveal={vi.fn()} />,
      { dataset, selection: { kind: 'relation', id: relation.id } },
    );
    const section = screen.getByRole('region', { name: 'Events (45)' });
    const fact = (term: string) =>
      within(section).getByText(term, { selector: 'dt' }).nextElementSibling as HTMLElement;
    expect(fact('Events')).toHaveTextContent('45 events (GDELT 2.0 events)');
    expect(fact('Days')).toHaveTextContent('2024-02-01 – 2024-03-16');
    // The relation's "When" is its range, not its first day.
    const when = screen.getByText('When', { selector: 'dt' }).nextElementSibling;
    expect(when).toHaveTextContent(/^2024-02-01 – 2024-03-16$/);
    // The mean and the codes are said once, in the events' summary, not again as attributes.
    expect(screen.getAllByText('Mean Goldstein scale')).toHaveLength(1);
    expect(screen.getAllByText('CAMEO codes')).toHaveLength(1);
    // 15 events at -8 and 30 at -4.
    expect(fact('Mean Goldstein scale')).toHaveTextContent('-5.33');
    // The codebook loads on first use: the codes are then named.
    expect(
      await within(fact('CAMEO codes')).findByText(/161 Reduce or break diplomatic relations/),
    ).toHaveTextContent('(30)');
    expect(fact('CAMEO codes')).toHaveTextContent('163 Impose embargo, boycott or sanctions (15)');

    const list = within(section).getByRole('list', { name: 'Events 1 to 20' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(20);
    expect(items[0]).toHaveTextContent(
      '2024-02-01 · 163 Impose embargo, boycott or sanctions · Goldstein scale -8',
    );
    // "BBC Monitoring" is no address: no link for the first event; the second links its article.
    expect(within(items[0]!).queryByRole('link')).toBeNull();
    const link = within(items[1]!).getByRole('link', { name: 'article' });
    expect(link).toHaveAttribute('href', 'https://news.example.org/5001');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link).toHaveAttribute('target', '_blank');

    const previous = within(section).getByRole('button', { name: 'Previous' });
    const next = within(section).getByRole('button', { name: 'Next' });
    expect(previous).toBeDisabled();
    await user.click(next);
    expect(within(section).getByRole('list', { name: 'Events 21 to 40' })).toBeInTheDocument();
    expect(within(section).getByText('21–40 of 45')).toBeInTheDocument();
    await user.click(next);
    const last = within(section).getByRole('list', { name: 'Events 41 to 45' });
    expect(within(last).getAllByRole('listitem')).toHaveLength(5);
    expect(next).toBeDisabled();
    await user.click(previous);
    expect(within(section).getByRole('list', { name: 'Events 21 to 40' })).toBeInTheDocument();
  });

  it('shows nothing for a relation without events', async () => {
    const dataset = await eventDataset();
    const relation = { ...dataset.relations[0]!, events: undefined };
    const plain = { ...dataset, relations: [relation] };
    renderWithExplorer(<DetailsPanel onOpenEvidence={vi.fn()} hidden={null} onReveal={vi.fn()} />, {
      dataset: plain,
      selection: { kind: 'relation', id: relation.id },
    });
    expect(screen.queryByRole('region', { name: /^Events/ })).toBeNull();
  });
});
