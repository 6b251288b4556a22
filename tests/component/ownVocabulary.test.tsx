/** The panels with a dataset that brings its own types and kinds, source URLs and no article. */
import { screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';

import { indexArticle } from '../../src/domain/article';
import type { Selection } from '../../src/domain/selection';
import { type ViewState, defaultView } from '../../src/domain/view';
import { DetailsPanel } from '../../src/ui/details/DetailsPanel';
import { Filters } from '../../src/ui/filters/Filters';
import { Legend } from '../../src/ui/legend/Legend';
import { ArticleReader } from '../../src/ui/reader/ArticleReader';
import { RelationTable } from '../../src/ui/table/RelationTable';
import { fundingDataset } from '../unit/fundingDataset';
import { WithExplorer, renderWithExplorer, renderWithUser } from './helpers';

const dataset = fundingDataset();

function renderFilters(of = dataset) {
  const seen: { view: ViewState } = { view: defaultView(of.id, 'preset') };
  function Harness() {
    const [view, setView] = useState(seen.view);
    seen.view = view;
    return (
      <>
        <WithExplorer dataset={of} view={view} onUpdate={(update) => setView(update)}>
          <Filters />
        </WithExplorer>
        <WithExplorer dataset={of} view={view} theme="dark">
          <Legend />
        </WithExplorer>
      </>
    );
  }
  return { seen, ...renderWithUser(<Harness />) };
}

function renderDetails(selection: Selection) {
  return renderWithExplorer(
    <DetailsPanel onOpenEvidence={vi.fn()} hidden={null} onReveal={vi.fn()} />,
    { dataset, selection },
  );
}

describe('Filters and Legend with the dataset’s own vocabulary', () => {
  it('list its own types under their classes and its own kind, each with a symbol and counts', () => {
    renderFilters();
    const funds = screen.getByRole('checkbox', { name: 'Funds 3 of 3 shown' });
    expect(funds).toBeChecked();
    expect(funds.closest('label')?.querySelector('svg.symbol')).not.toBeNull();
    expect(screen.getByRole('checkbox', { name: 'Married to 1 of 1 shown' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Lobbies 2 of 2 shown' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /^Other relations/ })).toBeChecked();
    const person = screen.getByRole('checkbox', { name: 'Person 3 of 4 shown' });
    expect(person.closest('label')?.querySelector('svg.symbol')).not.toBeNull();
    // Types of ours the dataset does not use are not offered.
    expect(screen.queryByRole('checkbox', { name: /^Accuse/ })).toBeNull();

    // In the vocabulary's order: ours first, then the file's own as it declares them.
    const types = within(screen.getByRole('list', { name: 'Relation types shown' }));
    const items = types.getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Consult 1 of 1 shown',
      'Funds 3 of 3 shown',
      'Married to 1 of 1 shown',
      'Lobbies 2 of 2 shown',
    ]);
    for (const item of items) expect(item.querySelector('svg.symbol line')).not.toBeNull();
    const kinds = within(screen.getByRole('list', { name: 'Actor kinds shown' }));
    expect(kinds.getByText('Person')).toBeInTheDocument();
    expect(screen.getByText(/Wider lines carry more weight/)).toBeInTheDocument();
  });

  it('offer a status filter only when relations differ in status', () => {
    const { unmount } = renderFilters();
    expect(screen.getByRole('group', { name: 'Status' })).toBeInTheDocument();
    unmount();
    const allReported = {
      ...dataset,
      relations: dataset.relations.map(({ status: _status, ...relation }) => relation),
    };
    renderFilters(allReported);
    expect(screen.queryByRole('group', { name: 'Status' })).toBeNull();
  });

  it('switch an own type off and on, and show only it', async () => {
    const { user, seen } = renderFilters();
    await user.click(screen.getByRole('checkbox', { name: /^Funds/ }));
    expect(seen.view.hiddenTypes).toEqual(['funds']);
    expect(screen.getByRole('checkbox', { name: 'Funds 0 of 3 shown' })).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Only Married to' }));
    expect(seen.view.hiddenTypes).not.toContain('married-to');
    expect(seen.view.hiddenTypes).toContain('funds');
    expect(screen.getByRole('checkbox', { name: 'Married to 1 of 1 shown' })).toBeChecked();
  });
});

describe('DetailsPanel with source URLs and attributes', () => {
  it('shows a source URL as a safe link that opens in a new tab, and attributes as text', () => {
    renderDetails({ kind: 'relation', id: 'alice-funds-foundation' });
    const link = screen.getByRole('link', {
      name: 'https://example.org/records/moreau-foundation',
    });
    expect(link).toHaveAttribute('href', 'https://example.org/records/moreau-foundation');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      'Alice Moreau funds Moreau Foundation',
    );
    const fact = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling;
    expect(fact('Label')).toHaveTextContent('Founding gift');
    expect(fact('When')).toHaveTextContent('in spring 2011, 2011-05');
    expect(fact('Weight')).toHaveTextContent('1,200,000');
    expect(fact('Currency')).toHaveTextContent('EUR');
    expect(screen.getByText('The gift that set up the foundation.')).toBeInTheDocument();
  });

  it('offers no "Show in article" for quotes when there is no article', () => {
    renderDetails({ kind: 'relation', id: 'foundation-funds-trust' });
    expect(screen.getByText(/largest grant yet/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /river-trust-grant/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show in article' })).toBeNull();
  });

  it('says so when a relation has no evidence at all', () => {
    renderDetails({ kind: 'relation', id: 'moreaus-married' });
    expect(screen.getByText('No quote or source in the data')).toBeInTheDocument();
  });

  it('lists an actor’s attributes as plain text, a "__proto__" name included', () => {
    renderDetails({ kind: 'actor', id: 'alice-moreau' });
    expect(screen.getByText('Person', { selector: '.details-kind' })).toBeInTheDocument();
    const attributes = document.querySelector('dl.attributes');
    expect(attributes).not.toBeNull();
    const terms = [...(attributes?.querySelectorAll('dt') ?? [])].map((dt) => dt.textContent);
    expect(terms).toEqual(['Occupation', '__proto__', 'Donor since']);
    expect(screen.getByText('just a name')).toBeInTheDocument();
    expect(screen.getByText('2011')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'funds' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show in article' })).toBeNull();
  });
});

describe('ArticleReader and RelationTable without an article', () => {
  it('says plainly that the dataset has no article text', () => {
    renderWithExplorer(<ArticleReader index={indexArticle(dataset)} />, {
      dataset,
      selection: { kind: 'relation', id: 'foundation-funds-trust' },
    });
    expect(screen.getByText(/This dataset has no article text/)).toBeInTheDocument();
  });

  it('lists own types by label and names the source of a relation without a quote', () => {
    renderWithExplorer(<RelationTable />, { dataset, view: defaultView(dataset.id) });
    const row = screen.getByRole('button', {
      name: 'Select: Alice Moreau funds Moreau Foundation',
    });
    const cells = within(row.closest('tr') as HTMLElement).getAllByRole('cell');
    expect(cells.map((cell) => cell.textContent)).toEqual([
      'Alice Moreau',
      'Funds',
      'Moreau Foundation',
      'Source: example.org',
    ]);
  });
});
