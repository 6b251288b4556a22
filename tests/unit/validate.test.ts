import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { type Problem, formatPath, validateDataset } from '../../src/domain/validate';
import { articleText, rawGraph } from './realDataset';

const FILE = 'data/broken/graph.json';

function problemsOf(graph: unknown, article = articleText): Problem[] {
  const result = validateDataset({
    graphText: JSON.stringify(graph),
    articleText: article,
    graphFile: FILE,
  });
  return result.problems;
}

describe('validateDataset on the shipped datasets', () => {
  for (const folder of readdirSync('data')) {
    it(`accepts data/${folder}`, () => {
      const result = validateDataset({
        graphText: readFileSync(`data/${folder}/graph.json`, 'utf8'),
        articleText: readFileSync(`data/${folder}/article.txt`, 'utf8'),
      });
      expect(result.problems).toEqual([]);
      expect(result.ok).toBe(true);
    });
  }

  // The shared folder sits beside the repository on the team's machines and in CI only.
  it.skipIf(!existsSync('../shared/article.txt'))(
    'keeps the article byte for byte as the shared file',
    () => {
      expect(articleText).toBe(readFileSync('../shared/article.txt', 'utf8'));
    },
  );
});

describe('validateDataset on broken copies', () => {
  it('reports invalid JSON with the parser reason', () => {
    const result = validateDataset({ graphText: '{"id": "x",', articleText, graphFile: FILE });
    expect(result.ok).toBe(false);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ file: FILE, path: '' });
    expect(result.problems[0]!.message).toMatch(/^invalid JSON: /);
  });

  it('names a relation that points to a missing actor', () => {
    const graph = rawGraph();
    graph.actors = graph.actors.filter((actor) => actor.id !== 'belarus');
    const index = graph.relations.findIndex((relation) => relation.target === 'belarus');
    expect(problemsOf(graph)).toEqual([
      { file: FILE, path: `relations[${index}].target`, message: 'no actor has the id "belarus"' },
    ]);
  });

  it('names a quote that is not in the article', () => {
    const graph = rawGraph();
    graph.relations[2]!.evidence[0]!.quote = 'Russia and Ukraine signed a lasting peace treaty';
    expect(problemsOf(graph)).toEqual([
      {
        file: FILE,
        path: 'relations[2].evidence[0].quote',
        message:
          'quote not found in the article: "Russia and Ukraine signed a lasting peace treaty"',
      },
    ]);
  });

  it('accepts a quote that differs from the article only in whitespace', () => {
    const graph = rawGraph();
    graph.relations[0]!.evidence[0]!.quote = '  Russian   strikes\nkilled at least nine people ';
    expect(problemsOf(graph)).toEqual([]);
  });

  it('rejects a quote whose wording differs, even slightly', () => {
    const graph = rawGraph();
    graph.relations[0]!.evidence[0]!.quote = 'Russian strikes killed at least ten people';
    expect(problemsOf(graph)).toHaveLength(1);
  });

  it('names both places of a duplicate id', () => {
    const graph = rawGraph();
    graph.actors[5]!.id = graph.actors[1]!.id;
    graph.relations[4]!.id = graph.relations[0]!.id;
    const problems = problemsOf(graph);
    expect(problems).toContainEqual({
      file: FILE,
      path: 'actors[5].id',
      message: `duplicate actor id "${graph.actors[1]!.id}" (first used at actors[1])`,
    });
    expect(problems).toContainEqual({
      file: FILE,
      path: 'relations[4].id',
      message: `duplicate relation id "${graph.relations[0]!.id}" (first used at relations[0])`,
    });
  });

  it('names an unknown relation type and lists the known ones', () => {
    const graph = rawGraph();
    graph.relations[3]!.type = 'HUG';
    const [problem, ...rest] = problemsOf(graph);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: FILE, path: 'relations[3].type' });
    expect(problem!.message).toMatch(/^unknown relation type "HUG"; known types: AGREE, CONSULT, /);
  });

  it('names a field of the wrong type', () => {
    const graph = rawGraph();
    graph.relations[1]!.directed = 'yes';
    graph.actors[0]!.aliases = 'Moscow';
    expect(problemsOf(graph)).toEqual([
      { file: FILE, path: 'actors[0].aliases', message: 'expected array, got string' },
      { file: FILE, path: 'relations[1].directed', message: 'expected boolean, got string' },
    ]);
  });

  it('names a missing field and an unknown one', () => {
    const graph = rawGraph();
    delete graph.actors[2]!.label;
    graph.actors[2]!.colour = 'red';
    expect(problemsOf(graph)).toEqual(
      expect.arrayContaining([
        {
          file: FILE,
          path: 'actors[2].label',
          message: 'expected string, got nothing (the field is missing)',
        },
        { file: FILE, path: 'actors[2]', message: 'unknown field "colour"' },
      ]),
    );
  });

  it('names an unknown actor kind', () => {
    const graph = rawGraph();
    graph.actors[0]!.kind = 'empire';
    expect(problemsOf(graph)).toEqual([
      {
        file: FILE,
        path: 'actors[0].kind',
        message:
          'unknown actor kind "empire"; expected one of state, leader, bloc, organization, group, meeting, or declare it in "kinds"',
      },
    ]);
  });

  it('rejects a source URL that is not http(s)', () => {
    const graph = rawGraph();
    graph.source = { url: 'javascript:alert(1)' };
    expect(problemsOf(graph)).toEqual([
      { file: FILE, path: 'source.url', message: 'must be an http(s) URL' },
    ]);
  });

  it('reports every problem at once, schema and cross-reference alike', () => {
    const graph = rawGraph();
    graph.relations[0]!.type = 'HUG';
    graph.relations[1]!.evidence = [];
    graph.relations[2]!.source = 'atlantis';
    graph.actors[3]!.id = 'Not A Slug';
    const paths = problemsOf(graph).map((problem) => problem.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'relations[0].type',
        'relations[1].evidence',
        'relations[2].source',
        'actors[3].id',
      ]),
    );
  });

  it('treats a hostile string as data', () => {
    const graph = rawGraph();
    graph.relations[0]!.evidence[0]!.quote = '<img src=x onerror=alert(1)>';
    expect(problemsOf(graph)[0]!.message).toBe(
      'quote not found in the article: "<img src=x onerror=alert(1)>"',
    );
  });
});

