/**
 * `npm run code -- article.txt [--title …] [--url …] [--publisher …] [--published …]`: codes one
 * text and writes a graph.json of every suggestion to stdout, validated first. A `.html` page or
 * `.md` file is read through the text intake (its readable text, and its own title, site, address
 * and date for the source fields not given); `-` reads the text from stdin. There is no
 * reviewer on the command line, so the dataset's source note says the suggestions are unreviewed.
 *
 * `npm run code -- --jsonl articles.jsonl` (or `-` for stdin): one `{"id","text"}` object per
 * line in, one `{"id","actors","relations"}` object per line out, in the dataset's shapes with
 * verbatim quotes; a line that cannot be coded becomes `{"id","line","error"}` and the rest go on.
 */
import { accessSync, constants, createReadStream, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';

import { datasetFromSuggestions } from '../src/coder/dataset';
import { codeText } from '../src/coder/index';
import type { DatasetSource } from '../src/domain/dataset';
import { SLUG } from '../src/domain/ids';
import { formatProblem, validateDataset, validateParsed } from '../src/domain/validate';
import { textFromBytes } from '../src/io/text/intake';

const USAGE =
  'usage: npm run code -- <article.txt|.md|.html|-> [--title T] [--url U] [--publisher P] [--published D] | --jsonl <file.jsonl|->';

const UNREVIEWED =
  'Machine suggestions from the Actor Graph coder (npm run code), not reviewed by a person: every actor and relation it proposed, each quote verbatim from the text.';

const SOURCE_OPTIONS = ['title', 'url', 'publisher', 'published'] as const;
type SourceOption = (typeof SOURCE_OPTIONS)[number];

export interface Io {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

/** A mistake in how the command was called or what it was given: one line, no stack trace. */
class UsageError extends Error {}

interface Arguments {
  file?: string;
  jsonl?: string;
  source: Partial<Record<SourceOption, string>>;
}

function parseArguments(argv: readonly string[]): Arguments {
  const parsed: Arguments = { source: {} };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] as string;
    const [flag, inline] = argument.startsWith('--') ? argument.slice(2).split(/=(.*)/s) : [];
    if (flag === undefined) {
      if (parsed.file !== undefined) throw new UsageError(`one text at a time; got ${argument}`);
      parsed.file = argument;
      continue;
    }
    const value = inline ?? argv[++index];
    if (value === undefined) throw new UsageError(`--${flag} needs a value`);
    if (flag === 'jsonl') parsed.jsonl = value;
    else if ((SOURCE_OPTIONS as readonly string[]).includes(flag)) {
      parsed.source[flag as SourceOption] = value;
    } else throw new UsageError(`unknown option --${flag}`);
  }
  if (parsed.jsonl !== undefined && parsed.file !== undefined) {
    throw new UsageError('give a text or --jsonl, not both');
  }
  return parsed;
}

function cannotRead(file: string, error: unknown): UsageError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a folder, not a file' : code;
  return new UsageError(`cannot read ${file}: ${reason ?? 'unreadable'}`);
}

function readBytes(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    throw cannotRead(file, error);
  }
}

