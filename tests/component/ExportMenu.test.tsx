import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { ExportMenu } from '../../src/ui/export/ExportMenu';
import { type ExplorerSetup, WithExplorer, dataset, renderWithExplorer } from './helpers';

const everything = {
  actorIds: new Set(dataset.actors.map((actor) => actor.id)),
  relationIds: new Set(dataset.relations.map((relation) => relation.id)),
};

const menu = (
  <>
    <ExportMenu getCy={() => null} getLink={() => 'https://example.org/?sel=r:x'} />
    <button type="button">Elsewhere</button>
  </>
);

function renderMenu(setup: ExplorerSetup = {}) {
  return renderWithExplorer(menu, { visible: everything, selection: null, ...setup });
}

describe('ExportMenu', () => {
  it('opens from the keyboard and closes with Escape, focus back on its button', async () => {
    const { user } = renderMenu();
    const toggle = screen.getByRole('button', { name: 'Export' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.tab();
    expect(toggle).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const png = await screen.findByRole('button', { name: 'PNG 1×' });
    await user.tab();
    expect(png).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'PNG 1×' })).not.toBeInTheDocument();
  });

  it('closes when focus or a press goes elsewhere', async () => {
    const { user } = renderMenu();
    const toggle = screen.getByRole('button', { name: 'Export' });
    await user.click(toggle);
    await screen.findByRole('button', { name: 'GraphML' });
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  it('says the picture and sheets hold only what the filters show', async () => {
    const { user } = renderMenu({
      visible: { actorIds: new Set(['russia']), relationIds: new Set() },
    });
    await user.click(screen.getByRole('button', { name: 'Export' }));
    expect(
      await screen.findByRole('group', { name: 'Picture of the filtered graph' }),
    ).toBeVisible();
    expect(screen.getByRole('group', { name: 'What the filters show, as CSV' })).toBeVisible();
  });

  it('does not call the default view filtered, where only actors without relations are left out', async () => {
    const connected = new Set(
      dataset.relations.flatMap((relation) => [relation.source, relation.target]),
    );
    expect(connected.size).toBeLessThan(dataset.actors.length);
    const { user } = renderMenu({
      visible: { actorIds: connected, relationIds: everything.relationIds },
    });
    await user.click(screen.getByRole('button', { name: 'Export' }));
    expect(await screen.findByRole('group', { name: 'Picture of the graph' })).toBeVisible();
    expect(screen.getByRole('group', { name: 'What is shown, as CSV' })).toBeVisible();
  });

  it('offers a citation only for a selected relation, and shows it to copy by hand without a clipboard', async () => {
    const relation = dataset.relations[0];
    if (!relation) throw new Error('no relation');
    const { user, rerender } = renderMenu({ selection: { kind: 'actor', id: 'russia' } });
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await screen.findByRole('button', { name: 'GEXF' });
    expect(screen.queryByRole('button', { name: /citation/ })).not.toBeInTheDocument();
    rerender(
      <WithExplorer visible={everything} selection={{ kind: 'relation', id: relation.id }}>
        {menu}
      </WithExplorer>,
    );
    // jsdom has no clipboard: the fallback shows the text, selected.
    vi.stubGlobal('navigator', { ...navigator, clipboard: undefined });
    await user.click(
      screen.getByRole('button', { name: 'Copy citation of the selected relation' }),
    );
    const field = await screen.findByRole('textbox', { name: 'Copy this citation:' });
    expect((field as HTMLTextAreaElement).value).toContain('Link: https://example.org/?sel=r:x');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export' })).toHaveFocus();
    vi.unstubAllGlobals();
  });

  it('says so when a picture cannot be made yet', async () => {
    const { user } = renderMenu();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(await screen.findByRole('button', { name: 'SVG' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'The export failed: the graph is not drawn yet',
      ),
    );
  });
});
