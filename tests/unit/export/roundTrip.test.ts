/**
 * The article graph out through every export and back in through our importers: the same
 * actors, relations, types and evidence. Compared at the raw-graph level, before normalisation.
 */
import { describe, expect, it } from 'vitest';

import type { Dataset } from '../../../src/domain/dataset';
import { matchActorKind, matchRelationType } from '../../../src/domain/declareVocabulary';
import { exportActorsCsv, exportRelationsCsv } from '../../../src/io/export/csv';
import { exportGexf } from '../../../src/io/export/gexf';
import { exportGraphJson } from '../../../src/io/export/graphJson';
import { exportGraphml } from '../../../src/io/export/graphml';
import { parseCsvSheets } from '../../../src/io/import/formats/csv';
import type { RawGraph } from '../../../src/io/import/types';
import { opened, readText } from '../import/helpers';
import { realDataset } from '../realDataset';

const dataset = realDataset();
const positions = new Map(
  dataset.actors.map((actor, index) => [actor.id, { x: index * 40.5, y: 100 - index * 7.25 }]),
);

function rawGraphOf(text: string, fileName: string): RawGraph {
  return opened(readText(text, fileName));
}

/** What must survive every format: actors, relations with ends, type and direction, quotes. */
function expectSameGraph(graph: RawGraph, original: Dataset) {
  expect(graph.nodes.map((node) => [node.id, node.label])).toEqual(
    original.actors.map((actor) => [actor.id, actor.label]),
  );
  expect(graph.nodes.map((node) => node.kind && matchActorKind(node.kind))).toEqual(
    original.actors.map((actor) => actor.kind),
  );
  expect(
    graph.edges.map((edge) => ({
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: edge.type && matchRelationType(edge.type),
      directed: edge.directed ?? graph.directedDefault,
      quotes: edge.quotes,
    })),
  ).toEqual(
    original.relations.map((relation) => ({
      id: relation.id,
      source: relation.source,
      target: relation.target,
      type: relation.type,
      directed: relation.directed,
      quotes: relation.evidence.flatMap((evidence) => (evidence.quote ? [evidence.quote] : [])),
    })),
  );
}

describe('round trips of the article graph', () => {
  it('has relations in both directions and of several types, so the test can tell', () => {
    expect(dataset.relations.some((relation) => !relation.directed)).toBe(true);
    expect(dataset.relations.some((relation) => relation.evidence.length > 1)).toBe(true);
  });

  it('graph.json', () => {
    const graph = rawGraphOf(exportGraphJson(dataset, { positions }), 'export.json');
    expect(graph.format).toBe('graph-json');
    expectSameGraph(graph, dataset);
    // Positions and every other field: graph.json opens through validateDataset, not the raw
    // graph (see graphJson.test.ts).
  });

  it('GEXF', () => {
    const text = exportGexf(dataset, { positions });
    const result = readText(text, 'export.gexf');
    const graph = opened(result);
    expect(graph.format).toBe('gexf');
    expect(result.problems).toEqual([]);
    expect(graph.title).toBe(dataset.title);
    expectSameGraph(graph, dataset);
    expect(graph.nodes.map((node) => node.position)).toEqual([...positions.values()]);
    // The type is one field, not a field and a leftover attribute.
    expect(graph.edges.every((edge) => !edge.attributes.has('type'))).toBe(true);
  });

  it('GraphML', () => {
    const text = exportGraphml(dataset, { positions });
    const result = readText(text, 'export.graphml');
    const graph = opened(result);
    expect(graph.format).toBe('graphml');
    expect(result.problems).toEqual([]);
    expectSameGraph(graph, dataset);
    expect(graph.nodes.map((node) => node.position)).toEqual([...positions.values()]);
  });

  it('CSV, relations and actors sheets', () => {
    const result = parseCsvSheets(
      { text: exportRelationsCsv(dataset), fileName: 'relations.csv' },
      { text: exportActorsCsv(dataset, { positions }), fileName: 'actors.csv' },
    );
    const graph = opened(result);
    expect(result.problems).toEqual([]);
    expectSameGraph(graph, dataset);
    expect(graph.nodes.map((node) => node.position)).toEqual([...positions.values()]);
  });

  it('CSV, the relations sheet alone, through the whole import pipeline', () => {
    const graph = rawGraphOf(exportRelationsCsv(dataset), 'relations.csv');
    const touched = new Set(dataset.relations.flatMap((r) => [r.source, r.target]));
    const labels = new Map(dataset.actors.map((actor) => [actor.id, actor.label]));
    // Without the elements sheet, actors are named by their labels.
    expect(new Set(graph.nodes.map((node) => node.label))).toEqual(
      new Set([...touched].map((id) => labels.get(id))),
    );
    expect(graph.edges).toHaveLength(dataset.relations.length);
  });
});