/** Fails early, with the reason, on a missing or unreadable file, without reading it all. */
function checkReadable(file: string): void {
  try {
    if (statSync(file).isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
    accessSync(file, constants.R_OK);
  } catch (error) {
    throw cannotRead(file, error);
  }
}

interface ReadText {
  text: string;
  /** What a page or a Markdown file says about itself, for the source fields not given. */
  meta: DatasetSource;
  notes: string[];
}

async function readStdin(stdin: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(Buffer.from(chunk as Buffer | string));
  return Buffer.concat(chunks);
}

async function readText(file: string, stdin: Readable): Promise<ReadText> {
  const bytes = file === '-' ? await readStdin(stdin) : readBytes(file);
  if (/\.(?:html?|xhtml|md|markdown)$/i.test(file)) {
    const read = textFromBytes(bytes, path.basename(file));
    if (!read.ok) throw new UsageError(read.message);
    const { title, siteName, url, published } = read.meta;
    const meta = { title, publisher: siteName, url, published };
    const known = Object.entries(meta).filter(([, value]) => value !== undefined);
    return { text: read.text, meta: Object.fromEntries(known) as DatasetSource, notes: read.notes };
  }
  // TextDecoder drops a byte-order mark, which would otherwise be the text's first "word".
  return { text: new TextDecoder('utf-8').decode(bytes), meta: {}, notes: [] };
}

/** A slug for a name: "Talks 2025" → "talks-2025"; "coded-text" when nothing is left. */
function slugOf(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return SLUG.test(slug) ? slug : 'coded-text';
}

/** Every suggestion the coder makes for a text, as a dataset: what a reviewer would start from. */
function codedDataset(id: string, title: string, source: DatasetSource, text: string) {
  const coded = codeText(text);
  const dataset = datasetFromSuggestions({
    id,
    title,
    source,
    text,
    actors: coded.actors,
    relations: coded.relations,
  });
  return { coded, dataset };
}

async function codeFile(file: string, options: Arguments['source'], io: Io): Promise<number> {
  const label = file === '-' ? 'stdin' : file;
  const { text, meta, notes } = await readText(file, io.stdin);
  for (const note of notes) io.stderr.write(`note: ${note}\n`);
  if (text.trim() === '') throw new UsageError(`${label} has no text to code`);
  if (options.url !== undefined && !/^https?:\/\/./i.test(options.url)) {
    throw new UsageError(`--url must be an http(s) address; got ${options.url}`);
  }
  const source: DatasetSource = { ...meta, ...options, note: UNREVIEWED };
  const title = options.title ?? meta.title ?? (file === '-' ? 'Coded text' : path.basename(file));
  const id = file === '-' ? 'coded-text' : slugOf(path.basename(file, path.extname(file)));
  const { coded, dataset } = codedDataset(id, title, source, text);
  for (const notice of coded.notices) io.stderr.write(`note: ${notice}\n`);
  if (dataset.actors.length === 0) {
    throw new UsageError(`found no actors in ${label}: no graph.json to write`);
  }
  const graphText = `${JSON.stringify(dataset, null, 2)}\n`;
  const result = validateDataset({ graphText, graphFile: 'graph.json' });
  if (!result.ok) {
    io.stderr.write(`the coded dataset is not valid (a bug in the coder):\n`);
    for (const problem of result.problems) io.stderr.write(`  ${formatProblem(problem)}\n`);
    return 1;
  }
  io.stderr.write(
    `${label}: ${count(dataset.actors.length, 'actor')}, ${count(dataset.relations.length, 'relation')} suggested\n`,
  );
  await write(io.stdout, graphText);
  return 0;
}

/** One JSON Lines record coded: its actors and relations, or why it could not be. */
function codeLine(line: string, lineNumber: number): Record<string, unknown> {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    return { id: null, line: lineNumber, error: 'not valid JSON' };
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return { id: null, line: lineNumber, error: 'not a JSON object' };
  }
  const { id, text } = record as { id?: unknown; text?: unknown };
  const shownId = typeof id === 'string' || typeof id === 'number' ? id : null;
  if (shownId === null) return { id: null, line: lineNumber, error: 'needs an "id"' };
  if (typeof text !== 'string' || text.trim() === '') {
    return { id: shownId, line: lineNumber, error: 'needs a "text" string' };
  }
  try {
    const slug = slugOf(String(shownId));
    const { dataset } = codedDataset(slug, String(shownId), { note: UNREVIEWED }, text);
    // Nothing found is an answer, not a fault (the schema wants an actor only of a whole dataset).
    if (dataset.actors.length === 0) return { id: shownId, actors: [], relations: [] };
    const checked = validateParsed(dataset, {});
    if (!checked.ok) {
      const first = checked.problems[0];
      const reason = first ? formatProblem(first) : 'unknown problem';
      return { id: shownId, line: lineNumber, error: `the suggestions are not valid: ${reason}` };
    }
    return { id: shownId, actors: dataset.actors, relations: dataset.relations };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { id: shownId, line: lineNumber, error: `could not be coded: ${reason}` };
  }
}

async function codeJsonLines(file: string, io: Io): Promise<number> {
  let input: Readable = io.stdin;
  if (file !== '-') {
    checkReadable(file);
    input = createReadStream(file, 'utf8');
  }
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  let coded = 0;
  let failed = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    const result = codeLine(line.replace(/^\uFEFF/, ''), lineNumber);
    if ('error' in result) failed++;
    else coded++;
    await write(io.stdout, `${JSON.stringify(result)}\n`);
  }
  if (coded + failed === 0)
    throw new UsageError(`no lines to code in ${file === '-' ? 'stdin' : file}`);
  const failures = failed > 0 ? `; ${count(failed, 'line')} could not be coded (see "error")` : '';
  io.stderr.write(`coded ${count(coded, 'text')}${failures}\n`);
  return 0;
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** Writes and waits while the reader catches up, so a large batch is not held in memory. */
function write(stream: Writable, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(chunk, (error) => (error ? reject(error) : resolve()));
  });
}

/** Runs the command; returns its exit code. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  try {
    const { file, jsonl, source } = parseArguments(argv);
    if (jsonl !== undefined) return await codeJsonLines(jsonl, io);
    if (file === undefined) throw new UsageError(USAGE);
    return await codeFile(file, source, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`code: ${error.message}\n`);
    return error.message === USAGE ? 2 : 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  run(process.argv.slice(2), process).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      // A bug, not a mistake of the caller: still one line, with what went wrong.
      process.stderr.write(`code: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
