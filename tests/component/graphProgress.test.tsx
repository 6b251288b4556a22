import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { Dataset } from '../../src/domain/dataset';
import { LARGE_GRAPH_ELEMENTS, useGraphProgress } from '../../src/ui/data/useGraphProgress';
import { realDataset } from '../unit/realDataset';

/** The shipped dataset grown to `actors` actors in a chain of relations. */
function grown(actors: number): Dataset {
  const base = realDataset();
  const template = base.actors[0]!;
  const relation = base.relations[0]!;
  const ids = Array.from({ length: actors }, (_, index) => `actor-${index}`);
  return {
    ...base,
    actors: ids.map((id) => ({ ...template, id, label: id })),
    relations: ids.slice(1).map((id, index) => ({
      ...relation,
      id: `relation-${index}`,
      source: ids[index]!,
      target: id,
    })),
  };
}

describe('the progress before a graph is drawn', () => {
  it('names nothing for the article, whose canvas mounts at once', () => {
    const { result } = renderHook(() => useGraphProgress(realDataset(), 'concentric'));
    expect(result.current.stage).toBeNull();
    expect(result.current.mountCanvas).toBe(true);
  });

  it('says a large graph is being drawn, mounts its canvas after a paint, and ends when it is shown', async () => {
    const dataset = grown(LARGE_GRAPH_ELEMENTS / 2 + 10);
    const { result } = renderHook(() => useGraphProgress(dataset, 'concentric'));
    expect(result.current.stage).toBe('drawing');
    expect(result.current.mountCanvas).toBe(false);
    await waitFor(() => expect(result.current.mountCanvas).toBe(true));
    expect(result.current.stage).toBe('drawing');
    act(() => result.current.onShown());
    // Until the page is free again after the first draw, not only until the draw.
    expect(result.current.stage).toBe('drawing');
    await waitFor(() => expect(result.current.stage).toBeNull());
  });

  it('says a force layout over hundreds of actors is being laid out until its positions are known', async () => {
    const dataset = grown(300);
    const { result } = renderHook(() => useGraphProgress(dataset, 'fcose'));
    expect(result.current.stage).toBe('laying out');
    await waitFor(() => expect(result.current.stage).toBeNull(), { timeout: 20_000 });
  });
});
