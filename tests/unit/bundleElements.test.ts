/** Bundles on the canvas: drawn once, labelled and widened by count, following the filters in place. */
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';

import type { Dataset, Relation } from '../../src/domain/dataset';
import { relationEdgeId } from '../../src/domain/edgeBundles';
import { BUILT_IN_VOCABULARY } from '../../src/domain/vocabulary';
import {
  MAX_EXTRA_WIDTH,
  bundleWidth,
  canvasSelection,
  datasetElements,
  relationOfEdge,
  viewApplier,
} from '../../src/graph/elements';
import { EDGE_WIDTH, GRAPH_CLASSES } from '../../src/graph/stylesheet';
import { realDataset } from './realDataset';

function relations(count: number, source: string, target: string, type: string): Relation[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `${source}-${type.toLowerCase()}-${target}-${index + 1}`,
    source,
    target,
    type,
    directed: true,
    evidence: [],
  }));
}

const attacks = relations(16, 'russia', 'ukraine', 'ASSAULT');
const threats = relations(4, 'russia', 'georgia', 'THREATEN');
const single = relations(1, 'ukraine', 'georgia', 'ACCUSE');
const dataset: Dataset = {
  id: 'bundles',
  title: 'Bundles',
  source: {},
  actors: ['russia', 'ukraine', 'georgia'].map((id) => ({
    id,
    label: id,
    kind: 'state',
    aliases: [],
  })),
  relations: [...attacks, ...threats, ...single],
  vocabulary: BUILT_IN_VOCABULARY,
};
const ATTACKS = 'bundle:ASSAULT:russia>ukraine';
const THREATS = 'bundle:THREATEN:russia>georgia';

const ids = (list: readonly Relation[]) => new Set(list.map((r) => r.id));

describe('bundleWidth', () => {
  it('widens by the square root of the count, from the type’s width up to the cap', () => {
    expect(bundleWidth(EDGE_WIDTH.plain, 1, 16)).toBe(EDGE_WIDTH.plain);
    expect(bundleWidth(EDGE_WIDTH.plain, 16, 16)).toBe(EDGE_WIDTH.plain + MAX_EXTRA_WIDTH);
    // 4 is a third of the way from 1 to 16 on the square-root scale.
    expect(bundleWidth(EDGE_WIDTH.plain, 4, 16)).toBeCloseTo(
      EDGE_WIDTH.plain + MAX_EXTRA_WIDTH / 3,
      1,
    );
    expect(bundleWidth(EDGE_WIDTH.heavy, 400, 16)).toBe(EDGE_WIDTH.heavy + MAX_EXTRA_WIDTH);
  });
});

describe('datasetElements with parallel relations', () => {
  const edges = datasetElements(dataset).filter((element) => element.group === 'edges');

  it('draws a bundle once, with its count in its label and its width by count', () => {
    expect(edges.map((edge) => edge.data.id)).toEqual([
      ATTACKS,
      THREATS,
      relationEdgeId(single[0]!.id),
    ]);
    const bundle = edges[0]!;
    expect(bundle.data).toMatchObject({
      source: 'russia',
      target: 'ukraine',
      type: 'ASSAULT',
      count: 16,
      label: 'assault ×16',
      width: EDGE_WIDTH.plain + MAX_EXTRA_WIDTH,
      members: attacks.map((r) => r.id),
    });
    // THREATEN is a heavy type: the count widens its own width.
    expect(edges[1]?.data.width).toBeGreaterThan(EDGE_WIDTH.heavy);
    expect(edges[2]?.data).not.toHaveProperty('count');
    expect(edges[2]?.data.label).toBe('accuse');
  });

  it('leaves the article’s elements exactly as they were: every relation its own edge', () => {
    const article = realDataset();
    const articleEdges = datasetElements(article).filter((element) => element.group === 'edges');
    expect(articleEdges.map((edge) => edge.data.relation)).toEqual(
      article.relations.map((r) => r.id),
    );
    expect(articleEdges.some((edge) => 'members' in edge.data || 'count' in edge.data)).toBe(false);
  });
});