describe('formatPath', () => {
  it('writes array indexes in brackets and fields with dots', () => {
    expect(formatPath(['relations', 3, 'evidence', 0, 'quote'])).toBe(
      'relations[3].evidence[0].quote',
    );
    expect(formatPath([])).toBe('');
  });
});

describe('npm run validate', () => {
  function runValidate(folder: string): { code: number; output: string } {
    try {
      const output = execFileSync('npx', ['tsx', 'scripts/validate.ts', folder], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      return { code: 0, output };
    } catch (error) {
      const failure = error as { status: number; stdout: string; stderr: string };
      return { code: failure.status, output: failure.stdout + failure.stderr };
    }
  }

  it('exits 0 on the shipped dataset', () => {
    const { code, output } = runValidate('data/russia-ukraine-talks');
    expect(code).toBe(0);
    expect(output).toMatch(/valid \(\d+ actors, \d+ relations\)/);
  });

  it('exits 1 and lists each problem with file and path', () => {
    const folder = path.join(mkdtempSync(path.join(tmpdir(), 'actor-graph-')), 'broken');
    mkdirSync(folder);
    const graph = rawGraph();
    graph.relations[0]!.target = 'atlantis';
    graph.relations[1]!.type = 'HUG';
    writeFileSync(path.join(folder, 'graph.json'), JSON.stringify(graph));
    writeFileSync(path.join(folder, 'article.txt'), articleText);
    const { code, output } = runValidate(folder);
    expect(code).toBe(1);
    expect(output).toContain(`${folder}: 2 problems`);
    expect(output).toContain(
      `${folder}/graph.json: relations[0].target: no actor has the id "atlantis"`,
    );
    expect(output).toContain(
      `${folder}/graph.json: relations[1].type: unknown relation type "HUG"`,
    );
  });

  it('exits 1 when a file is missing', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'actor-graph-empty-'));
    const { code, output } = runValidate(folder);
    expect(code).toBe(1);
    expect(output).toContain(`${folder}/graph.json: file not found`);
  });
});

