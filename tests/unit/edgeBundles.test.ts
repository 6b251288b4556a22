import { describe, expect, it } from 'vitest';

import { generateActorGraph } from '../../scripts/generate/actorGraph';
import type { Dataset, Relation } from '../../src/domain/dataset';
import {
  MIN_BUNDLE_SIZE,
  bundleId,
  edgeBundles,
  relationEdgeId,
  shownEdges,
} from '../../src/domain/edgeBundles';
import { type ViewState, defaultView } from '../../src/domain/view';
import { visibleGraph } from '../../src/domain/visibleGraph';
import { BUILT_IN_VOCABULARY } from '../../src/domain/vocabulary';
import { realDataset } from './realDataset';

let serial = 0;
function relation(
  source: string,
  target: string,
  type = 'ASSAULT',
  more: Partial<Relation> = {},
): Relation {
  serial += 1;
  return {
    id: `r-${serial}`,
    source,
    target,
    type,
    directed: true,
    evidence: [],
    ...more,
  };
}

function datasetOf(relations: Relation[]): Dataset {
  const ids = new Set(relations.flatMap((r) => [r.source, r.target]));
  return {
    id: 'test',
    title: 'Test',
    source: {},
    actors: [...ids].map((id) => ({ id, label: id, kind: 'state', aliases: [] })),
    relations,
    vocabulary: BUILT_IN_VOCABULARY,
  };
}

const times = (count: number, make: () => Relation) => Array.from({ length: count }, make);
const all = (dataset: Dataset) => new Set(dataset.relations.map((r) => r.id));

