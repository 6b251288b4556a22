/**
 * The community look as a person meets it: the Actors choice says when communities are being
 * found, the legend names each coloured community by its busiest actor, and a failure puts the
 * previous look back and says why. jsdom has no workers: the real worker module runs on the
 * page behind a stand-in Worker.
 */
import { renderHook, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { COMMUNITY_COLORS, OTHER_COMMUNITY_COLOR } from '../../src/domain/communityColors';
import type { Dataset } from '../../src/domain/dataset';
import { type ViewState, defaultView } from '../../src/domain/view';
import { communityLink } from '../../src/graph/communities/links';
import { communitiesOf } from '../../src/graph/communities/louvain';
import { LookSelect } from '../../src/ui/app/LookSelect';
import { Legend } from '../../src/ui/legend/Legend';
import { useDrawnLook } from '../../src/ui/view/useDrawnLook';
import { dataset, renderWithExplorer } from './helpers';

// Louvain as shipped, except for a dataset with an actor named "unlucky": there it fails.
vi.mock('../../src/graph/communities/louvain', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/graph/communities/louvain')>();
  return {
    ...real,
    communitiesOf: (...args: Parameters<typeof real.communitiesOf>) => {
      if (args[0].includes('unlucky')) throw new Error('out of memory');
      return real.communitiesOf(...args);
    },
  };
});

type Listener = ((event: { data: unknown }) => void) | null;

/** The worker module's global scope, on the page: it answers the worker that asked last. */
let answering: PageWorker | null = null;
const workerScope = {
  onmessage: null as Listener,
  postMessage: (message: unknown) => {
    const worker = answering;
    setTimeout(() => worker?.onmessage?.({ data: structuredClone(message) }));
  },
};

/** A Worker that runs the real worker module on the page, a task later, as a worker would. */
class PageWorker {
  onmessage: Listener = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(request: unknown) {
    const worker = this as PageWorker;
    setTimeout(() => {
      answering = worker;
      workerScope.onmessage?.({ data: structuredClone(request) });
    });
  }
  terminate() {}
}

beforeAll(async () => {
  vi.stubGlobal('self', workerScope);
  await import('../../src/graph/communities/communities.worker');
  vi.unstubAllGlobals();
  vi.stubGlobal('Worker', PageWorker);
});
afterAll(() => vi.unstubAllGlobals());

/** A dataset object of its own: communities are kept per dataset object. */
const freshCopy = (): Dataset => ({ ...dataset });

/** `pairs` separate pairs of actors, each pair tied by one relation. */
function pairsDataset(pairs: number, extraActor?: string): Dataset {
  const [actor, relation] = [dataset.actors[0]!, dataset.relations[0]!];
  const ids = Array.from({ length: pairs * 2 }, (_, i) => `actor-${i}`);
  return {
    ...dataset,
    actors: [...ids, ...(extraActor ? [extraActor] : [])].map((id) => ({
      ...actor,
      id,
      label: `Actor ${id.slice(6)}`,
    })),
    relations: Array.from({ length: pairs }, (_, i) => ({
      ...relation,
      id: `tie-${i}`,
      source: `actor-${2 * i}`,
      target: `actor-${2 * i + 1}`,
    })),
  };
}

const byCommunity = (of: Dataset): ViewState => ({ ...defaultView(of.id), look: 'community' });