describe('validateDataset on status, reporters and names', () => {
  it('names an unknown relation status and lists the allowed ones', () => {
    const graph = rawGraph();
    graph.relations[2]!.status = 'held';
    expect(problemsOf(graph)).toEqual([
      {
        file: FILE,
        path: 'relations[2].status',
        message: 'unknown relation status "held"; expected one of reported, stalled, planned',
      },
    ]);
  });

  it('names a reporter that is not an actor', () => {
    const graph = rawGraph();
    (graph.relations[0]!.evidence[0] as Record<string, unknown>).reportedBy = 'reuters';
    expect(problemsOf(graph)).toEqual([
      {
        file: FILE,
        path: 'relations[0].evidence[0].reportedBy',
        message: 'no actor has the id "reuters"',
      },
    ]);
  });

  it('keeps the article’s names and search-only names apart', () => {
    const graph = rawGraph();
    const ukraine = graph.actors.findIndex((actor) => actor.id === 'ukraine');
    graph.actors[ukraine]!.aliases = ['Kiev', 'KYIV  '];
    graph.actors[ukraine]!.searchAliases = ['Ukrainians'];
    expect(problemsOf(graph)).toEqual([
      {
        file: FILE,
        path: `actors[${ukraine}].aliases[1]`,
        message:
          'alias not found in the article: "KYIV  "; a name only for search belongs in searchAliases',
      },
      {
        file: FILE,
        path: `actors[${ukraine}].searchAliases[0]`,
        message: 'the article uses the name "Ukrainians"; list it in aliases',
      },
    ]);
  });

  it('finds an alias whatever its case and spacing', () => {
    const graph = rawGraph();
    graph.actors[0]!.aliases = ['THE   kremlin'];
    expect(problemsOf(graph)).toEqual([]);
  });
});

describe('validateDataset on coded events and date ranges', () => {
  function eventGraph(relationFields: Record<string, unknown>) {
    return {
      id: 'events',
      title: 'Events',
      source: {},
      coding: { format: 'GDELT 2.0 events', codes: 'CAMEO', score: 'Goldstein scale' },
      actors: [
        { id: 'usa', label: 'United States', kind: 'state', aliases: [] },
        { id: 'rus', label: 'Russia', kind: 'state', aliases: [] },
      ],
      relations: [
        {
          id: 'usa-sanction-rus',
          source: 'usa',
          target: 'rus',
          type: 'SANCTION',
          directed: true,
          evidence: [],
          ...relationFields,
        },
      ],
    };
  }
  const problemsWithoutArticle = (graph: unknown) =>
    validateDataset({ graphText: JSON.stringify(graph), graphFile: FILE }).problems;

  it('accepts a relation that aggregates dated, coded events', () => {
    const graph = eventGraph({
      date: '2025-04-01',
      until: '2025-04-23',
      events: [
        { id: '1', date: '2025-04-01', code: '163', score: -8, url: 'https://example.org/a' },
        { id: '2', date: '2025-04-23', code: '163', score: -8 },
      ],
    });
    expect(problemsWithoutArticle(graph)).toEqual([]);
  });

  it('names a range that ends before it starts, whatever the precision', () => {
    expect(problemsWithoutArticle(eventGraph({ date: '2025-04-10', until: '2025-04' }))).toEqual(
      [],
    );
    expect(problemsWithoutArticle(eventGraph({ date: '2025-04-10', until: '2025-03-31' }))).toEqual(
      [
        {
          file: FILE,
          path: 'relations[0].until',
          message: 'the range ends (2025-03-31) before it starts (2025-04-10)',
        },
      ],
    );
  });

  it('names an event day that is not a calendar day and an unknown code book', () => {
    const graph = eventGraph({ events: [{ date: '2025-04' }] });
    graph.coding.codes = 'WEIS';
    const messages = problemsWithoutArticle(graph).map((p) => `${p.path}: ${p.message}`);
    expect(messages).toContain('relations[0].events[0].date: must be a day written YYYY-MM-DD');
    expect(messages.some((m) => m.startsWith('coding.codes: '))).toBe(true);
  });
});
