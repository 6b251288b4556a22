// @vitest-environment node
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { parseJsonGraph } from '../../../src/io/import/formats/jsonGraphs';
import { HOSTILE, labels, nodeById, opened, problemMatching, readFixture } from './helpers';

describe('our own graph.json', () => {
  const text = readFileSync('data/russia-ukraine-talks/graph.json', 'utf8');
  const dataset = JSON.parse(text) as {
    title: string;
    actors: { id: string; aliases: string[]; kind: string }[];
    relations: {
      id: string;
      type: string;
      evidence: { quote: string }[];
      when?: string;
      allegedBy?: string;
      status?: string;
    }[];
  };

  it('passes the shipped dataset through: actors, relations, quotes, when as date, kinds and types as text', () => {
    const result = parseJsonGraph(text, 'graph.json');
    const graph = opened(result);
    expect(result.problems).toEqual([]);
    expect(graph).toMatchObject({
      format: 'graph-json',
      title: dataset.title,
      directedDefault: true,
    });
    expect(graph.nodes.map((node) => node.id)).toEqual(dataset.actors.map((actor) => actor.id));
    expect(graph.edges.map((edge) => edge.id)).toEqual(
      dataset.relations.map((relation) => relation.id),
    );
    expect(graph.nodes[0]).toMatchObject({
      kind: dataset.actors[0]?.kind,
      aliases: dataset.actors[0]?.aliases,
    });
    dataset.relations.forEach((relation, index) => {
      const edge = graph.edges[index];
      expect(edge?.type).toBe(relation.type);
      expect(edge?.quotes).toEqual(relation.evidence.map((evidence) => evidence.quote));
      expect(edge?.date).toBe(relation.when);
      expect(edge?.allegedBy).toBe(relation.allegedBy);
      expect(edge?.status).toBe(relation.status);
      expect(edge?.attributes.size).toBe(0);
    });
  });
});

describe('Cytoscape', () => {
  it('reads a .cyjs export: name as label, interaction as type, positions, other data as attributes', () => {
    const result = readFixture('network.cyjs');
    const graph = opened(result);
    expect(result.problems).toEqual([]);
    expect(graph).toMatchObject({ format: 'cytoscape', title: 'Fictional civic funding network' });
    expect(labels(graph)).toEqual([
      'Fondation Lumière',
      'São Paulo Civic Lab',
      'Київ Media Hub',
      '北京 Green Forum',
    ]);
    expect(nodeById(graph, '101')).toMatchObject({
      kind: 'Funder',
      position: { x: -120.5, y: 80.25 },
    });
    expect(nodeById(graph, '101').attributes.get('Country')).toBe('France');
    expect(graph.edges.map((edge) => [edge.id, edge.source, edge.target, edge.type])).toEqual([
      ['201', '101', '102', 'funds'],
      ['202', '101', '102', 'funds'],
      ['203', '101', '103', 'funds'],
      ['204', '102', '103', 'partners with'],
    ]);
    expect(graph.edges[1]?.attributes.get('Amount')).toBe(80000);
  });

  it('reads an elements array: groups or source/target tell edges, quote and url as evidence', () => {
    const graph = opened(readFixture('cytoscape-elements.json'));
    expect(graph.nodes).toHaveLength(4);
    expect(graph.edges).toHaveLength(4);
    expect(nodeById(graph, 'spcl')).toMatchObject({
      label: 'São Paulo Civic Lab',
      kind: 'NGO',
      position: { x: 150, y: 40 },
    });
    expect(nodeById(graph, 'bgf').position).toBeUndefined();
    expect(graph.edges[0]).toMatchObject({
      type: 'funds',
      date: '2023-03-01',
      quotes: ['We are proud to back the Lab.'],
      url: 'https://example.org/lumiere/grants-2023',
    });
    expect(graph.edges[2]?.directed).toBe(false);
    expect(graph.edges[3]?.weight).toBe(0.5);
  });
});