describe('edgeBundles', () => {
  it('draws three or more relations of one type between one pair as one edge holding them all', () => {
    const attacks = times(3, () => relation('russia', 'ukraine'));
    const dataset = datasetOf(attacks);
    const { edges, edgeOf } = edgeBundles(dataset);
    expect(edges).toHaveLength(1);
    expect(edges[0]?.bundled).toBe(true);
    expect(edges[0]?.members.map((r) => r.id)).toEqual(attacks.map((r) => r.id));
    for (const attack of attacks) expect(edgeOf.get(attack.id)).toBe(edges[0]);
  });

  it('draws a single relation, and a pair below the bundle size, as themselves, under their own ids', () => {
    expect(MIN_BUNDLE_SIZE).toBe(3);
    const alone = relation('russia', 'ukraine');
    const twice = times(2, () => relation('russia', 'belarus', 'CONSULT'));
    const { edges } = edgeBundles(datasetOf([alone, ...twice]));
    expect(edges.map((edge) => [edge.id, edge.bundled])).toEqual([
      [relationEdgeId(alone.id), false],
      [relationEdgeId(twice[0]!.id), false],
      [relationEdgeId(twice[1]!.id), false],
    ]);
  });

  it('keeps a directed type apart by direction, and joins a mutual one in either direction', () => {
    const there = times(3, () => relation('russia', 'ukraine'));
    const back = times(3, () => relation('ukraine', 'russia'));
    const talks = [
      relation('russia', 'ukraine', 'CONSULT', { directed: false }),
      relation('ukraine', 'russia', 'CONSULT', { directed: false }),
      relation('russia', 'ukraine', 'CONSULT', { directed: false }),
    ];
    const { edges } = edgeBundles(datasetOf([...there, ...back, ...talks]));
    expect(edges.map((edge) => [edge.id, edge.members.length])).toEqual([
      ['bundle:ASSAULT:russia>ukraine', 3],
      ['bundle:ASSAULT:ukraine>russia', 3],
      ['bundle:CONSULT:russia=ukraine', 3],
    ]);
  });

  it('keeps apart types, pairs and statuses, so a bundle never hides that something did not happen', () => {
    const attacks = times(3, () => relation('russia', 'ukraine'));
    const threats = times(3, () => relation('russia', 'ukraine', 'THREATEN'));
    const stalled = times(3, () => relation('russia', 'ukraine', 'ASSAULT', { status: 'stalled' }));
    const elsewhere = times(3, () => relation('russia', 'georgia'));
    const { edges } = edgeBundles(datasetOf([...attacks, ...threats, ...stalled, ...elsewhere]));
    expect(edges.map((edge) => edge.id)).toEqual([
      'bundle:ASSAULT:russia>ukraine',
      'bundle:THREATEN:russia>ukraine',
      'bundle:ASSAULT:russia>ukraine:stalled',
      'bundle:ASSAULT:russia>georgia',
    ]);
    expect(edges[2]?.status).toBe('stalled');
  });

  it('gives a bundle an id that depends only on what its members share', () => {
    const one = datasetOf([
      relation('ukraine', 'russia', 'CONSULT', { directed: false }),
      ...times(3, () => relation('russia', 'ukraine', 'CONSULT', { directed: false })),
    ]);
    const other = datasetOf(
      times(7, () => relation('russia', 'ukraine', 'CONSULT', { directed: false })).reverse(),
    );
    expect(edgeBundles(one).edges[0]?.id).toBe(edgeBundles(other).edges[0]?.id);
    expect(bundleId('CONSULT', 'ukraine', 'russia', false, 'reported')).toBe(
      'bundle:CONSULT:russia=ukraine',
    );
    // No actor or relation id (a slug) can take it.
    expect(edgeBundles(one).edges[0]?.id).not.toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('never gives an edge the id of an actor, even where the file numbers both from 0', () => {
    // Gephi's samples number nodes and edges from 0: edge "3" and node "3" must both be drawn.
    const numbered = datasetOf([relation('0', '1'), relation('1', '2'), relation('2', '0')]);
    numbered.relations.forEach((r, index) => (r.id = String(index)));
    const actorIds = new Set(numbered.actors.map((actor) => actor.id));
    const edgeIds = edgeBundles(numbered).edges.map((edge) => edge.id);
    expect(edgeIds).toEqual(['relation:0', 'relation:1', 'relation:2']);
    for (const id of edgeIds) expect(actorIds.has(id)).toBe(false);
  });

  it('draws edges in the order of their first relation', () => {
    const first = relation('a', 'b');
    const bundled = times(3, () => relation('c', 'd'));
    const last = relation('e', 'f');
    const dataset = datasetOf([first, bundled[0]!, last, bundled[1]!, bundled[2]!]);
    expect(edgeBundles(dataset).edges.map((edge) => edge.id)).toEqual([
      relationEdgeId(first.id),
      'bundle:ASSAULT:c>d',
      relationEdgeId(last.id),
    ]);
  });
});

describe('shownEdges', () => {
  const attacks = times(4, () => relation('russia', 'ukraine'));
  const talks = relation('russia', 'ukraine', 'CONSULT');
  const dataset = datasetOf([...attacks, talks]);

  it('counts the members a view shows, and leaves out an edge none of whose members it shows', () => {
    const shown = shownEdges(dataset, all(dataset));
    expect(shown.get('bundle:ASSAULT:russia>ukraine')?.count).toBe(4);
    expect(shown.get(relationEdgeId(talks.id))?.count).toBe(1);

    const some = shownEdges(dataset, new Set([attacks[1]!.id, attacks[3]!.id]));
    expect([...some.keys()]).toEqual(['bundle:ASSAULT:russia>ukraine']);
    expect(some.get('bundle:ASSAULT:russia>ukraine')?.members).toEqual([attacks[1], attacks[3]]);
    expect(some.get('bundle:ASSAULT:russia>ukraine')?.count).toBe(2);
  });

  it('counts a member’s coded events, and takes another count, such as one for a time range', () => {
    const coded = datasetOf([
      relation('russia', 'ukraine', 'ASSAULT', {
        events: [{ date: '2025-01-01' }, { date: '2025-02-01' }, { date: '2025-03-01' }],
      }),
      relation('russia', 'ukraine', 'ASSAULT', { events: [{ date: '2025-03-02' }] }),
      relation('russia', 'ukraine'),
    ]);
    const id = 'bundle:ASSAULT:russia>ukraine';
    expect(shownEdges(coded, all(coded)).get(id)?.count).toBe(5);
    const inMarch = (r: Relation) =>
      r.events ? r.events.filter((event) => event.date.startsWith('2025-03')).length : 0;
    expect(shownEdges(coded, all(coded), inMarch).get(id)?.count).toBe(2);
  });

  it('follows the filters: a hidden type removes its bundle, the text filter thins it', () => {
    const generated = generateActorGraph({ relations: 2000, seed: 1 }).graph;
    const data: Dataset = { ...generated, vocabulary: BUILT_IN_VOCABULARY };
    const view = (changes: Partial<ViewState>) => ({ ...defaultView(data.id), ...changes });
    const bundle = edgeBundles(data).edges.find((edge) => edge.bundled);
    if (!bundle) throw new Error('the generated graph has no bundle');
    const everything = shownEdges(data, visibleGraph(data, view({})).relationIds);
    expect(everything.get(bundle.id)?.count).toBe(bundle.members.length);
    expect(everything.size).toBeLessThan(data.relations.length);

    const typeOff = visibleGraph(data, view({ hiddenTypes: [bundle.type] })).relationIds;
    expect(shownEdges(data, typeOff).has(bundle.id)).toBe(false);

    // A quote is one member's own; filtering by it leaves that member alone in its bundle.
    const quote = bundle.members[0]!.evidence[0]!.quote!;
    const one = shownEdges(data, visibleGraph(data, view({ query: quote })).relationIds);
    expect(one.get(bundle.id)?.members).toEqual([bundle.members[0]]);
  });

  it('leaves the shipped article with no bundle: each of its relations is drawn as itself', () => {
    const article = realDataset();
    const { edges } = edgeBundles(article);
    expect(edges.every((edge) => !edge.bundled)).toBe(true);
    expect(edges.map((edge) => edge.id)).toEqual(
      article.relations.map((r) => relationEdgeId(r.id)),
    );
  });
});
