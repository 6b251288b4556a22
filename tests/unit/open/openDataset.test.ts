// @vitest-environment node
/**
 * Opening data in one call: every real fixture opens to a valid dataset (the hostile corpus is
 * opened in ../import/hostile.test.ts), our own graph.json opens exactly as the validator reads
 * it, and what comes back crosses a worker boundary unchanged.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { DatasetSchema } from '../../../src/domain/dataset';
import { validateDataset } from '../../../src/domain/validate';
import { BUILT_IN_VOCABULARY } from '../../../src/domain/vocabulary';
import { exportActorsCsv, exportRelationsCsv } from '../../../src/io/export/csv';
import { MAX_IMPORT_BYTES, checkSize } from '../../../src/io/import/limits';
import { reviveOpenResult } from '../../../src/io/open/client';
import { openBytes, openSheets } from '../../../src/io/open/openDataset';
import type { OpenProgress, OpenResult } from '../../../src/io/open/types';
import { HOSTILE, fixtureBytes, openFixture, opened, readFixture } from '../import/helpers';
import { realDataset } from '../realDataset';

const DATA = 'data/russia-ukraine-talks';
const encode = (text: string) => new TextEncoder().encode(text);

function openedDataset(result: OpenResult) {
  if (!result.ok) throw new Error(`expected it to open: ${JSON.stringify(result.problems)}`);
  return result;
}

/** The shipped dataset as one file, its article inline. */
function shippedWithArticle(): { graph: string; article: string; inline: string } {
  const graph = readFileSync(path.join(DATA, 'graph.json'), 'utf8');
  const article = readFileSync(path.join(DATA, 'article.txt'), 'utf8');
  const inline = JSON.stringify({ ...(JSON.parse(graph) as object), article }, null, 2);
  return { graph, article, inline };
}