describe('the canvas under filters', () => {
  function canvas() {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: datasetElements(dataset),
    });
    cy.nodes().positions((node, index) => ({ x: index * 100, y: 0 }));
    return cy;
  }

  it('changes a bundle’s count, label and width as members are hidden, never its place', () => {
    const cy = canvas();
    const bundle = cy.getElementById(ATTACKS);
    const before = { source: bundle.source().id(), target: bundle.target().id() };
    const fewer = ids(attacks.slice(0, 4));
    const actorIds = new Set(dataset.actors.map((actor) => actor.id));
    const show = viewApplier(cy, dataset);
    show({ actorIds, relationIds: fewer });
    expect(bundle.hasClass(GRAPH_CLASSES.hidden)).toBe(false);
    expect(bundle.data('count')).toBe(4);
    expect(bundle.data('label')).toBe('assault ×4');
    expect(bundle.data('width')).toBeLessThan(EDGE_WIDTH.plain + MAX_EXTRA_WIDTH);
    expect({ source: bundle.source().id(), target: bundle.target().id() }).toEqual(before);
    expect(cy.getElementById(THREATS).hasClass(GRAPH_CLASSES.hidden)).toBe(true);

    show({ actorIds, relationIds: ids(dataset.relations) });
    expect(bundle.data('count')).toBe(16);
    expect(cy.getElementById(THREATS).hasClass(GRAPH_CLASSES.hidden)).toBe(false);
    cy.destroy();
  });

  it('selects a bundle’s first shown member on a tap, and emphasises a member as its bundle', () => {
    const cy = canvas();
    const bundle = cy.getElementById(ATTACKS);
    expect(relationOfEdge(bundle, ids(dataset.relations))).toBe(attacks[0]?.id);
    expect(relationOfEdge(bundle, ids(attacks.slice(5)))).toBe(attacks[5]?.id);
    const singleEdge = cy.getElementById(relationEdgeId(single[0]!.id));
    expect(relationOfEdge(singleEdge, ids(dataset.relations))).toBe(single[0]?.id);
    expect(canvasSelection(dataset, { kind: 'relation', id: attacks[7]!.id })).toEqual({
      kind: 'relation',
      id: ATTACKS,
    });
    expect(canvasSelection(dataset, { kind: 'relation', id: single[0]!.id })?.id).toBe(
      relationEdgeId(single[0]!.id),
    );
    expect(canvasSelection(dataset, { kind: 'actor', id: 'russia' })?.id).toBe('russia');
    cy.destroy();
  });
});

describe('a relation that aggregates coded events', () => {
  const days = ['2025-01-10', '2025-02-03', '2025-02-20', '2025-03-05', '2025-04-01'];
  const coded: Dataset = {
    ...dataset,
    relations: [
      {
        id: 'russia-sanction-ukraine',
        source: 'russia',
        target: 'ukraine',
        type: 'SANCTION',
        directed: true,
        evidence: [],
        date: '2025-01-10',
        until: '2025-04-01',
        events: days.map((date) => ({ date, code: '163' })),
      },
      ...attacks.slice(0, 1),
    ],
  };

  it('is drawn by its count of events, and its label and width follow the time range', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, elements: datasetElements(coded) });
    const edge = cy.getElementById(relationEdgeId('russia-sanction-ukraine'));
    expect(edge.data('label')).toBe('sanction ×5');
    const widest = edge.data('width') as number;

    const actorIds = new Set(coded.actors.map((actor) => actor.id));
    const relationIds = ids(coded.relations);
    const show = viewApplier(cy, coded);
    show({ actorIds, relationIds, timeRange: { from: '2025-02-01', to: '2025-02-28' } });
    expect(edge.data('count')).toBe(2);
    expect(edge.data('label')).toBe('sanction ×2');
    expect(edge.data('width')).toBeLessThan(widest);

    show({ actorIds, relationIds, timeRange: null });
    expect(edge.data('label')).toBe('sanction ×5');
    expect(edge.data('width')).toBe(widest);
    cy.destroy();
  });
});
