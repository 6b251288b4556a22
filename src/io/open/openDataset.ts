/**
 * Opening data, from bytes or text to a dataset the explorer can show: our own graph.json is
 * validated as it is, so nothing in it is lost; any other format is read into a raw graph,
 * normalised into our format and validated. Pure (no DOM), so it runs in the open worker as well
 * as on the page. It never throws, except an AbortError when the signal is aborted.
 */
import { timed } from '../../domain/stageTiming';
import { type Problem, validateDataset, validateParsed } from '../../domain/validate';
import { decodeBytes } from '../import/decode';
import { importSniffed, internalError } from '../import/importFile';
import { checkSize } from '../import/limits';
import { normalizeRawGraph } from '../import/normalize';
import { sniffFormat } from '../import/sniff';
import type { ImportProblem, ImportResult } from '../import/types';
import type { OpenOptions, OpenResult } from './types';

export { problemsAsCsv, problemsAsText } from './problemText';
export type { OpenOptions, OpenProgress, OpenResult } from './types';

function abortError(): DOMException {
  return new DOMException('Opening the file was cancelled.', 'AbortError');
}

/**
 * Between stages: gives the page's events (a Cancel click) a turn, then stops if aborted. Each
 * stage is one synchronous step; in a worker, cancelling terminates it instead.
 */
async function checkpoint(signal: AbortSignal | undefined): Promise<void> {
  if (signal) await new Promise((resolve) => setTimeout(resolve, 0));
  if (signal?.aborted) throw abortError();
}

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/** Opens a file's bytes: size check, decode, then as openText. */
export async function openBytes(
  bytes: Uint8Array,
  fileName: string,
  options: OpenOptions = {},
): Promise<OpenResult> {
  try {
    const tooLarge = checkSize(bytes.byteLength, fileName);
    if (tooLarge) return { ok: false, problems: [tooLarge] };
    await checkpoint(options.signal);
    options.onProgress?.({ stage: 'decoding', fraction: 0.1 });
    const decoded = decodeBytes(bytes, fileName);
    if (!decoded.ok) return decoded;
    return await openDecoded(decoded.text, fileName, options, decoded.problems);
  } catch (error) {
    if (isAbort(error)) throw error;
    return { ok: false, problems: [internalError(fileName, error)] };
  }
}

/** Opens data that arrives as text (the link's in-URL data, a pasted graph). */
export async function openText(
  text: string,
  fileName: string,
  options: OpenOptions = {},
): Promise<OpenResult> {
  try {
    return await openDecoded(text, fileName, options, []);
  } catch (error) {
    if (isAbort(error)) throw error;
    return { ok: false, problems: [internalError(fileName, error)] };
  }
}

async function openDecoded(
  text: string,
  fileName: string,
  options: OpenOptions,
  before: ImportProblem[],
): Promise<OpenResult> {
  await checkpoint(options.signal);
  options.onProgress?.({ stage: 'parsing', fraction: 0.3 });
  const sniffed = timed('sniff', () => sniffFormat(text, fileName));
  if (!sniffed.ok) return { ok: false, problems: [...before, ...sniffed.problems] };

  if (sniffed.format === 'graph-json') {
    options.onProgress?.({ stage: 'validating', fraction: 0.8 });
    const result = openOwnGraph(sniffed.json, fileName, [...before, ...sniffed.problems]);
    options.onProgress?.({ stage: 'done', fraction: 1 });
    return result;
  }

  const imported = importSniffed(text, sniffed, fileName);
  await checkpoint(options.signal);
  const result = openImportResult(withBefore(imported, before), fileName, options);
  options.onProgress?.({ stage: 'done', fraction: 1 });
  return result;
}

function withBefore(result: ImportResult, before: ImportProblem[]): ImportResult {
  return before.length === 0 ? result : { ...result, problems: [...before, ...result.problems] };
}

/** Our own graph.json: validated as written (with its inline article), so it opens identically. */
function openOwnGraph(json: unknown, fileName: string, before: ImportProblem[]): OpenResult {
  // The value the sniffer parsed (up to where trailing text, reported, was cut off).
  const validation = validateParsed(json, { graphFile: fileName });
  if (!validation.ok) {
    return { ok: false, problems: [...before, ...validation.problems.map(asImportProblem)] };
  }
  return {
    ok: true,
    dataset: validation.dataset,
    datasetFile: validation.file,
    problems: before,
    format: 'graph-json',
  };
}

/**
 * Normalises and validates what the import read (one file, or a connections sheet with its
 * elements sheet). Synchronous: the page runs it on results it already has.
 */
export function openImportResult(
  imported: ImportResult,
  fileName: string,
  options: Pick<OpenOptions, 'onProgress' | 'sourceUrl'> = {},
): OpenResult {
  if (!imported.ok) return imported;
  options.onProgress?.({ stage: 'normalising', fraction: 0.6 });
  const { file, problems } = normalizeRawGraph(imported.graph, fileName, {
    ...(options.sourceUrl !== undefined ? { sourceUrl: options.sourceUrl } : {}),
  });
  options.onProgress?.({ stage: 'validating', fraction: 0.8 });
  const validation = validateDataset({ graphText: JSON.stringify(file), graphFile: fileName });
  const all = [...imported.problems, ...problems];
  if (!validation.ok) {
    // The normaliser's output must always validate: what does not is a fault of ours.
    return {
      ok: false,
      problems: [
        ...all,
        ...validation.problems.map((problem) => ({
          ...asImportProblem(problem),
          message: `Actor Graph made a dataset from this file that it cannot open (${problem.message}). This is a fault in Actor Graph, not necessarily in the file; nothing was opened.`,
        })),
      ],
    };
  }
  return {
    ok: true,
    dataset: validation.dataset,
    datasetFile: file,
    problems: all,
    format: imported.graph.format,
  };
}

/** A validation problem as a line of the import report: at its JSON path, and refused. */
export function asImportProblem(problem: Problem): ImportProblem {
  return {
    where: { file: problem.file, ...(problem.path ? { path: problem.path } : {}) },
    message: problem.message,
    action: 'refused',
  };
}
