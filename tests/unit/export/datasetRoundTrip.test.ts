/**
 * The article graph out through every export and back in through the whole opening pipeline
 * (reader, normaliser, validation), as a user would reopen a file: the same actors, kinds,
 * relations, types, directions, statuses and quotes in our own dataset model.
 */
import { describe, expect, it } from 'vitest';

import type { Dataset } from '../../../src/domain/dataset';
import { exportActorsCsv, exportRelationsCsv } from '../../../src/io/export/csv';
import { exportGexf } from '../../../src/io/export/gexf';
import { exportGraphJson } from '../../../src/io/export/graphJson';
import { exportGraphml } from '../../../src/io/export/graphml';
import { parseCsvSheets } from '../../../src/io/import/formats/csv';
import { openBytes, openImportResult } from '../../../src/io/open/openDataset';
import type { OpenResult } from '../../../src/io/open/types';
import { realDataset } from '../realDataset';
import { AWKWARD, datasetOf } from './fixtures';

const dataset = realDataset();

function reopened(result: OpenResult): Dataset {
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join('\n'));
  return result.dataset;
}

const open = async (text: string, fileName: string) =>
  reopened(await openBytes(new TextEncoder().encode(text), fileName));

/** What a reopened file must keep of the article graph, in our own model. */
function expectSameDataset(back: Dataset, original: Dataset, { statuses = true } = {}) {
  expect(back.actors.map((actor) => [actor.id, actor.label, actor.kind])).toEqual(
    original.actors.map((actor) => [actor.id, actor.label, actor.kind]),
  );
  expect(
    back.relations.map((relation) => [
      relation.id,
      relation.source,
      relation.target,
      relation.type,
      relation.directed,
      relation.evidence.flatMap((evidence) => (evidence.quote ? [evidence.quote] : [])),
    ]),
  ).toEqual(
    original.relations.map((relation) => [
      relation.id,
      relation.source,
      relation.target,
      relation.type,
      relation.directed,
      relation.evidence.flatMap((evidence) => (evidence.quote ? [evidence.quote] : [])),
    ]),
  );
  if (statuses) {
    expect(back.relations.map((relation) => [relation.status, relation.allegedBy])).toEqual(
      original.relations.map((relation) => [relation.status, relation.allegedBy]),
    );
  }
  // Only our own types and kinds: nothing of the article graph becomes a type of the file's own.
  expect(back.vocabulary.types.every((type) => type.builtIn)).toBe(true);
  expect(back.vocabulary.kinds.every((kind) => kind.builtIn)).toBe(true);
}

describe('the article graph, exported and opened again as a dataset', () => {
  it('graph.json opens identically', async () => {
    const back = await open(exportGraphJson(dataset), 'russia-ukraine-talks.graph.json');
    expect(back).toEqual(dataset);
  });

  it('GEXF', async () => {
    expectSameDataset(await open(exportGexf(dataset), 'talks.gexf'), dataset);
  });

  it('GraphML', async () => {
    expectSameDataset(await open(exportGraphml(dataset), 'talks.graphml'), dataset);
  });

  it('CSV, the relations and actors sheets together', async () => {
    const sheets = parseCsvSheets(
      { text: exportRelationsCsv(dataset), fileName: 'talks-relations.csv' },
      { text: exportActorsCsv(dataset), fileName: 'talks-actors.csv' },
    );
    expectSameDataset(reopened(openImportResult(sheets, 'talks-relations.csv')), dataset);
  });
});

describe('a relation’s date range, exported and opened again', () => {
  const ranged = datasetOf(AWKWARD);
  const rangeOf = (back: Dataset) =>
    back.relations.map((relation) => [relation.id, relation.date, relation.until]);
  const expected = ranged.relations.map((relation) => [relation.id, relation.date, relation.until]);

  it('has a range to lose', () => {
    expect(ranged.relations.some((relation) => relation.until !== undefined)).toBe(true);
  });

  it('GEXF', async () => {
    expect(rangeOf(await open(exportGexf(ranged), 'ranged.gexf'))).toEqual(expected);
  });

  it('GraphML', async () => {
    expect(rangeOf(await open(exportGraphml(ranged), 'ranged.graphml'))).toEqual(expected);
  });

  it('CSV', async () => {
    const sheets = parseCsvSheets(
      { text: exportRelationsCsv(ranged), fileName: 'ranged-relations.csv' },
      { text: exportActorsCsv(ranged), fileName: 'ranged-actors.csv' },
    );
    expect(rangeOf(reopened(openImportResult(sheets, 'ranged-relations.csv')))).toEqual(expected);
  });
});
