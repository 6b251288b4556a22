import { describe, expect, it } from 'vitest';

import type { Dataset, Relation } from '../../src/domain/dataset';
import { edgeBundles } from '../../src/domain/edgeBundles';
import { drawnGraph, topActorsPart } from '../../src/domain/overview';
import { defaultView } from '../../src/domain/view';
import { visibleGraph } from '../../src/domain/visibleGraph';
import { BUILT_IN_VOCABULARY } from '../../src/domain/vocabulary';
import { realDataset } from './realDataset';

/** A small canvas limit keeps the generated data small; the app's is LIMIT. */
const LIMIT = 2000;

const TYPES = ['ASSAULT', 'ACCUSE', 'CONSULT', 'SANCTION', 'THREATEN'];

/** Relations between many pairs, of several types, with a-0 in a seventh of them. */
function skewed(relations: number, actors = 300): Dataset {
  const list: Relation[] = [];
  for (let index = 0; list.length < relations; index++) {
    const source = index % 7 === 0 ? 0 : index % actors;
    const target = (source + 1 + (index % 97)) % actors;
    list.push({
      id: `r-${list.length}`,
      source: `a-${source}`,
      target: `a-${target}`,
      type: TYPES[index % TYPES.length] as string,
      directed: true,
      evidence: [],
    });
  }
  return {
    id: 'skewed',
    title: 'Skewed',
    source: {},
    vocabulary: BUILT_IN_VOCABULARY,
    actors: Array.from({ length: actors }, (_, index) => ({
      id: `a-${index}`,
      label: `A ${index}`,
      kind: 'state',
      aliases: [],
    })),
    relations: list,
  } as Dataset;
}

describe('what the canvas draws of a dataset', () => {
  it('draws a dataset that fits whole', () => {
    const article = realDataset();
    const visible = visibleGraph(article, defaultView(article.id));
    expect(drawnGraph(article, visible, false)).toEqual({ dataset: article, visible, part: null });
  });

  it('draws the most connected actors of one too big, within the limit, and says what it left out', () => {
    const big = skewed(LIMIT * 3);
    const visible = visibleGraph(big, defaultView(big.id));
    const { dataset, part } = drawnGraph(big, visible, false, LIMIT, LIMIT);
    const lines = edgeBundles(dataset).edges.length;
    expect(lines).toBeLessThanOrEqual(LIMIT);
    expect(lines).toBeGreaterThan(LIMIT * 0.9);
    // Every drawn relation joins two drawn actors, and the hub is among them.
    const drawnActors = new Set(dataset.actors.map((actor) => actor.id));
    expect(
      dataset.relations.every((r) => drawnActors.has(r.source) && drawnActors.has(r.target)),
    ).toBe(true);
    expect(drawnActors.has('a-0')).toBe(true);
    expect(part).toMatchObject({
      kind: 'top',
      drawnRelations: dataset.relations.length,
      totalRelations: big.relations.length,
      totalActors: 300,
    });
    // The overview is made once per dataset: filters change what it shows, not what it is.
    expect(topActorsPart(big, LIMIT)).toBe(dataset);
  });

  it('draws what a focus shows, whole, when that fits', () => {
    const big = skewed(LIMIT * 3);
    const focused = { ...defaultView(big.id), focus: { actor: 'a-200', depth: 1 as const } };
    const visible = visibleGraph(big, focused);
    const drawn = drawnGraph(big, visible, true, LIMIT, LIMIT);
    expect(drawn.part?.kind).toBe('view');
    expect(new Set(drawn.dataset.relations.map((r) => r.id))).toEqual(visible.relationIds);
    expect(drawn.visible).toBe(visible);
  });

  it('restricts the view to the overview: hidden stays hidden', () => {
    const big = skewed(LIMIT * 3);
    const visible = visibleGraph(big, { ...defaultView(big.id), hiddenTypes: ['ASSAULT'] });
    const drawn = drawnGraph(big, visible, false, LIMIT, LIMIT);
    const assaults = drawn.dataset.relations.filter((r) => r.type === 'ASSAULT');
    expect(assaults.length).toBeGreaterThan(0);
    expect(assaults.some((r) => drawn.visible.relationIds.has(r.id))).toBe(false);
    expect(drawn.visible.relationIds.size).toBe(drawn.dataset.relations.length - assaults.length);
  });

  it('counts a bundle of parallel relations as one line: a busy pair does not fill the overview', () => {
    const pairs = skewed(LIMIT * 2);
    // The hub's first pair repeated a thousand times: one more line, not a thousand.
    const repeated = Array.from({ length: 1000 }, (_, index) => ({
      ...pairs.relations[0]!,
      id: `again-${index}`,
    }));
    const busy = { ...pairs, relations: [...pairs.relations, ...repeated] };
    const part = topActorsPart(busy, LIMIT);
    expect(part.actors.length).toBeGreaterThanOrEqual(
      topActorsPart(pairs, LIMIT).actors.length - 1,
    );
    expect(part.relations.filter((r) => r.id.startsWith('again-'))).toHaveLength(1000);
  });
});
