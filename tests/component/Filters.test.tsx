import { render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';

import { parseView, serializeView } from '../../src/domain/link/viewQuery';
import { RELATION_TYPE_IDS } from '../../src/domain/relationTypes';
import { type ViewState, defaultView } from '../../src/domain/view';
import { Filters } from '../../src/ui/filters/Filters';
import { Legend } from '../../src/ui/legend/Legend';
import { WithExplorer, dataset, renderWithUser } from './helpers';

/** Filters wired to real view state, exposing the latest view to the test. */
function renderFilters() {
  const seen: { view: ViewState } = { view: defaultView(dataset.id) };
  function Harness() {
    const [view, setView] = useState(seen.view);
    seen.view = view;
    return (
      <WithExplorer view={view} onUpdate={(update) => setView(update)}>
        <Filters />
      </WithExplorer>
    );
  }
  return { seen, ...renderWithUser(<Harness />) };
}

describe('Filters', () => {
  it('shows a checkbox per relation type present, with how many of its relations are shown', () => {
    renderFilters();
    const accuse = dataset.relations.filter((relation) => relation.type === 'ACCUSE').length;
    expect(
      screen.getByRole('checkbox', { name: `Accuse ${accuse} of ${accuse} shown` }),
    ).toBeChecked();
    expect(screen.queryByRole('checkbox', { name: /^Protest/ })).toBeNull();
  });

  it('counts what is shown out of the total, the same way the legend does', async () => {
    const { user } = renderFilters();
    // TASS is an organization with no relation, so the default view shows 3 of the 4.
    expect(screen.getByRole('checkbox', { name: 'Organization 3 of 4 shown' })).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: /^Accuse/ }));
    const accuse = dataset.relations.filter((relation) => relation.type === 'ACCUSE').length;
    expect(screen.getByRole('checkbox', { name: `Accuse 0 of ${accuse} shown` })).not.toBeChecked();
  });

  it('switches a type off and on, and "only" keeps one type', async () => {
    const { user, seen } = renderFilters();
    await user.click(screen.getByRole('checkbox', { name: /^Accuse/ }));
    expect(seen.view.hiddenTypes).toEqual(['ACCUSE']);
    await user.click(screen.getByRole('button', { name: 'Only Sanction' }));
    expect(seen.view.hiddenTypes).toEqual(RELATION_TYPE_IDS.filter((type) => type !== 'SANCTION'));
    expect(screen.getByRole('checkbox', { name: /^Sanction/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /^Accuse/ })).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'All' }));
    expect(seen.view.hiddenTypes).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'None' }));
    expect(seen.view.hiddenTypes).toEqual(RELATION_TYPE_IDS);
  });

  it('a class box is mixed when some of its types are off, unchecked when all are, and a click turns them all on', async () => {
    const { user, seen } = renderFilters();
    const verbalConflict = () => screen.getByRole('checkbox', { name: 'Verbal conflict' });
    expect(verbalConflict()).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: /^Accuse/ }));
    expect(verbalConflict()).toBePartiallyChecked();
    expect(verbalConflict()).not.toBeChecked();
    for (const name of [/^Request/, /^Reject/, /^Threaten/]) {
      await user.click(screen.getByRole('checkbox', { name }));
    }
    // Every type of the class is off: the class shows nothing, and its box says so.
    expect(verbalConflict()).not.toBeChecked();
    expect(verbalConflict()).not.toBePartiallyChecked();
    await user.click(verbalConflict());
    expect(seen.view.hiddenTypes).toEqual([]);
    expect(verbalConflict()).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: /^Accuse/ }));
    await user.click(verbalConflict());
    expect(seen.view.hiddenTypes).toEqual([]);
    expect(seen.view.hiddenClasses).toEqual([]);
  });

  it('stops the text filter where the link stops, with a hint, so the link reopens exactly it', async () => {
    const { user, seen } = renderFilters();
    const box = screen.getByRole('searchbox', { name: 'Text filter' });
    await user.click(box);
    await user.paste('中'.repeat(80));
    expect(box).toHaveValue('中'.repeat(66));
    expect(seen.view.query).toBe('中'.repeat(66));
    expect(box).toHaveAccessibleDescription(
      'A link keeps at most 66 characters of this text, so the filter stops here.',
    );
    await user.type(box, '文');
    expect(box).toHaveValue('中'.repeat(66));
    const reopened = parseView(serializeView(seen.view, dataset.id), dataset.id).view.query;
    expect(reopened).toBe((box as HTMLInputElement).value);
    await user.type(box, '{Backspace}');
    expect(box).toHaveValue('中'.repeat(65));
    expect(box).toHaveAccessibleDescription('');
  });

  it('a class switch disables its types; kinds, focus depth and isolated actors change the view', async () => {
    const { user, seen } = renderFilters();
    await user.click(screen.getByRole('checkbox', { name: 'Standing ties' }));
    expect(seen.view.hiddenClasses).toEqual(['structural']);
    expect(screen.getByRole('checkbox', { name: /^Leads/ })).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: /^Bloc/ }));
    expect(seen.view.hiddenKinds).toEqual(['bloc']);
    expect(screen.getByRole('combobox', { name: 'Focus depth' })).toBeDisabled();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Focus' }), 'Belarus');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Focus depth' }), '3');
    expect(seen.view.focus).toEqual({ actor: 'belarus', depth: 3 });
    await user.click(
      screen.getByRole('checkbox', { name: 'Show actors with no visible relation' }),
    );
    expect(seen.view.showIsolated).toBe(true);
    await user.type(screen.getByRole('searchbox', { name: 'Text filter' }), 'nuclear');
    expect(seen.view.query).toBe('nuclear');
  });

  it('switches relation statuses off and on, counting what is shown of each', async () => {
    const { user, seen } = renderFilters();
    const group = screen.getByRole('group', { name: 'Status' });
    expect(
      within(group)
        .getAllByRole('checkbox')
        .map((box) => box.parentElement?.textContent),
    ).toEqual([
      `Happened or holds ${dataset.relations.length - 3} of ${dataset.relations.length - 3} shown`,
      'Stalled 2 of 2 shown',
      'Planned 1 of 1 shown',
    ]);
    await user.click(within(group).getByRole('checkbox', { name: /^Planned/ }));
    await user.click(within(group).getByRole('checkbox', { name: /^Stalled/ }));
    expect(seen.view.hiddenStatuses).toEqual(['stalled', 'planned']);
    expect(within(group).getByRole('checkbox', { name: 'Stalled 0 of 2 shown' })).not.toBeChecked();
    await user.click(within(group).getByRole('checkbox', { name: 'Planned 0 of 1 shown' }));
    expect(seen.view.hiddenStatuses).toEqual(['stalled']);
  });
});

