import { screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';

import { indexArticle } from '../../src/domain/article';
import { explainHidden, liftReasons } from '../../src/domain/hiddenReason';
import type { Selection } from '../../src/domain/selection';
import { type ViewState, defaultView } from '../../src/domain/view';
import { entireGraph, visibleGraph } from '../../src/domain/visibleGraph';
import { DatasetErrorScreen } from '../../src/ui/app/StatusScreens';
import { DetailsPanel } from '../../src/ui/details/DetailsPanel';
import { SourceNote, safeExternalUrl } from '../../src/ui/details/SourceNote';
import { Legend } from '../../src/ui/legend/Legend';
import { ArticleReader } from '../../src/ui/reader/ArticleReader';
import { RelationTable } from '../../src/ui/table/RelationTable';
import { WithExplorer, dataset, renderWithExplorer, renderWithUser } from './helpers';

/** The details of one selection, wired to real view state as the explorer wires them. */
function renderDetails(selection: Selection, filters: Partial<ViewState>) {
  const seen: { view: ViewState } = { view: { ...defaultView(dataset.id), ...filters, selection } };
  function Harness() {
    const [view, setView] = useState(seen.view);
    seen.view = view;
    const hidden = explainHidden(dataset, view, selection);
    return (
      <WithExplorer view={view}>
        <DetailsPanel
          onOpenEvidence={vi.fn()}
          hidden={hidden}
          onReveal={() => hidden && setView((current) => liftReasons(current, hidden.reasons))}
        />
      </WithExplorer>
    );
  }
  return { seen, ...renderWithUser(<Harness />) };
}

/** The value of a fact row ("Status", "Reported as") of the relation details. */
function factOf(term: string): HTMLElement {
  const dt = screen.getByText(term, { selector: 'dt' });
  return dt.nextElementSibling as HTMLElement;
}

describe('DetailsPanel', () => {
  it('describes an actor’s relations in words, from its side, with quotes', async () => {
    const onSelect = vi.fn();
    const onOpenEvidence = vi.fn();
    const { user } = renderWithExplorer(
      <DetailsPanel onOpenEvidence={onOpenEvidence} hidden={null} onReveal={vi.fn()} />,
      { selection: { kind: 'actor', id: 'south-africa' }, onSelect },
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('South Africa');
    const sanction = screen.getByRole('region', { name: 'Sanction' });
    expect(sanction).toHaveTextContent('is sanctioned by United States');
    expect(sanction).toHaveTextContent(
      '“was sanctioned by the Trump administration over domestic land reform policies”',
    );
    await user.click(within(sanction).getByRole('button', { name: 'Show in article' }));
    expect(onOpenEvidence).toHaveBeenCalledWith(
      'united-states-sanctions-south-africa',
      'was sanctioned by the Trump administration over domestic land reform policies',
    );
    await user.click(within(sanction).getByRole('button', { name: 'United States' }));
    expect(onSelect).toHaveBeenCalledWith({ kind: 'actor', id: 'united-states' });
  });

  it('lists a meeting’s participants as attending it, not as holding talks with it', () => {
    renderDetails({ kind: 'actor', id: 'london-meeting' }, {});
    const consult = screen.getByRole('region', { name: 'Consult' });
    expect(consult).toHaveTextContent('are attended by United Kingdom');
    expect(consult).not.toHaveTextContent('holds talks with');
    expect(screen.getByRole('heading', { level: 3, name: '5 relations' })).toBeInTheDocument();
  });

  it('shows who claims an alleged relation', () => {
    renderWithExplorer(<DetailsPanel onOpenEvidence={vi.fn()} hidden={null} onReveal={vi.fn()} />, {
      selection: { kind: 'relation', id: 'european-hawks-encourage-zelenskyy' },
    });
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      'European hawks support Volodymyr Zelenskyy',
    );
    // The claimant's label is isolated from the words around it.
    expect(screen.getByText('Reported as').nextElementSibling).toHaveTextContent(
      /^A claim by Russia$/,
    );
  });

  it('says a relation is stalled or planned, in its title, its facts and its actors’ lines', () => {
    const { unmount } = renderWithExplorer(
      <DetailsPanel onOpenEvidence={vi.fn()} hidden={null} onReveal={vi.fn()} />,
      { selection: { kind: 'relation', id: 'russia-ukraine-peace-talks' } },
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      'Russia holds talks with Ukraine (stalled)',
    );
    expect(factOf('Status')).toHaveTextContent(/^Stalled/);
    unmount();

    renderWithExplorer(<DetailsPanel onOpenEvidence={vi.fn()} hidden={null} onReveal={vi.fn()} />, {
      selection: { kind: 'actor', id: 'south-africa-president' },
    });
    expect(screen.getByRole('region', { name: 'Consult' })).toHaveTextContent(
      'holds talks with Volodymyr Zelenskyy (planned)',
    );
  });

  it('shows a reported quote with its reporter, and the reporter’s details list what it reported', async () => {
    const onSelect = vi.fn();
    const { user, unmount } = renderWithExplorer(
      <DetailsPanel onOpenEvidence={vi.fn()} hidden={null} onReveal={vi.fn()} />,
      { selection: { kind: 'relation', id: 'russia-threatens-western-countries' }, onSelect },
    );
    // A report, not a doubted claim.
    expect(factOf('Reported as')).toHaveTextContent('A fact the article reports');
    const quotes = screen.getAllByRole('blockquote');
    expect(quotes[0]).toHaveTextContent('Reported by TASS.');
    // The official who stated it for Russia is its reporter too ("…," Shoigu said).
    expect(quotes[1]).toHaveTextContent('Reported by Sergei Shoigu.');
    await user.click(within(quotes[0]!).getByRole('button', { name: 'TASS' }));
    expect(onSelect).toHaveBeenCalledWith({ kind: 'actor', id: 'tass' });
    unmount();

    // A quote without a reporter says nothing of one.
    const strikes = renderWithExplorer(
      <DetailsPanel onOpenEvidence={vi.fn()} hidden={null} onReveal={vi.fn()} />,
      { selection: { kind: 'relation', id: 'russia-strikes-ukraine' }, onSelect },
    );
    const strikeQuotes = screen.getAllByRole('blockquote');
    expect(strikeQuotes[0]).not.toHaveTextContent('Reported by');
    expect(strikeQuotes[1]).toHaveTextContent('Reported by Ukrainian State Emergency Service.');
    strikes.unmount();

    const onOpenEvidence = vi.fn();
    const tass = renderWithExplorer(
      <DetailsPanel onOpenEvidence={onOpenEvidence} hidden={null} onReveal={vi.fn()} />,
      { selection: { kind: 'actor', id: 'tass' }, onSelect },
    );
    const reports = screen.getByRole('region', { name: 'Reports (1)' });
    expect(
      within(reports)
        .getAllByRole('button', { name: /threatens/ })
        .map((button) => button.textContent),
    ).toEqual(['Russia threatens Western countries']);
    await tass.user.click(within(reports).getAllByRole('button', { name: 'Show in article' })[0]!);
    expect(onOpenEvidence).toHaveBeenCalledWith(
      'russia-threatens-western-countries',
      expect.stringContaining('according to the TASS news agency'),
    );
  });

  it('lists the article’s names for an actor apart from names only search uses', () => {
    renderWithExplorer(<DetailsPanel onOpenEvidence={vi.fn()} hidden={null} onReveal={vi.fn()} />, {
      selection: { kind: 'actor', id: 'ukraine' },
    });
    const named = screen.getByText('Also named in the article:', { exact: false });
    expect(named.parentElement).toHaveTextContent(
      /^Also named in the article: Kiev, Ukrainians, Ukrainian$/,
    );
    const searchOnly = screen.getByText(/Search also finds it by names the article does not use/);
    expect(searchOnly.parentElement).toHaveTextContent(/: Kyiv$/);
  });

  it('names the switched-off kind that hides an actor, and shows that kind again', async () => {
    const { user, seen } = renderDetails(
      { kind: 'actor', id: 'putin' },
      { hiddenKinds: ['leader'] },
    );
    expect(screen.getByRole('note')).toHaveTextContent(
      'Hidden in the graph: its kind Leader or official is switched off.',
    );
    await user.click(screen.getByRole('button', { name: 'Show this kind' }));
    expect(seen.view.hiddenKinds).toEqual([]);
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('blames the isolated-actors switch for TASS, and its action shows TASS', async () => {
    const { user, seen } = renderDetails({ kind: 'actor', id: 'tass' }, {});
    expect(screen.getByRole('note')).toHaveTextContent(
      'Hidden in the graph: it takes part in no relation of the article, and actors with no visible relation are hidden.',
    );
    expect(screen.getByRole('note')).not.toHaveTextContent('current filters');
    await user.click(screen.getByRole('button', { name: 'Show actors with no visible relation' }));
    expect(visibleGraph(dataset, seen.view).actorIds.has('tass')).toBe(true);
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('names every filter when several hide a relation, and lifts only those', async () => {
    const { user, seen } = renderDetails(
      { kind: 'relation', id: 'putin-leads-russia' },
      { hiddenKinds: ['leader'], hiddenClasses: ['structural', 'verbal-conflict'] },
    );
    expect(screen.getByRole('note')).toHaveTextContent(
      'Hidden in the graph: the actor kind Leader or official is switched off and its class Standing ties is switched off.',
    );
    await user.click(screen.getByRole('button', { name: 'Change these filters to show it' }));
    expect(seen.view.hiddenKinds).toEqual([]);
    expect(seen.view.hiddenClasses).toEqual(['verbal-conflict']);
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('invites a selection when nothing is selected', () => {
    renderWithExplorer(<DetailsPanel onOpenEvidence={vi.fn()} hidden={null} onReveal={vi.fn()} />);
    expect(screen.getByRole('heading', { name: 'Nothing selected' })).toBeInTheDocument();
  });
});

describe('ArticleReader', () => {
  const index = indexArticle(dataset);

  it('renders headings as headings and marks the selected relation’s sentence', () => {
    const { container } = renderWithExplorer(<ArticleReader index={index} />, {
      selection: { kind: 'relation', id: 'russia-ally-of-belarus' },
    });
    expect(
      screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent),
    ).toEqual([
      'Zelensky returns from South Africa trip',
      'US presses Ukraine for minerals deal',
      'Right to use of nuclear weapons',
    ]);
    const current = container.querySelectorAll('.sentence.is-current');
    expect(current).toHaveLength(1);
    expect(current[0]).toHaveTextContent('Russia or its ally Belarus');
  });

  it('turns actor names into buttons that select the actor', async () => {
    const onSelect = vi.fn();
    const { user } = renderWithExplorer(<ArticleReader index={index} />, {
      onSelect,
    });
    await user.click(screen.getAllByRole('button', { name: 'Sergei Shoigu' })[0]!);
    expect(onSelect).toHaveBeenCalledWith({ kind: 'actor', id: 'shoigu' });
  });
});

describe('RelationTable', () => {
  it('lists exactly the visible relations and sorts by a column', async () => {
    const visible = visibleGraph(dataset, {
      ...defaultView(dataset.id),
      hiddenClasses: ['structural'],
    });
    const { user } = renderWithExplorer(<RelationTable />, {
      visible,
    });
    const rows = () => screen.getAllByRole('row').slice(1);
    expect(rows()).toHaveLength(visible.relationIds.size);
    await user.click(screen.getByRole('button', { name: 'Target' }));
    const targetOf = (row: HTMLElement) => within(row).getAllByRole('cell')[2]!.textContent;
    expect(targetOf(rows()[0]!)).toBe('Denys Shmyhal');
    expect(targetOf(rows().at(-1)!)).toBe('Western countries');
    await user.click(screen.getByRole('button', { name: 'Target' }));
    expect(screen.getByRole('columnheader', { name: /Target/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  });

  it('marks the relations the article does not report as having happened', () => {
    renderWithExplorer(<RelationTable />, {
      visible: entireGraph(dataset),
    });
    const typeCell = (id: string) =>
      within(document.querySelector<HTMLElement>(`tr[data-relation="${id}"]`)!).getAllByRole(
        'cell',
      )[1]!;
    expect(typeCell('russia-ukraine-peace-talks')).toHaveTextContent(/^Consult \(stalled\)$/);
    expect(typeCell('zelenskyy-meets-south-africa-president')).toHaveTextContent(
      /^Consult \(planned\)$/,
    );
    expect(typeCell('russia-strikes-ukraine')).toHaveTextContent(/^Assault$/);
    expect(within(typeCell('russia-ukraine-peace-talks')).getByRole('button')).toHaveAccessibleName(
      'Select: Russia holds talks with Ukraine (stalled)',
    );
  });

  it('says "1 relation" when one relation is shown', () => {
    renderWithExplorer(<RelationTable />, {
      visible: { actorIds: new Set(), relationIds: new Set(['russia-ally-of-belarus']) },
    });
    expect(screen.getByRole('table', { name: '1 relation shown' })).toBeInTheDocument();
  });

  it('says so when no relation is visible', () => {
    renderWithExplorer(<RelationTable />, {
      visible: { actorIds: new Set(), relationIds: new Set() },
    });
    expect(screen.getByText(/No relation is shown/)).toBeInTheDocument();
  });
});

describe('DatasetErrorScreen', () => {
  it('lists every problem with file, path and reason, as text', () => {
    renderWithUser(
      <DatasetErrorScreen
        datasetId="broken"
        problems={[
          {
            file: 'data/broken/graph.json',
            path: 'relations[0].target',
            message: 'no actor has the id "<b>x</b>"',
          },
          { file: 'data/broken/graph.json', path: '', message: 'invalid JSON: Unexpected end' },
        ]}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('The dataset “broken” has 2 problems');
    expect(
      screen.getByText(
        'data/broken/graph.json: relations[0].target: no actor has the id "<b>x</b>"',
      ),
    ).toBeInTheDocument();
    expect(document.querySelector('b')).toBeNull();
  });
});

describe('SourceNote', () => {
  it('links an http(s) source safely and never a javascript: one', () => {
    const { rerender } = renderWithUser(
      <SourceNote source={{ url: 'https://example.org/story', note: 'A note' }} />,
    );
    const link = screen.getByRole('link', { name: 'https://example.org/story' });
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    rerender(<SourceNote source={{ url: 'javascript:alert(1)', note: 'A note' }} />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(safeExternalUrl('data:text/html,x')).toBeNull();
    expect(safeExternalUrl('not a url')).toBeNull();
  });
});

describe('Legend', () => {
  it('lists the statuses with a mark of their own while such relations are shown', () => {
    const { rerender } = renderWithExplorer(<Legend />, { visible: entireGraph(dataset) });
    const statuses = screen.getByRole('list', { name: 'Relation statuses shown' });
    expect(
      within(statuses)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Stalled 2 of 2 shown', 'Planned 1 of 1 shown']);
    rerender(
      <WithExplorer
        visible={visibleGraph(dataset, {
          ...defaultView(dataset.id),
          hiddenStatuses: ['stalled', 'planned'],
        })}
      >
        <Legend />
      </WithExplorer>,
    );
    expect(screen.queryByRole('list', { name: 'Relation statuses shown' })).toBeNull();
  });
});
