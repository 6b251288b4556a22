// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { collectAttributes } from '../../../src/io/import/fields';
import { GraphBuilder, editDistanceAtMostOne } from '../../../src/io/import/formats/builder';
import { sniffFormat } from '../../../src/io/import/formats/sniff';
import {
  MAX_ATTRIBUTES,
  MAX_IMPORT_BYTES,
  checkSize,
  formatMegabytes,
} from '../../../src/io/import/limits';
import { MAX_LISTED_PROBLEMS, ProblemLog } from '../../../src/io/import/report';
import type { RawNode } from '../../../src/io/import/types';
import { openedSummary } from '../../../src/ui/data/report';

const node = (id: string, extra: Partial<RawNode> = {}): RawNode => ({
  id,
  attributes: new Map(),
  where: { file: 'f', row: 2 },
  ...extra,
});

describe('sniffFormat', () => {
  it('lists a sniffed format that the file name contradicts, and content wins', () => {
    const result = sniffFormat('<graphml><graph/></graphml>', 'network.json');
    expect(result).toMatchObject({ ok: true, format: 'graphml' });
    expect(result.problems[0]?.message).toMatch(/ends in \.json but the file holds GraphML/);
  });

  it('refuses text it cannot place, listing the formats it reads', () => {
    const result = sniffFormat('hello world\nthis is prose\n', 'notes.md');
    expect(result.ok).toBe(false);
    expect(result.problems[0]?.message).toMatch(
      /could not tell what format.*CSV or TSV.*GEXF, GraphML.*d3/,
    );
  });
});

describe('checkSize', () => {
  it('lets a file up to the limit through and refuses one above, saying both sizes in MB', () => {
    expect(MAX_IMPORT_BYTES).toBe(50 * 1024 * 1024);
    expect(checkSize(MAX_IMPORT_BYTES)).toBeNull();
    expect(checkSize(200 * 1024 * 1024, 'drop.csv')?.message).toBe(
      'This file is 200 MB; Actor Graph opens files up to 50 MB. Nothing was read.',
    );
    expect(formatMegabytes(1.25 * 1024 * 1024)).toBe('1.3 MB');
  });
});

describe('Attributes', () => {
  it('hold __proto__, constructor and toString as plain entries', () => {
    const attributes = collectAttributes(
      Object.entries(
        JSON.parse(
          '{"__proto__": {"polluted": true}, "constructor": 1, "toString": "t"}',
        ) as object,
      ),
      new ProblemLog('f'),
      {},
    );
    expect([...attributes]).toEqual([
      ['__proto__', '{"polluted":true}'],
      ['constructor', 1],
      ['toString', 't'],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // A Map keeps them through structured clone, as on the way back from the worker.
    expect([...structuredClone(attributes)]).toEqual([...attributes]);
  });

  it('keep at most the limit per element and say how many were skipped', () => {
    const log = new ProblemLog('f');
    const many = Array.from(
      { length: MAX_ATTRIBUTES + 5 },
      (_, index) => [`a${index}`, index] as const,
    );
    expect(collectAttributes(many, log, { path: 'nodes[0]' }).size).toBe(MAX_ATTRIBUTES);
    expect(log.list()[0]?.message).toMatch(/5 more attributes were skipped/);
  });
});

describe('ProblemLog', () => {
  it('lists up to its cap and counts the rest in one closing line', () => {
    const log = new ProblemLog('f.csv');
    for (let row = 1; row <= MAX_LISTED_PROBLEMS + 7; row += 1) log.add({ row }, 'bad', 'skipped');
    const problems = log.list();
    expect(problems).toHaveLength(MAX_LISTED_PROBLEMS + 1);
    expect(problems.at(-1)?.message).toMatch(/^7 more skipped like the ones above/);
    // The summary counts rows, not report lines: every skipped row, listed or not.
    expect(problems.at(-1)?.count).toBe(7);
    expect(openedSummary('f.csv', { actors: 1, relations: 1 }, problems)).toBe(
      `Opened f.csv: 1 actor, 1 relation; ${(MAX_LISTED_PROBLEMS + 7).toLocaleString('en')} skipped.`,
    );
  });

  it('counts the rows a closing line of an event file stands for, and keeps actions apart', () => {
    const log = new ProblemLog('f.csv');
    for (let row = 1; row <= MAX_LISTED_PROBLEMS; row += 1) log.add({ row }, 'bad', 'skipped');
    log.add({ row: 2000 }, 'fixed', 'repaired');
    log.add({ row: 2001 }, '40 more rows like them', 'skipped', { count: 40 });
    const problems = log.list();
    expect(problems.slice(MAX_LISTED_PROBLEMS).map((p) => [p.action, p.count])).toEqual([
      ['repaired', 1],
      ['skipped', 40],
    ]);
    expect(openedSummary('f.csv', { actors: 1, relations: 1 }, problems)).toMatch(
      /; 1,040 skipped, 1 repaired\.$/,
    );
  });
});

describe('GraphBuilder', () => {
  it('merges a repeated node, keeping the first where they differ and filling what it lacks', () => {
    const log = new ProblemLog('f');
    const builder = new GraphBuilder(log);
    builder.addNode(node('a', { label: 'A', attributes: new Map([['x', 1]]) }));
    builder.addNode(
      node('a', {
        label: 'Other',
        kind: 'Person',
        where: { file: 'f', row: 5 },
        attributes: new Map([
          ['x', 2],
          ['y', 3],
        ]),
      }),
    );
    const { nodes } = builder.finish({ reportCreatedNodes: true });
    expect(nodes).toHaveLength(1);
    expect(nodes[0]).toMatchObject({ label: 'A', kind: 'Person' });
    expect([...(nodes[0]?.attributes ?? [])]).toEqual([
      ['x', 1],
      ['y', 3],
    ]);
    expect(log.list()[0]).toEqual({
      where: { file: 'f', row: 5 },
      message:
        'The id "a" is used again (first at row 2); the two were merged into one node, keeping the first one\'s "label", "x" where they differ.',
      action: 'merged',
    });
  });

  it('resolves edge ends by id, then by label, then ignoring case and spaces', () => {
    const builder = new GraphBuilder(new ProblemLog('f'));
    builder.addNode(node('n1', { label: 'Fondation Lumière' }));
    builder.addNode(node('n2', { label: 'Open Water Trust' }));
    builder.addEdge({
      source: 'n1',
      target: 'Open Water Trust',
      quotes: [],
      attributes: new Map(),
      where: { file: 'f' },
    });
    builder.addEdge({
      source: ' open water  TRUST',
      target: 'fondation lumière',
      quotes: [],
      attributes: new Map(),
      where: { file: 'f' },
    });
    const { nodes, edges } = builder.finish({ reportCreatedNodes: true });
    expect(nodes).toHaveLength(2);
    expect(edges.map((edge) => [edge.source, edge.target])).toEqual([
      ['n1', 'n2'],
      ['n2', 'n1'],
    ]);
  });

  it('tells one-edit typos from other words', () => {
    expect(editDistanceAtMostOne('funds', 'fudns')).toBe(true);
    expect(editDistanceAtMostOne('funds', 'fund')).toBe(true);
    expect(editDistanceAtMostOne('funds', 'finds')).toBe(true);
    expect(editDistanceAtMostOne('funds', 'fends off')).toBe(false);
    expect(editDistanceAtMostOne('meets', 'visits')).toBe(false);
  });
});