describe('Legend', () => {
  it('counts what is shown out of the total, like the filters', () => {
    render(
      <WithExplorer view={defaultView(dataset.id)}>
        <Legend />
      </WithExplorer>,
    );
    const kinds = screen.getByRole('list', { name: 'Actor kinds shown' });
    expect(within(kinds).getByText('Organization').closest('li')).toHaveTextContent(
      'Organization 3 of 4 shown',
    );
  });

  it('draws a mutual type without an arrowhead, and says when no relation has a direction', () => {
    const heads = () =>
      screen
        .getByRole('list', { name: 'Relation types shown' })
        .querySelectorAll('polygon, polyline, circle, rect');
    const { unmount } = render(
      <WithExplorer view={defaultView(dataset.id)}>
        <Legend />
      </WithExplorer>,
    );
    expect(heads().length).toBeGreaterThan(0);
    unmount();
    const mutual = {
      ...dataset,
      relations: dataset.relations.map((relation) => ({ ...relation, directed: false })),
    };
    render(
      <WithExplorer dataset={mutual} view={defaultView(mutual.id)}>
        <Legend />
      </WithExplorer>,
    );
    expect(heads()).toHaveLength(0);
    expect(screen.getByText('Lines are mutual: no relation here has a direction.')).toBeVisible();
  });
});
