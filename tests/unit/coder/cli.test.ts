import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { run } from '../../../scripts/code';
import type { DatasetFile } from '../../../src/domain/dataset';
import { validateDataset } from '../../../src/domain/validate';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const articleFile = 'data/russia-ukraine-talks/article.txt';
const article = readFileSync(new URL(`../../../${articleFile}`, import.meta.url), 'utf8');
const secondText = readFileSync(
  new URL('../../fixtures/coder/saudi-oil-drone-attacks/article.txt', import.meta.url),
  'utf8',
);

interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm run code` as a user would (node with tsx), with what it reads on stdin. */
function code(args: string[], stdin = ''): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/code.ts', ...args], {
      cwd: root,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ code: exitCode, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

function quotesOf(relations: DatasetFile['relations']): string[] {
  return relations.flatMap((relation) =>
    relation.evidence.flatMap((evidence) => (evidence.quote ? [evidence.quote] : [])),
  );
}

describe('npm run code', () => {
  it('writes a valid graph.json of unreviewed suggestions, quoting the article verbatim', async () => {
    const {
      code: exitCode,
      stdout,
      stderr,
    } = await code([articleFile, '--title', 'Peace talks stall', '--publisher', 'A newspaper']);
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(exitCode).toBe(0);
    const dataset = JSON.parse(stdout) as DatasetFile;
    expect(validateDataset({ graphText: stdout }).ok).toBe(true);
    expect(dataset.article).toBe(article);
    expect(dataset.source).toMatchObject({ title: 'Peace talks stall', publisher: 'A newspaper' });
    expect(dataset.source.url).toBeUndefined();
    expect(dataset.source.note).toMatch(/not reviewed/);
    const quotes = quotesOf(dataset.relations);
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(article).toContain(quote);
  }, 60_000);

  it('codes JSON Lines from stdin, one answer per line, and a bad line says why', async () => {
    const input = [
      JSON.stringify({ id: 'talks', text: article }),
      '{"id": "broken", "text": ',
      '',
      JSON.stringify({ id: 7 }),
      JSON.stringify({ id: 'attacks', text: secondText }),
    ].join('\n');
    const { code: exitCode, stdout } = await code(['--jsonl', '-'], input);
    expect(exitCode).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records.map((record) => record.id)).toEqual(['talks', null, 7, 'attacks']);
    expect(records[1]).toMatchObject({ line: 2, error: expect.stringMatching(/JSON/) });
    expect(records[2]).toMatchObject({ line: 4, error: expect.stringMatching(/text/) });
    const texts: Record<string, string> = { talks: article, attacks: secondText };
    for (const record of [records[0], records[3]]) {
      const { id, actors, relations } = record as {
        id: string;
        actors: DatasetFile['actors'];
        relations: DatasetFile['relations'];
      };
      expect(Array.isArray(actors)).toBe(true);
      for (const quote of quotesOf(relations)) expect(texts[id]).toContain(quote);
    }
    expect((records[0]?.relations as unknown[]).length).toBeGreaterThan(0);
  }, 60_000);
});

/** The command run in this process: quicker, for what needs no second node. */
async function inProcess(argv: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let said = '';
  let written = '';
  stdout.on('data', (chunk: Buffer) => (written += chunk.toString('utf8')));
  stderr.on('data', (chunk: Buffer) => (said += chunk.toString('utf8')));
  const exitCode = await run(argv, { stdin: Readable.from([]), stdout, stderr });
  return { exitCode, said, written };
}

describe('npm run code on a saved web page', () => {
  it("codes the page's readable text and takes the source fields the page states", async () => {
    const page = join(mkdtempSync(join(tmpdir(), 'code-cli-')), 'talks.html');
    writeFileSync(
      page,
      `<!doctype html><html><head><title>Talks stall</title>
      <meta property="og:site_name" content="Example News">
      <link rel="canonical" href="https://example.org/talks"></head>
      <body><nav>Home | World</nav><article><h1>Talks stall</h1>
      <p>Russia accused Ukraine of undermining the talks in London on Wednesday.</p>
      <p>The United States warned that it would walk away unless Russia and Ukraine agree to a peace deal.</p>
      </article></body></html>`,
    );
    const { exitCode, written } = await inProcess([page, '--published', '2025-04-23']);
    expect(exitCode).toBe(0);
    const dataset = JSON.parse(written) as DatasetFile;
    expect(dataset.source).toMatchObject({
      title: 'Talks stall',
      publisher: 'Example News',
      url: 'https://example.org/talks',
      published: '2025-04-23',
    });
    expect(dataset.article).not.toMatch(/<|Home \| World/);
    expect(dataset.relations.length).toBeGreaterThan(0);
    for (const quote of quotesOf(dataset.relations)) expect(dataset.article).toContain(quote);
  });
});

describe('npm run code, when it cannot', () => {
  it('says how to call it when given nothing, in one line', async () => {
    const { exitCode, said } = await inProcess([]);
    expect(exitCode).not.toBe(0);
    expect(said.trimEnd().split('\n')).toEqual([expect.stringMatching(/^code: usage: /)]);
  });

  it('names a file it cannot read, and an option it does not know', async () => {
    const missing = await inProcess(['no-such-article.txt']);
    expect(missing.exitCode).not.toBe(0);
    expect(missing.said).toBe('code: cannot read no-such-article.txt: no such file\n');
    const unknown = await inProcess(['--jsonl', 'no-such.jsonl']);
    expect(unknown.exitCode).not.toBe(0);
    expect(unknown.said).toMatch(/^code: cannot read no-such\.jsonl/);
    const option = await inProcess([articleFile, '--author', 'me']);
    expect(option.said).toBe('code: unknown option --author\n');
  });
});