describe('openBytes', () => {
  it.each([
    ['kumu-connections.csv', 'csv', 8, 9],
    ['gephi-edges.csv', 'csv', 5, 6],
    ['connections.tsv', 'csv', 5, 3],
    ['semicolon.csv', 'csv', 3, 2],
    ['network-1.3.gexf', 'gexf', 5, 6],
    ['network-1.2.gexf', 'gexf', 4, 4],
    ['network.graphml', 'graphml', 4, 5],
    ['network.cyjs', 'cytoscape', 4, 4],
    ['cytoscape-elements.json', 'cytoscape', 4, 4],
    ['graphology.json', 'graphology', 4, 5],
    ['d3-by-id.json', 'd3', 5, 5],
    ['d3-by-index.json', 'd3', 5, 5],
  ])(
    'opens %s as %s with %i actors and %i relations, its reader reporting no problem',
    async (name, format, actors, relations) => {
      // What the format's reader makes of the file, before the normaliser.
      const read = readFixture(name);
      const graph = opened(read);
      expect(read.problems).toEqual([]);
      expect(graph.format).toBe(format);
      expect(graph.nodes).toHaveLength(actors);
      expect(graph.edges).toHaveLength(relations);

      const result = openedDataset(await openFixture(name));
      expect(result.format).toBe(format);
      expect(result.dataset.actors).toHaveLength(actors);
      expect(result.dataset.relations).toHaveLength(relations);
      // The dataset is what the file validates to, and the file is what exports write.
      const again = validateDataset({ graphText: JSON.stringify(result.datasetFile) });
      expect(again.ok && again.dataset).toEqual(result.dataset);
      expect(result.problems.filter((problem) => problem.action === 'refused')).toEqual([]);
    },
  );

  it('opens the shipped graph.json with its article inline exactly as the validator reads it', async () => {
    const { graph, article, inline } = shippedWithArticle();
    const result = openedDataset(await openBytes(encode(inline), 'graph.json'));
    const validated = validateDataset({ graphText: graph, articleText: article });
    if (!validated.ok) throw new Error('the shipped dataset must validate');
    expect(result.format).toBe('graph-json');
    expect(result.dataset).toEqual(validated.dataset);
    expect(result.dataset.article).toBe(article);
    expect(result.datasetFile).toEqual(DatasetSchema.parse(JSON.parse(inline)));
    expect(result.problems).toEqual([]);
  });

  it('refuses an invalid graph.json, each problem at its JSON path', async () => {
    const { graph } = shippedWithArticle();
    const broken = JSON.parse(graph) as { actors: { id: string }[]; relations: object[] };
    (broken.actors[0] as { id: string }).id = 'Not A Slug';
    const result = await openBytes(encode(JSON.stringify(broken)), 'mine.json');
    expect(result.ok).toBe(false);
    expect(result.problems).toContainEqual({
      where: { file: 'mine.json', path: 'actors[0].id' },
      message: 'must be a lowercase slug of letters, digits and hyphens, e.g. "south-africa"',
      action: 'refused',
    });
  });

  it('records the address a dataset came from', async () => {
    const result = openedDataset(
      await openBytes(fixtureBytes('semicolon.csv'), 'semicolon.csv', {
        sourceUrl: 'https://example.org/data/semicolon.csv',
      }),
    );
    expect(result.dataset.source).toEqual({
      note: 'Opened from semicolon.csv',
      url: 'https://example.org/data/semicolon.csv',
    });
  });

  it('reports progress through every stage, ending done', async () => {
    const seen: OpenProgress['stage'][] = [];
    await openBytes(fixtureBytes('network.graphml'), 'network.graphml', {
      onProgress: (progress) => seen.push(progress.stage),
    });
    expect(seen).toEqual(['decoding', 'parsing', 'normalising', 'validating', 'done']);
  });

  it('stops with an AbortError when cancelled', async () => {
    const controller = new AbortController();
    const opening = openBytes(fixtureBytes('network.graphml'), 'network.graphml', {
      signal: controller.signal,
      onProgress: (progress) => {
        if (progress.stage === 'decoding') controller.abort();
      },
    });
    await expect(opening).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('refuses bytes over the limit without reading them', async () => {
    const result = await openBytes(new Uint8Array(MAX_IMPORT_BYTES + 1), 'big.csv');
    expect(result).toEqual({ ok: false, problems: [checkSize(MAX_IMPORT_BYTES + 1, 'big.csv')] });
  });

  it('gives a result that crosses to and from a worker unchanged', async () => {
    const result = openedDataset(await openBytes(fixtureBytes('kumu-connections.csv'), 'k.csv'));
    const cloned = structuredClone(result);
    expect(cloned).toEqual(result);
    const shipped = openedDataset(
      await openBytes(encode(shippedWithArticle().inline), 'graph.json'),
    );
    const revived = openedDataset(reviveOpenResult(structuredClone(shipped)));
    // A dataset without declarations uses the one built-in vocabulary object again.
    expect(revived.dataset.vocabulary).toBe(BUILT_IN_VOCABULARY);
    expect(revived.dataset).toEqual(shipped.dataset);
  });

  it('keeps __proto__ ids and attributes as data', async () => {
    const result = openedDataset(
      await openBytes(fixtureBytes('proto-keys.json', HOSTILE), 'proto-keys.json'),
    );
    const proto = result.dataset.actors.find((actor) => actor.label === 'Proto');
    expect(proto?.id).toBe('proto');
    expect(proto?.attributes).toContainEqual({ name: 'id', value: '__proto__' });
    expect(proto?.attributes?.map((attribute) => attribute.name)).toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('openBytes on hostile files', () => {
  it('keeps XSS strings as plain text and never a script address as a link', async () => {
    const result = openedDataset(await openBytes(fixtureBytes('xss.csv', HOSTILE), 'xss.csv'));
    expect(result.dataset.actors.map((actor) => actor.label)).toContain(
      '<img src=x onerror=alert(1)>',
    );
    const urls = result.dataset.relations.flatMap((relation) =>
      relation.evidence.flatMap((evidence) => (evidence.url ? [evidence.url] : [])),
    );
    expect(urls).toEqual([]);
  });
});

describe('two sheets opened together', () => {
  const dataset = realDataset();
  const actors = { bytes: encode(exportActorsCsv(dataset)), fileName: 'actors.csv' };
  const relations = { bytes: encode(exportRelationsCsv(dataset)), fileName: 'relations.csv' };

  it('our own Actors and Relations exports open again as one dataset, in either order', async () => {
    for (const files of [
      [actors, relations],
      [relations, actors],
    ]) {
      const opened = openedDataset(await openSheets(files));
      expect(opened.dataset.actors.map((actor) => [actor.label, actor.kind])).toEqual(
        dataset.actors.map((actor) => [actor.label, actor.kind]),
      );
      expect(opened.dataset.relations).toHaveLength(dataset.relations.length);
    }
  });

  it('refuses anything but two sheets, naming the file that is not one', async () => {
    const gexf = { bytes: fixtureBytes('network-1.3.gexf'), fileName: 'network-1.3.gexf' };
    const mixed = await openSheets([relations, gexf]);
    expect(mixed.ok).toBe(false);
    expect(mixed.ok ? '' : mixed.problems[0]?.message).toMatch(
      /only as a connections sheet and its elements sheet.*network-1\.3\.gexf is GEXF data/,
    );
    const three = await openSheets([actors, relations, actors]);
    expect(three.ok ? '' : three.problems[0]?.message).toMatch(/^3 files were given/);
  });
});
