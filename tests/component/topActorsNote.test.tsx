/**
 * The note over the canvas of a large dataset: it opens on the most connected actors and says
 * so, "Show all" draws every actor, and the control draws another number of them. The canvas is
 * a stub that names what it was given: jsdom draws nothing.
 */
import { screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';

import type { Dataset } from '../../src/domain/dataset';
import { datasetIds, defaultViewOf } from '../../src/domain/link/datasetIds';
import type { ViewState } from '../../src/domain/view';
import { GraphStage } from '../../src/ui/app/GraphStage';
import type { UpdateView } from '../../src/ui/view/useViewState';
import { realDataset } from '../unit/realDataset';
import { WithExplorer, renderWithUser } from './helpers';

vi.mock('../../src/graph/GraphCanvas', () => ({
  GRAPH_SURFACE_ID: 'graph-surface',
  GraphCanvas: ({ dataset }: { dataset: Dataset }) => (
    <div
      role="img"
      aria-label={`Canvas of ${dataset.actors.length} actors, ${dataset.relations.length} relations`}
    />
  ),
}));

/** The article's first actor and relation, repeated: `actors` actors, `relations` relations. */
function large(actors: number, relations: number): Dataset {
  const base = realDataset();
  const ids = Array.from({ length: actors }, (_, index) => `actor-${index}`);
  return {
    ...base,
    id: 'large',
    actors: ids.map((id) => ({ ...base.actors[0]!, id, label: id })),
    relations: Array.from({ length: relations }, (_, index) => ({
      ...base.relations[0]!,
      id: `relation-${index}`,
      // The first actors are the busiest: every fifth relation starts at one of the first ten.
      source: ids[index % 5 === 0 ? index % 10 : index % actors]!,
      target: ids[(index * 7 + 1) % actors]!,
    })),
  };
}

/** The graph area over a view that follows its own updates, as the app's does. */
function Stage({ dataset }: { dataset: Dataset }) {
  const [view, setView] = useState<ViewState>(() => defaultViewOf(dataset.id, datasetIds(dataset)));
  const onUpdate: UpdateView = (update) => setView(update);
  return (
    <WithExplorer dataset={dataset} view={view} onUpdate={onUpdate}>
      <GraphStage inert={false} centerToken={undefined} onInstance={() => {}} />
    </WithExplorer>
  );
}

const canvasLabel = () => screen.getByRole('img').getAttribute('aria-label') ?? '';
const theNote = () => screen.getByRole('note', { name: 'What the canvas draws' });
const actorsDrawn = () => within(theNote()).getByRole('combobox', { name: 'Actors drawn' });

describe('the most connected actors of a large dataset', () => {
  it('opens on 150 of them and says so; Show all draws every one, and the control another number', async () => {
    const { user } = renderWithUser(<Stage dataset={large(400, 2500)} />);
    const [, drawnRelations] = /, (\d+) relations$/.exec(canvasLabel()) ?? [];
    expect(canvasLabel()).toMatch(/^Canvas of 150 actors/);
    expect(theNote()).toHaveTextContent(
      `Showing the 150 most connected of 400 actors (${drawnRelations} of 2,500 relations).`,
    );
    expect(actorsDrawn()).toHaveValue('150');

    await user.click(within(theNote()).getByRole('button', { name: 'Show all' }));
    expect(canvasLabel()).toBe('Canvas of 400 actors, 2500 relations');
    expect(theNote()).toHaveTextContent('Showing all 400 actors (2,500 relations).');
    expect(within(theNote()).queryByRole('button', { name: 'Show all' })).toBeNull();
    expect(actorsDrawn()).toHaveValue('all');
    // The button went with its choice; the keyboard is on the control beside it.
    expect(actorsDrawn()).toHaveFocus();

    await user.selectOptions(actorsDrawn(), '50 most connected');
    expect(canvasLabel()).toMatch(/^Canvas of 50 actors/);
    expect(theNote()).toHaveTextContent(/^Showing the 50 most connected of 400 actors/);
    expect(actorsDrawn()).toHaveFocus();
  });

  it('says nothing over the article, which is drawn whole', () => {
    renderWithUser(<Stage dataset={realDataset()} />);
    expect(screen.queryByRole('note', { name: 'What the canvas draws' })).toBeNull();
    expect(canvasLabel()).toMatch(/^Canvas of 24 actors/);
  });
});
