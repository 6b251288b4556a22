// @vitest-environment node
/**
 * Real files other tools wrote (tests/fixtures/real/SOURCES.md), through the whole opening
 * pipeline: each opens as the graph it holds, counted independently of the app, is drawn and
 * summarised as exactly that graph, its SVG picture holds every drawn actor and edge, and every
 * data export of it holds every relation.
 */
import { readFileSync, readdirSync } from 'node:fs';

import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';

import type { Dataset } from '../../../src/domain/dataset';
import { isolatedShownByDefault } from '../../../src/domain/view';
import { exportRelationsCsv } from '../../../src/io/export/csv';
import { exportGexf } from '../../../src/io/export/gexf';
import { exportGraphJson } from '../../../src/io/export/graphJson';
import { exportGraphml } from '../../../src/io/export/graphml';
import { reportInterrupts } from '../../../src/io/import/report';
import { openBytes } from '../../../src/io/open/openDataset';
import type { OpenResult } from '../../../src/io/open/types';
import { canvasPicture, expectPictureOfView } from '../export/canvasPicture';

const REAL = 'tests/fixtures/real';

async function open(name: string): Promise<Extract<OpenResult, { ok: true }>> {
  const result = await openBytes(new Uint8Array(readFileSync(`${REAL}/${name}`)), name);
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join('\n'));
  return result;
}

/** Nodes and edges each file holds, counted with Python's own parsers (SOURCES.md). */
const HOLDS: [file: string, actors: number, relations: number][] = [
  ['Les-Miserables.gexf', 77, 254],
  ['US-Airports.gexf', 235, 1297],
  ['Java.gexf', 1538, 8032],
  ['dynamicedgeweight.gexf', 2, 1],
  ['timezone.gexf', 2, 1],
  ['edges_table_types_test.csv', 2, 2],
  ['karate.GraphML', 34, 78],
  ['grateful-dead.xml', 808, 8049],
  ['phylogeny.gexf', 3, 0],
  ['viz.gexf', 1, 0],
  ['yeast.gexf', 2361, 7182 - 536],
  ['dataset.json', 2085, 5409],
  ['clique3.json', 12, 21],
  ['abcde.json', 5, 7],
];

const xmlCount = (text: string, tag: string) =>
  new DOMParser().parseFromString(text, 'text/xml').getElementsByTagName(tag).length;

// The largest files take seconds each to open and export on a busy two-core machine.
describe('real files open as the graph they hold', { timeout: 30_000 }, () => {
  it('the folder holds the files SOURCES.md counts, and only those', () => {
    const files = readdirSync(REAL, { withFileTypes: true })
      .filter((entry) => entry.isFile() && !/\.(md|txt)$/.test(entry.name))
      .map((entry) => entry.name);
    expect(files.sort()).toEqual(HOLDS.map(([file]) => file).sort());
  });

  for (const [file, actors, relations] of HOLDS) {
    it(`${file}: ${actors} actors, ${relations} relations, drawn and pictured, and every export holds them all`, async () => {
      const { dataset } = await open(file);
      expect([dataset.actors.length, dataset.relations.length]).toEqual([actors, relations]);
      // The summary counts all of it (nodes alone are shown), and the canvas draws that.
      const picture = canvasPicture(dataset);
      expect(picture.summary).toEqual({ actors, relations });
      expectPictureOfView(picture);

      const json = JSON.parse(exportGraphJson(dataset)) as Dataset;
      expect(json.relations).toHaveLength(relations);
      expect(xmlCount(exportGexf(dataset), 'edge')).toBe(relations);
      expect(xmlCount(exportGraphml(dataset), 'edge')).toBe(relations);
      const csvRows = exportRelationsCsv(dataset)
        .split('\r\n')
        .filter((line) => line !== '');
      // A quote may hold a line break; the article's do not, and neither do these files'.
      expect(csvRows.length - 1).toBe(relations);
    });
  }

  it('shows every node of a file without quotes: a GEXF of nodes alone is not an empty canvas', async () => {
    expect(isolatedShownByDefault((await open('phylogeny.gexf')).dataset)).toBe(true);
    expect(isolatedShownByDefault((await open('yeast.gexf')).dataset)).toBe(true);
  });

  it('reads sigma.js’s demo: attributes beside the key, edges as [source, target] pairs', async () => {
    const { dataset } = await open('dataset.json');
    const cytoscape = dataset.actors.find((actor) => actor.label === 'Cytoscape');
    expect(cytoscape?.position).toEqual({ x: 643.82275390625, y: -770.3126220703125 });
    expect(dataset.relations.some((relation) => relation.source === cytoscape?.id)).toBe(true);
  });

  it('reads Cytoscape.js’s {nodes, edges} without the elements wrapper', async () => {
    const { dataset } = await open('abcde.json');
    expect(dataset.actors.map((actor) => actor.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('opens an ordinary Gephi file without interrupting: giving untyped edges a type is minor', async () => {
    const { problems } = await open('Les-Miserables.gexf');
    expect(problems.some((problem) => /no type/.test(problem.message))).toBe(true);
    expect(reportInterrupts(problems)).toBe(false);
  });

  it('interrupts for dropped data, and counts every dropped row', async () => {
    const { problems } = await open('yeast.gexf');
    expect(reportInterrupts(problems)).toBe(true);
    const skipped = problems.filter((problem) => problem.action === 'skipped');
    expect(skipped.reduce((sum, problem) => sum + (problem.count ?? 1), 0)).toBe(536);
  });
});

describe('a Gephi file back to Gephi', () => {
  it('keeps its colours, sizes and places in our GEXF', async () => {
    const { dataset } = await open('Les-Miserables.gexf');
    const back = await openBytes(new TextEncoder().encode(exportGexf(dataset)), 'back.gexf');
    if (!back.ok) throw new Error('our GEXF did not open');
    // Positions are written to two decimals.
    const round = (value = 0) => Math.round(value * 100) / 100;
    const pick = (d: Dataset) =>
      d.actors.map((a) => [a.label, a.color, a.size, round(a.position?.x), round(a.position?.y)]);
    expect(pick(back.dataset)).toEqual(pick(dataset));
  });
});
