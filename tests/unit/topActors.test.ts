import { describe, expect, it } from 'vitest';

import { generateActorGraph } from '../../scripts/generate/actorGraph';
import type { Dataset, Relation } from '../../src/domain/dataset';
import { edgeBundles } from '../../src/domain/edgeBundles';
import { drawnView } from '../../src/domain/overview';
import { DEFAULT_TOP_ACTORS, defaultTopOf } from '../../src/domain/topActors';
import { type ViewState, defaultView } from '../../src/domain/view';
import { visibleGraph } from '../../src/domain/visibleGraph';
import { BUILT_IN_VOCABULARY } from '../../src/domain/vocabulary';
import { realDataset } from './realDataset';

const TYPES = ['CONSULT', 'ACCUSE', 'ASSAULT'];

/** A dataset of actors a-0… and one relation per pair given, typed in turn. */
function graphOf(actors: number, pairs: readonly (readonly [number, number])[]): Dataset {
  const relations: Relation[] = pairs.map(([source, target], index) => ({
    id: `r-${index}`,
    source: `a-${source}`,
    target: `a-${target}`,
    type: TYPES[index % TYPES.length]!,
    directed: true,
    evidence: [],
  }));
  return {
    id: 'ranked',
    title: 'Ranked',
    source: {},
    vocabulary: BUILT_IN_VOCABULARY,
    actors: Array.from({ length: actors }, (_, index) => ({
      id: `a-${index}`,
      label: `A ${index}`,
      kind: 'state',
      aliases: [],
    })),
    relations,
  } as Dataset;
}

const ring = (actors: number) =>
  Array.from({ length: actors }, (_, index) => [index, (index + 1) % actors] as const);

/**
 * A ring of 400 actors with five hubs at its end (a-395 to a-399, the last in the dataset's
 * order), each linked to the first actors, the later hub more often.
 */
function withHubs(): Dataset {
  const spokes = [395, 396, 397, 398, 399].flatMap((hub) =>
    Array.from({ length: (hub - 390) * 4 }, (_, index) => [hub, index] as const),
  );
  return graphOf(400, [...ring(400), ...spokes]);
}

const ids = (list: readonly { id: string }[]) => list.map((item) => item.id).sort();
const drawnOf = (dataset: Dataset, view: ViewState, top: ViewState['top'], narrowed = false) =>
  drawnView(dataset, visibleGraph(dataset, view), narrowed, top);

describe('the number of actors a dataset opens on', () => {
  it('opens the article, small or sparse graphs whole, and large dense ones on the most connected', () => {
    const sized = (actors: number, relations: number) =>
      defaultTopOf({ actors: new Array(actors), relations: new Array(relations) });
    expect(defaultTopOf(realDataset())).toBe('all');
    expect(sized(301, 2001)).toBe(DEFAULT_TOP_ACTORS);
    expect(sized(300, 20_000)).toBe('all');
    expect(sized(4000, 2000)).toBe('all');
    const { graph } = generateActorGraph({ relations: 3000, seed: 1 });
    expect(defaultTopOf(graph)).toBe(DEFAULT_TOP_ACTORS);
  });
});

describe('the most connected actors drawn', () => {
  it('draws the N actors in most relations, and only the relations among them', () => {
    const dataset = withHubs();
    const drawn = drawnOf(dataset, defaultView(dataset.id), 5);
    expect(ids(drawn.dataset.actors)).toEqual(['a-395', 'a-396', 'a-397', 'a-398', 'a-399']);
    // Among the hubs only the ring joins them: a-395→a-396 … a-398→a-399.
    expect(drawn.dataset.relations.map((r) => [r.source, r.target])).toEqual([
      ['a-395', 'a-396'],
      ['a-396', 'a-397'],
      ['a-397', 'a-398'],
      ['a-398', 'a-399'],
    ]);
    expect(drawn.part).toEqual({
      kind: 'chosen',
      drawnActors: 5,
      drawnRelations: 4,
      totalActors: 400,
      totalRelations: dataset.relations.length,
    });
  });

  it('breaks ties by the order of the dataset, the same on every call', () => {
    const dataset = graphOf(400, ring(400));
    const first = drawnOf(dataset, defaultView(dataset.id), 10);
    expect(first.dataset.actors.map((actor) => actor.id)).toEqual(
      Array.from({ length: 10 }, (_, index) => `a-${index}`),
    );
    expect(first.dataset.relations).toHaveLength(9);
    expect(drawnOf(dataset, defaultView(dataset.id), 10).dataset).toBe(first.dataset);
    const reversed = { ...dataset, actors: [...dataset.actors].reverse() };
    expect(ids(drawnOf(reversed, defaultView(dataset.id), 10).dataset.actors)).toEqual(
      ids(Array.from({ length: 10 }, (_, index) => ({ id: `a-${399 - index}` }))),
    );
  });

  it('draws everything when asked for all, or for at least as many actors as there are', () => {
    const dataset = withHubs();
    const view = defaultView(dataset.id);
    for (const top of ['all', 400, 1000] as const) {
      const drawn = drawnOf(dataset, view, top);
      expect(drawn.dataset).toBe(dataset);
      expect(drawn.part).toBeNull();
    }
  });

  it('draws from every actor while a focus or search narrows the view, so one left out can be found', () => {
    const dataset = withHubs();
    const focused: ViewState = { ...defaultView(dataset.id), focus: { actor: 'a-200', depth: 1 } };
    const drawn = drawnOf(dataset, focused, 5, true);
    expect(drawn.dataset).toBe(dataset);
    expect([...drawn.visible.actorIds].sort()).toEqual(['a-199', 'a-200', 'a-201']);
    const searched: ViewState = { ...defaultView(dataset.id), query: 'A 123' };
    expect(drawnOf(dataset, searched, 5, true).visible.actorIds.has('a-123')).toBe(true);
  });

  it('keeps filters on the drawn part: a hidden type stays hidden, an actor left with no drawn relation goes', () => {
    const dataset = withHubs();
    const view: ViewState = { ...defaultView(dataset.id), hiddenTypes: ['ASSAULT'] };
    const drawn = drawnOf(dataset, view, 5);
    // Of the four ring relations among the hubs, the first and last are assaults.
    expect([...drawn.visible.relationIds].sort()).toEqual(['r-396', 'r-397']);
    // a-395 and a-399 keep visible spokes in the whole dataset, but none drawn: not drawn alone.
    expect(visibleGraph(dataset, view).actorIds.has('a-395')).toBe(true);
    expect([...drawn.visible.actorIds].sort()).toEqual(['a-396', 'a-397', 'a-398']);
    // The part is the same whatever the filters: they change what it shows, not what it is.
    expect(drawn.dataset).toBe(drawnOf(dataset, defaultView(dataset.id), 5).dataset);
  });

  it('stays within the overview lines however many actors are asked for', () => {
    const { graph } = generateActorGraph({ relations: 3000, seed: 1 });
    const dataset = { ...graph, vocabulary: BUILT_IN_VOCABULARY } as unknown as Dataset;
    const visible = visibleGraph(dataset, defaultView(dataset.id));
    const drawn = drawnView(dataset, visible, false, 500, 50_000, 400);
    expect(edgeBundles(drawn.dataset).edges.length).toBeLessThanOrEqual(400);
    expect(drawn.part?.kind).toBe('chosen');
    expect(drawn.dataset.actors.length).toBeLessThan(500);
  });
});