describe('choosing the community look', () => {
  it('is offered with the article, and sets the view’s look', async () => {
    const onUpdate = vi.fn();
    const { user } = renderWithExplorer(<LookSelect />, { dataset: freshCopy(), onUpdate });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Actors' }), 'community');
    const [update] = onUpdate.mock.calls[0]!;
    expect(update(defaultView(dataset.id)).look).toBe('community');
  });

  it('says “Finding communities…” until they are found', async () => {
    const of = freshCopy();
    renderWithExplorer(<LookSelect />, { dataset: of, view: byCommunity(of) });
    const select = screen.getByRole('combobox', { name: 'Actors' });
    expect(select).toHaveDisplayValue('Finding communities…');
    expect(screen.getByRole('status')).toHaveTextContent('Finding communities…');
    await waitFor(() => expect(select).toHaveDisplayValue('Coloured by community'));
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('draws the look drawn before until the communities are there', async () => {
    const of = freshCopy();
    const { result, rerender } = renderHook(
      ({ look }: { look: ViewState['look'] }) => useDrawnLook(of, look, vi.fn()),
      { initialProps: { look: 'kind' } },
    );
    rerender({ look: 'community' });
    expect(result.current).toEqual({ look: 'kind', communityColors: null });
    await waitFor(() => expect(result.current.look).toBe('community'));
    const colors = result.current.communityColors!;
    expect(colors.size).toBe(of.actors.length);
    expect(new Set(colors.values()).size).toBeGreaterThan(1);
  });
});

describe('the legend of the community look', () => {
  it('names each community by its busiest actor, with its size', async () => {
    const of = freshCopy();
    renderWithExplorer(<Legend />, { dataset: of, view: byCommunity(of) });
    const list = await screen.findByRole('list', { name: 'Communities' });
    const found = communitiesOf(
      of.actors.map((actor) => actor.id),
      of.relations.map(communityLink),
    ).communities;
    const rows = within(list).getAllByRole('listitem');
    expect(rows).toHaveLength(found.length);
    found.forEach((community, i) => {
      const label = of.actors.find((actor) => actor.id === community.largestMember)!.label;
      const others = community.size - 1;
      const more = others === 0 ? '' : ` and ${others} other${others === 1 ? '' : 's'}`;
      expect(rows[i]).toHaveTextContent(`Community ${i + 1}: ${label}${more}`);
      expect(rows[i]).toHaveTextContent(`${community.size} actor`);
    });
  });

  it('colours twelve communities and counts the rest as grey', async () => {
    const of = pairsDataset(15);
    renderWithExplorer(<Legend />, { dataset: of, view: byCommunity(of) });
    const list = await screen.findByRole('list', { name: 'Communities' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows).toHaveLength(13);
    expect(rows[0]).toHaveTextContent(/^Community 1: Actor \d+ and 1 other 2 actors$/);
    expect(rows[12]).toHaveTextContent('Other (grey): 6 actors in 3 communities');
    const fill = (row: HTMLElement) => row.querySelector('circle')?.getAttribute('fill');
    expect(rows.slice(0, 12).map(fill)).toEqual([...COMMUNITY_COLORS]);
    expect(fill(rows[12]!)).toBe(OTHER_COMMUNITY_COLOR);
  });
});

describe('when communities cannot be found', () => {
  it('puts the dataset’s look back in the view, without a new history entry', async () => {
    const of = pairsDataset(2, 'unlucky');
    const onUpdate = vi.fn();
    const { result } = renderHook(() => useDrawnLook(of, 'community', onUpdate));
    expect(result.current).toEqual({ look: 'community', communityColors: null });
    await waitFor(() => expect(onUpdate).toHaveBeenCalledTimes(1));
    const [update, options] = onUpdate.mock.calls[0]!;
    expect(update(byCommunity(of)).look).toBe('kind');
    expect(options).toEqual({ history: 'replace' });
  });

  it('says why beside the choice, until the next choice', async () => {
    const of = pairsDataset(2, 'unlucky');
    const { user } = renderWithExplorer(<LookSelect />, { dataset: of, view: byCommunity(of) });
    const status = screen.getByRole('status');
    await waitFor(() =>
      expect(status).toHaveTextContent(/Communities could not be found \(out of memory\)/),
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Actors' }), 'kind');
    expect(status).toHaveTextContent('');
  });

  it('says so where the browser runs no workers', async () => {
    vi.stubGlobal('Worker', undefined);
    const of = freshCopy();
    renderWithExplorer(<LookSelect />, { dataset: of, view: byCommunity(of) });
    expect(await screen.findByRole('status')).toHaveTextContent(
      /Communities could not be found \(.*Worker.*\)/,
    );
    vi.stubGlobal('Worker', PageWorker);
  });
});
