/** The details of a relation drawn in a bundle list the bundle's members, a page at a time. */
import { screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';

import type { Dataset, Relation } from '../../src/domain/dataset';
import type { Selection } from '../../src/domain/selection';
import { type ViewState, defaultView } from '../../src/domain/view';
import { DetailsPanel } from '../../src/ui/details/DetailsPanel';
import { WithExplorer, dataset as article, renderWithUser } from './helpers';

// The article's one attack of Russia on Ukraine, and 24 more strikes as event data reports them.
const strikes: Relation[] = Array.from({ length: 24 }, (_, index) => ({
  id: `strike-${index + 2}`,
  source: 'russia',
  target: 'ukraine',
  type: 'ASSAULT',
  directed: true,
  evidence: [{ quote: `Strike number ${index + 2} hit Kyiv` }],
  date: `2025-03-${String(index + 2).padStart(2, '0')}`,
}));
const dataset: Dataset = { ...article, relations: [...article.relations, ...strikes] };
const FIRST = 'russia-strikes-ukraine';

function renderDetails(selection: Selection, filters: Partial<ViewState> = {}) {
  const seen: { view: ViewState } = { view: { ...defaultView(dataset.id), ...filters, selection } };
  function Harness() {
    const [view, setView] = useState(seen.view);
    seen.view = view;
    return (
      <WithExplorer
        dataset={dataset}
        view={view}
        onSelect={(next) => setView((current) => ({ ...current, selection: next }))}
      >
        <DetailsPanel onOpenEvidence={vi.fn()} hidden={null} onReveal={vi.fn()} />
      </WithExplorer>
    );
  }
  return { seen, ...renderWithUser(<Harness />) };
}

const BUNDLE = { name: /relations: Russia attacks Ukraine/ };
const bundle = () => screen.getByRole('region', BUNDLE);
/** The list loads apart from the rest of the details, the first time it is needed. */
const listLoaded = () => screen.findByRole('region', BUNDLE);
const members = () => within(bundle()).getAllByRole('listitem');

describe('the details of a bundled relation', () => {
  it('list every member a page at a time, the selected one marked, each selectable', async () => {
    const { user, seen } = renderDetails({ kind: 'relation', id: FIRST });
    await listLoaded();
    expect(within(bundle()).getByRole('heading', { level: 3 })).toHaveTextContent(
      '25 relations: Russia attacks Ukraine',
    );
    expect(bundle()).toHaveTextContent('Drawn as one line in the graph, labelled ×25.');
    expect(members()).toHaveLength(10);
    expect(within(members()[0]!).getByRole('button')).toHaveAttribute('aria-current', 'true');
    expect(within(bundle()).getByText('1–10 of 25')).toBeInTheDocument();

    await user.click(within(bundle()).getByRole('button', { name: 'Next' }));
    expect(within(bundle()).getByText('11–20 of 25')).toBeInTheDocument();
    expect(members()[0]).toHaveTextContent('2025-03-11: Strike number 11 hit Kyiv');

    await user.click(within(bundle()).getByRole('button', { name: 'Strike number 12 hit Kyiv' }));
    expect(seen.view.selection).toEqual({ kind: 'relation', id: 'strike-12' });
    // The list stays on the selected member's page, and marks it.
    expect(within(bundle()).getByText('11–20 of 25')).toBeInTheDocument();
    expect(
      within(bundle()).getByRole('button', { name: 'Strike number 12 hit Kyiv' }),
    ).toHaveAttribute('aria-current', 'true');
    // Its own facts and evidence follow the list.
    expect(screen.getByText('2025-03-12', { selector: 'dd' })).toBeInTheDocument();
    expect(document.querySelector('.quote-text')).toHaveTextContent('“Strike number 12 hit Kyiv”');
  });

  it('opens on the page of a member selected from elsewhere (a link, Back)', async () => {
    renderDetails({ kind: 'relation', id: 'strike-23' });
    await listLoaded();
    expect(within(bundle()).getByText('21–25 of 25')).toBeInTheDocument();
    expect(
      within(bundle()).getByRole('button', { name: 'Strike number 23 hit Kyiv' }),
    ).toHaveAttribute('aria-current', 'true');
  });

  it('count what the filters leave, and say how many they hide', async () => {
    renderDetails({ kind: 'relation', id: 'strike-2' }, { query: 'strike number 1' });
    await listLoaded();
    // Strikes 10 to 19 match; the article's own quote does not.
    expect(within(bundle()).getByRole('heading', { level: 3 })).toHaveTextContent(
      '10 relations: Russia attacks Ukraine',
    );
    expect(bundle()).toHaveTextContent('×10. The filters hide 15 more.');
    expect(within(bundle()).queryByText(/of 10/)).toBeNull();
  });

  it('are absent for a relation drawn as itself', () => {
    renderDetails({ kind: 'relation', id: 'russia-ukraine-peace-talks' });
    expect(screen.queryByRole('region', { name: /relations:/ })).toBeNull();
  });
});
