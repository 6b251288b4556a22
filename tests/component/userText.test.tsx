/**
 * The data's own words in the filters and the details: each name is isolated (a `<bdi>`, or in
 * the filters an element app.css isolates), so a right-to-left override (U+202E) in a label
 * turns only the label around, and markup in a label is shown as text, never read as HTML. (How it looks, wrapped at 360 px, is in responsive.spec.)
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import type { Dataset } from '../../src/domain/dataset';
import type { Selection } from '../../src/domain/selection';
import { validateDataset } from '../../src/domain/validate';
import { defaultView } from '../../src/domain/view';
import { DetailsPanel } from '../../src/ui/details/DetailsPanel';
import { Filters } from '../../src/ui/filters/Filters';
import { renderWithExplorer } from './helpers';

const LONG_TYPE =
  'Moves money through shell intermediaries registered in faraway tax jurisdictions';
const EVIL = 'Evil \u202ECorp';

function namesDataset(): Dataset {
  const graph = {
    id: 'user-text',
    title: 'User text',
    source: { title: 'Registry <b>extract</b>', publisher: 'Example \u202EWire' },
    types: [
      { id: 'offshore', label: LONG_TYPE, active: 'funds', passive: 'is funded by' },
      { id: 'markup', label: '<img src=x onerror=alert(1)>' },
    ],
    kinds: [{ id: 'shell', label: 'Shell \u202Ecompany' }],
    actors: [
      { id: 'evil', label: EVIL, kind: 'shell', aliases: ['E\u202ECorp', 'Evil Inc'] },
      { id: 'bank', label: 'First Bank', kind: 'organization', aliases: [] },
    ],
    relations: [
      {
        id: 'evil-funds-bank',
        source: 'evil',
        target: 'bank',
        type: 'offshore',
        directed: true,
        when: 'last \u202Eweek',
        evidence: [{ url: 'https://registry.example.org/filings/000123456789000123456789' }],
      },
      {
        id: 'bank-markup-evil',
        source: 'bank',
        target: 'evil',
        type: 'markup',
        directed: true,
        evidence: [],
      },
    ],
  };
  const result = validateDataset({ graphText: JSON.stringify(graph), graphFile: 'names.json' });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.dataset;
}

const dataset = namesDataset();

function renderDetails(selection: Selection | null) {
  return renderWithExplorer(
    <DetailsPanel onOpenEvidence={vi.fn()} hidden={null} onReveal={vi.fn()} />,
    { dataset, selection },
  );
}

/** The texts of the `<bdi>` elements inside an element. */
const isolated = (element: HTMLElement) =>
  [...element.querySelectorAll('bdi')].map((bdi) => bdi.textContent);

describe("the data's own words", () => {
  it('each type and kind name in the filters is an element apart from its count', () => {
    renderWithExplorer(<Filters />, { dataset, view: defaultView(dataset.id), onUpdate: vi.fn() });
    const long = screen.getByRole('checkbox', { name: `${LONG_TYPE} 1 of 1 shown` });
    // Its own element, which app.css isolates (unicode-bidi) and lets wrap beside the count.
    const name = (box: HTMLElement) => box.closest('label')!.querySelector('.check-name');
    expect(name(long)).toHaveTextContent(LONG_TYPE);
    const shell = screen.getByRole('checkbox', { name: 'Shell \u202Ecompany 1 of 1 shown' });
    expect(name(shell)).toHaveTextContent('Shell \u202Ecompany');
    // Markup in a label is text.
    expect(screen.getByRole('checkbox', { name: /^<img src=x onerror=alert\(1\)>/ })).toBeVisible();
    expect(document.querySelector('img')).toBeNull();
  });

  it("a relation's sentence isolates both labels and the verb; its facts isolate the data's words", () => {
    renderDetails({ kind: 'relation', id: 'evil-funds-bank' });
    const title = screen.getByRole('heading', { level: 2 });
    expect(title).toHaveTextContent(`${EVIL} funds First Bank`);
    expect(isolated(title)).toEqual([EVIL, 'funds', 'First Bank']);
    const facts = document.querySelector<HTMLElement>('.facts')!;
    expect(isolated(facts)).toEqual(
      expect.arrayContaining([EVIL, LONG_TYPE, 'First Bank', 'last \u202Eweek']),
    );
    const source = screen.getByRole('link', { name: /^https:\/\/registry/ });
    expect(isolated(source)).toEqual([
      'https://registry.example.org/filings/000123456789000123456789',
    ]);
  });

  it("an actor's names, aliases and relations are isolated, one by one", () => {
    renderDetails({ kind: 'actor', id: 'evil' });
    // A title of its own is a block: the override stays inside it without a <bdi>.
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(EVIL);
    const aliases = screen.getByText(/Also named in the article/).parentElement!;
    expect(isolated(aliases)).toEqual(['E\u202ECorp', 'Evil Inc']);
    const group = screen.getByRole('region', { name: LONG_TYPE });
    expect(isolated(within(group).getByRole('listitem'))).toEqual([
      'funds',
      'First Bank',
      'last \u202Eweek',
      'https://registry.example.org/filings/000123456789000123456789',
    ]);
  });

  it('the source of the dataset: each fact isolated, markup as text', () => {
    renderDetails(null);
    const source = screen.getByRole('region', { name: 'Source' });
    expect(isolated(source)).toEqual(['Registry <b>extract</b>', 'Example \u202EWire']);
    expect(source.querySelector('b')).toBeNull();
  });
});