describe('graphology', () => {
  it('reads serialized graphology: keys, attributes, positions, undirected edges, parallel edges', () => {
    const result = readFixture('graphology.json');
    const graph = opened(result);
    expect(result.problems).toEqual([]);
    expect(graph).toMatchObject({
      format: 'graphology',
      title: 'Fictional civic funding network',
      directedDefault: true,
    });
    expect(nodeById(graph, 'lumiere')).toMatchObject({
      label: 'Fondation Lumière',
      kind: 'Funder',
      color: '#e69f00',
      size: 24,
      position: { x: -120.5, y: 80.25 },
    });
    expect(Object.fromEntries(nodeById(graph, 'lumiere').attributes)).toEqual({
      country: 'France',
    });
    expect(nodeById(graph, 'bgf').attributes.get('tags')).toBe('["rivers","volunteers"]');
    expect(graph.edges.map((edge) => edge.directed)).toEqual([true, true, true, false, true]);
    expect(
      graph.edges.filter((edge) => edge.source === 'lumiere' && edge.target === 'spcl'),
    ).toHaveLength(2);
    expect(graph.edges[4]).toMatchObject({ type: 'funds', date: '2021-09-30' });
    expect(graph.edges[4]?.id).toBeUndefined();
  });
});

describe('d3', () => {
  it('reads links by id', () => {
    const graph = opened(readFixture('d3-by-id.json'));
    expect(graph).toMatchObject({ format: 'd3', directedDefault: false });
    expect(graph.nodes.map((node) => node.id)).toContain('北京 Green Forum');
    expect(nodeById(graph, 'São Paulo Civic Lab').position).toEqual({ x: -60, y: -90 });
    expect(graph.edges[0]).toMatchObject({
      source: 'Fondation Lumière',
      target: 'São Paulo Civic Lab',
      weight: 3,
      type: 'funds',
    });
    expect(graph.edges).toHaveLength(5);
  });

  it('reads links by index, naming nodes by their position', () => {
    const graph = opened(readFixture('d3-by-index.json'));
    expect(labels(graph)).toEqual([
      'Fondation Lumière',
      'Open Water Trust',
      'São Paulo Civic Lab',
      'Київ Media Hub',
      '北京 Green Forum',
    ]);
    expect(graph.edges.map((edge) => [edge.source, edge.target, edge.weight])).toEqual([
      ['0', '2', 3],
      ['0', '2', 1],
      ['0', '3', 2],
      ['1', '4', 1],
      ['1', '0', 1],
    ]);
  });

  it('reads links whose ends a simulation replaced by node objects', () => {
    const nodes = [
      { id: 'a', index: 0, vx: 0.1 },
      { id: 'b', index: 1 },
    ];
    const text = JSON.stringify({ nodes, links: [{ source: nodes[0], target: nodes[1] }] });
    const graph = opened(parseJsonGraph(text, 'sim.json'));
    expect(graph.edges[0]).toMatchObject({ source: 'a', target: 'b' });
    expect(graph.nodes[0]?.attributes.size).toBe(0);
  });

  it('skips links whose index is out of range, not whole or missing, each with its path', () => {
    const result = readFixture('d3-out-of-range.json', HOSTILE);
    const graph = opened(result);
    expect(graph.edges.map((edge) => [edge.source, edge.target])).toEqual([
      ['0', '1'],
      ['2', '0'],
    ]);
    expect(result.problems.map((problem) => problem.where.path)).toEqual([
      'links[1]',
      'links[2]',
      'links[3]',
      'links[5]',
    ]);
    expect(
      problemMatching(
        result,
        /target "3" is not the index of a node \(the nodes are numbered 0 to 2\)/,
      ).action,
    ).toBe('skipped');
  });
});

describe('JSON that is not a graph', () => {
  it.each([
    ['array-of-numbers.json', /not a graph Actor Graph knows/],
    ['not-a-graph.json', /not a graph Actor Graph knows/],
    ['deeply-nested.json', /not a graph Actor Graph knows/],
    ['invalid-json.json', /not valid JSON \(line 6, column 1\)/],
  ])('refuses %s', (name, message) => {
    const result = readFixture(name, HOSTILE);
    expect(result.ok).toBe(false);
    expect(result.problems.at(-1)?.message).toMatch(message);
  });

  it('reads the JSON value before trailing garbage and says where it ends', () => {
    const result = readFixture('trailing-garbage.json', HOSTILE);
    expect(opened(result).edges).toHaveLength(1);
    expect(problemMatching(result, /ends on line 2, column 1, but more text follows/).action).toBe(
      'repaired',
    );
  });
});
