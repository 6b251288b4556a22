// @vitest-environment node
/**
 * The hostile corpus: every file gives a report and never a throw. The table says, per file,
 * whether it opens, the problem it must report and what was done; specific checks follow.
 */
import { closeSync, openSync, readdirSync, rmSync, statSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { validateDataset } from '../../../src/domain/validate';
import { MAX_FIELD_LENGTH, checkSize } from '../../../src/io/import/limits';
import type { ImportAction } from '../../../src/io/import/types';
import {
  HOSTILE,
  fixtureBytes,
  nodeById,
  openFixture,
  opened,
  problemMatching,
  readFixture,
  readText,
} from './helpers';

interface Expected {
  opens: boolean;
  problem: RegExp;
  action: ImportAction;
}

const EXPECTED: Record<string, Expected> = {
  'array-of-numbers.json': {
    opens: false,
    problem: /not a graph Actor Graph knows/,
    action: 'refused',
  },
  'bad-weight.csv': { opens: true, problem: /weight "heavy" is not a number/, action: 'kept' },
  'billion-laughs.gexf': { opens: false, problem: /declares XML entities/, action: 'refused' },
  'billion-laughs.graphml': { opens: false, problem: /declares XML entities/, action: 'refused' },
  'binary-garbage.csv': { opens: false, problem: /binary data, not a CSV file/, action: 'refused' },
  'blank-rows.csv': {
    opens: true,
    problem: /4 blank rows were skipped \(rows 3, 4, 6, 7\)/,
    action: 'skipped',
  },
  'csv-that-is-gexf.csv': {
    opens: true,
    problem: /ends in \.csv but the file holds GEXF/,
    action: 'kept',
  },
  'd3-out-of-range.json': {
    opens: true,
    problem: /target "3" is not the index of a node/,
    action: 'skipped',
  },
  'deeply-nested-attribute.json': {
    opens: true,
    problem: /"deep" is nested too deeply/,
    action: 'skipped',
  },
  'deeply-nested.json': {
    opens: false,
    problem: /not a graph Actor Graph knows/,
    action: 'refused',
  },
  'duplicate-ids-elements.csv': { opens: false, problem: /holds no relations/, action: 'refused' },
  'duplicate-ids.gexf': { opens: true, problem: /The id "a" is used again/, action: 'merged' },
  'empty-from.csv': { opens: true, problem: /^The row has no To,/, action: 'skipped' },
  'empty.csv': { opens: false, problem: /^The file is empty\.$/, action: 'refused' },
  'gexf-no-graph.gexf': { opens: false, problem: /no <graph> element/, action: 'refused' },
  'gexf-undeclared-nodes.gexf': {
    opens: true,
    problem: /"ghost" is named by a relation/,
    action: 'repaired',
  },
  'graphml-bad-types.graphml': {
    opens: true,
    problem: /edge default "sideways"/,
    action: 'repaired',
  },
  'graphml-missing-key.graphml': {
    opens: true,
    problem: /key "d1" is used on nodes but not declared/,
    action: 'kept',
  },
  'gzip-renamed.gexf': {
    opens: false,
    problem: /gzip-compressed file, not a GEXF file/,
    action: 'refused',
  },
  'header-only.csv': { opens: false, problem: /column names but no rows/, action: 'refused' },
  'html-error-page.csv': {
    opens: false,
    problem: /web page \(HTML\), not a CSV file/,
    action: 'refused',
  },
  'invalid-json.json': {
    opens: false,
    problem: /not valid JSON \(line 6, column 1\)/,
    action: 'refused',
  },
  'long-line.csv': {
    opens: true,
    problem: /10,000 other columns; the first 200 were kept/,
    action: 'skipped',
  },
  'malformed-unclosed.gexf': {
    opens: true,
    problem: /<node> opened on line 5 is not closed/,
    action: 'repaired',
  },
  'mixed-line-endings.csv': { opens: true, problem: /mixes line endings/, action: 'repaired' },
  'no-from-to.csv': { opens: false, problem: /found "Name", "Age", "City"/, action: 'refused' },
  'not-a-graph.json': { opens: false, problem: /not a graph Actor Graph knows/, action: 'refused' },
  'only-self-loops.csv': { opens: true, problem: /"A" to itself/, action: 'skipped' },
  'pdf-renamed.graphml': {
    opens: false,
    problem: /PDF document, not a GraphML file/,
    action: 'refused',
  },
  'png-renamed.json': { opens: false, problem: /PNG image, not a JSON file/, action: 'refused' },
  'proto-keys.csv': { opens: true, problem: /"prototype" to itself/, action: 'skipped' },
  'proto-keys.gexf': {
    opens: true,
    problem: /"hasOwnProperty" is named by a relation/,
    action: 'repaired',
  },
  'proto-keys.graphml': {
    opens: true,
    problem: /key "constructor" is used on nodes but not declared/,
    action: 'kept',
  },
  'proto-keys.json': {
    opens: true,
    problem: /"toString" is named by a relation/,
    action: 'repaired',
  },
  'self-loop.csv': {
    opens: true,
    problem: /"Open Water Trust" to itself \(a self-loop\) was skipped/,
    action: 'skipped',
  },
  'self-loop.graphml': { opens: true, problem: /"n1" to itself/, action: 'skipped' },
  'stray-quote.csv': {
    opens: true,
    problem: /quote mark \(".*the quote mark was ignored/,
    action: 'repaired',
  },
  'trailing-garbage.json': {
    opens: true,
    problem: /more text follows; that text was ignored/,
    action: 'repaired',
  },
  'truncated.graphml': { opens: true, problem: /ends in the middle of a tag/, action: 'repaired' },
  'type-typos.csv': {
    opens: true,
    problem: /"fudns" \(1 use\) may be a typo of "funds"/,
    action: 'kept',
  },
  'unknown-direction.csv': { opens: true, problem: /direction "sideways"/, action: 'kept' },
  'utf16be-bom.csv': { opens: true, problem: /UTF-16 text \(big-endian\)/, action: 'repaired' },
  'utf16le-bom.csv': { opens: true, problem: /UTF-16 text \(little-endian\)/, action: 'repaired' },
  'utf16le-nobom.tsv': {
    opens: true,
    problem: /little-endian, without a byte-order mark/,
    action: 'repaired',
  },
  'utf8-bom.csv': { opens: true, problem: /UTF-8 byte-order mark/, action: 'repaired' },
  'whitespace-only.csv': { opens: false, problem: /only blank space/, action: 'refused' },
  'windows-1252.csv': { opens: true, problem: /read as Windows-1252/, action: 'repaired' },
  'xss.csv': {
    opens: true,
    problem: /"javascript:alert\(document\.cookie\)" is not an http\(s\) address/,
    action: 'kept',
  },
  'xss.gexf': { opens: true, problem: /"javascript:alert\(4\)" in "Source URL"/, action: 'kept' },
  'xss.json': { opens: true, problem: /"javascript:alert\(3\)" in "url"/, action: 'kept' },
  'xxe-file.graphml': { opens: false, problem: /declares XML entities/, action: 'refused' },
  'xxe-http.gexf': { opens: false, problem: /declares XML entities/, action: 'refused' },
  'zip-renamed.csv': { opens: false, problem: /ZIP archive, not a CSV file/, action: 'refused' },
};

const files = readdirSync(HOSTILE).sort();

describe('the hostile corpus', () => {
  it('has at least 30 files, each described in the table above', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(files)(
    '%s gives a report with places and messages, never a throw, and a valid dataset when it opens',
    async (name) => {
      const opening = openFixture(name, HOSTILE);
      await expect(opening).resolves.toBeDefined();
      const result = await opening;
      const expected = EXPECTED[name] as Expected;
      expect(result.ok).toBe(expected.opens);
      expect(result.problems.length).toBeGreaterThan(0);
      for (const problem of result.problems) {
        expect(problem.where.file).toBe(name);
        expect(problem.message.length).toBeGreaterThan(10);
      }
      expect(problemMatching(result, expected.problem).action).toBe(expected.action);
      if (result.ok) {
        expect(result.problems.every((problem) => problem.action !== 'refused')).toBe(true);
        // What a reader could read, the normaliser always turns into a valid dataset.
        const again = validateDataset({ graphText: JSON.stringify(result.datasetFile) });
        expect(again.problems).toEqual([]);
      } else {
        expect(result.problems.some((problem) => problem.action === 'refused')).toBe(true);
      }
    },
  );
});

describe('specific hostile files', () => {
  it('reads the encodings into the same text', () => {
    for (const name of [
      'utf8-bom.csv',
      'utf16le-bom.csv',
      'utf16be-bom.csv',
      'utf16le-nobom.tsv',
    ]) {
      const graph = opened(readFixture(name, HOSTILE));
      expect(graph.nodes.map((node) => node.label)).toEqual([
        'Fondation Lumière',
        'São Paulo Civic Lab',
        'Київ Media Hub',
        '北京 Green Forum',
      ]);
    }
    const latin = opened(readFixture('windows-1252.csv', HOSTILE));
    expect(latin.nodes.map((node) => node.label)).toContain('Zoë Martín');
    expect(latin.edges[0]?.description).toBe('Grant – renewed for “three” years');
  });

  it('reports rows with an empty From or To by row and column', () => {
    const result = readFixture('empty-from.csv', HOSTILE);
    expect(opened(result).edges).toHaveLength(2);
    expect(result.problems.map((problem) => problem.where)).toEqual([
      { file: 'empty-from.csv', row: 3, column: 'From' },
      { file: 'empty-from.csv', row: 4, column: 'To' },
      { file: 'empty-from.csv', row: 5, column: 'From' },
    ]);
  });

  it('skips a self-loop with its row and keeps the rest', () => {
    const result = readFixture('self-loop.csv', HOSTILE);
    expect(opened(result).edges).toHaveLength(2);
    expect(problemMatching(result, /to itself/)).toEqual({
      where: { file: 'self-loop.csv', row: 3 },
      message: expect.any(String),
      action: 'skipped',
    });
  });

  it('repairs a stray quote so the rows after it are not swallowed', () => {
    const result = readFixture('stray-quote.csv', HOSTILE);
    const graph = opened(result);
    expect(graph.edges.map((edge) => edge.target)).toEqual([
      'São Paulo Civic Lab',
      'Kyiv Media Hub',
      '北京 Green Forum',
      'São Paulo Civic Lab',
    ]);
    expect(graph.edges[2]?.description).toBe('small, monitored');
    expect(problemMatching(result, /quote mark/).where.row).toBe(3);
  });

  it('merges spellings that differ in case, and flags near-misses without changing them', () => {
    const result = readFixture('type-typos.csv', HOSTILE);
    const types = opened(result).edges.map((edge) => edge.type);
    expect(types.filter((type) => type === 'funds')).toHaveLength(5);
    expect(types).toContain('fudns');
    expect(
      problemMatching(result, /"Funds" \(1 use\) differs from "funds" only in letter case/).where
        .row,
    ).toBe(5);
    problemMatching(result, /"critcises" \(1 use\) may be a typo of "criticises"/);
  });

  it('merges elements with a duplicate ID when read as the elements sheet', async () => {
    const { parseCsvSheets } = await import('../../../src/io/import/formats/csv');
    const result = parseCsvSheets(
      { text: 'From,To\nlumiere,spcl\n', fileName: 'c.csv' },
      {
        text: new TextDecoder().decode(fixtureBytes('duplicate-ids-elements.csv', HOSTILE)),
        fileName: 'e.csv',
      },
    );
    const graph = opened(result);
    expect(graph.nodes).toHaveLength(2);
    expect(nodeById(graph, 'lumiere')).toMatchObject({
      label: 'Fondation Lumière',
      kind: 'Funder',
    });
    expect(result.problems.map((problem) => [problem.where.row, problem.action])).toEqual([
      [4, 'merged'],
      [5, 'merged'],
    ]);
  });

  it('keeps markup in CSV labels as text exactly, and never makes a link of javascript: or data:', () => {
    const result = readFixture('xss.csv', HOSTILE);
    const graph = opened(result);
    expect(graph.nodes.map((node) => node.label)).toContain('<img src=x onerror=alert(1)>');
    expect(graph.edges[0]).toMatchObject({
      type: '<script>alert(2)</script>',
      description: '<b onmouseover=alert(3)>hi</b>',
    });
    expect(graph.edges[0]?.attributes.get('Note')).toBe('<a href="javascript:alert(4)">x</a>');
    expect(graph.edges.map((edge) => edge.url)).toEqual([undefined, undefined, undefined]);
    expect(graph.edges[2]?.attributes.get('Source URL')).toMatch(/^data:text\/html/);
  });

  it('keeps markup in JSON labels as text exactly', () => {
    const graph = opened(readFixture('xss.json', HOSTILE));
    expect(nodeById(graph, 'a').label).toBe('<img src=x onerror=alert(1)>');
    expect(graph.edges[0]).toMatchObject({
      label: '<svg/onload=alert(2)>',
      quotes: ['<script>alert(4)</script>'],
    });
    expect(graph.edges[0]?.url).toBeUndefined();
  });

  it('cuts a 1 MB cell to the field limit and says so', () => {
    const text = `From,To,Description\nA,B,${'x'.repeat(1024 * 1024)}\n`;
    const result = readText(text, 'huge-cell.csv');
    expect(opened(result).edges[0]?.description).toHaveLength(MAX_FIELD_LENGTH);
    expect(
      problemMatching(result, /1,048,576 characters long; only the first 100,000 were kept/).where,
    ).toEqual({
      file: 'huge-cell.csv',
      row: 2,
      column: 'Description',
    });
  });
});

describe('__proto__, constructor and prototype are data', () => {
  const pristine = () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    expect(typeof ({} as { toString: unknown }).toString).toBe('function');
  };

  it('in a CSV: as names and as column names', () => {
    const graph = opened(readFixture('proto-keys.csv', HOSTILE));
    pristine();
    expect(graph.nodes.map((node) => node.id)).toEqual([
      '__proto__',
      'constructor',
      'prototype',
      'toString',
    ]);
    // Compared as entry lists: an object literal with a __proto__ key would set a prototype.
    expect([...(graph.edges[0]?.attributes ?? [])]).toEqual([
      ['__proto__', '{"polluted":true}'],
      ['constructor', 'x'],
      ['prototype', 'y'],
      ['toString', 'z'],
    ]);
    expect(graph.edges[1]?.type).toBe('hasOwnProperty');
  });

  it('in Cytoscape JSON: as ids, data keys and a top-level key', () => {
    const graph = opened(readFixture('proto-keys.json', HOSTILE));
    pristine();
    const node = nodeById(graph, '__proto__');
    expect(node.label).toBe('Proto');
    expect(node.attributes.get('__proto__')).toBe('{"polluted":true}');
    expect(node.attributes.get('constructor')).toBe('{"prototype":{"polluted":true}}');
    expect(nodeById(graph, 'constructor').attributes.get('toString')).toBe('t');
    expect(graph.edges[0]).toMatchObject({
      id: '__proto__',
      source: '__proto__',
      target: 'constructor',
    });
    expect(graph.edges.map((edge) => edge.target)).toEqual(['constructor', 'toString']);
  });

  it('in GEXF: as node ids and attribute titles (graphology never sees them as keys)', () => {
    const graph = opened(readFixture('proto-keys.gexf', HOSTILE));
    pristine();
    expect(graph.nodes.map((node) => node.id)).toEqual([
      '__proto__',
      'constructor',
      'hasOwnProperty',
    ]);
    expect([...nodeById(graph, '__proto__').attributes]).toEqual([
      ['__proto__', 'polluted'],
      ['constructor', 'c'],
      ['toString', 'd'],
    ]);
    expect(graph.edges.map((edge) => [edge.source, edge.target])).toEqual([
      ['__proto__', 'constructor'],
      ['constructor', 'hasOwnProperty'],
    ]);
  });

  it('in GraphML: as node ids, key names and undeclared keys', () => {
    const graph = opened(readFixture('proto-keys.graphml', HOSTILE));
    pristine();
    expect([...nodeById(graph, '__proto__').attributes]).toEqual([
      ['__proto__', 'polluted'],
      ['constructor', 'undeclared'],
      ['toString', 'd'],
    ]);
    expect(graph.edges[0]).toMatchObject({ source: '__proto__', target: 'prototype' });
  });
});

describe('a file too large', () => {
  it('is refused from its size alone: a 300 MB sparse file is never read', () => {
    const file = path.join(tmpdir(), `actor-graph-sparse-${process.pid}.csv`);
    closeSync(openSync(file, 'w'));
    try {
      truncateSync(file, 300 * 1024 * 1024);
      // What the page does: look at File.size, which costs nothing, before reading a byte.
      const problem = checkSize(statSync(file).size, 'sparse.csv');
      expect(problem).toEqual({
        where: { file: 'sparse.csv' },
        message: 'This file is 300 MB; Actor Graph opens files up to 50 MB. Nothing was read.',
        action: 'refused',
      });
    } finally {
      rmSync(file);
    }
  });
});
