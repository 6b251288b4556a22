/**
 * Opening data, from bytes or text to a dataset the explorer can show: our own graph.json is
 * validated as it is, so nothing in it is lost; any other format is read into a raw graph,
 * normalised into our format and validated. Pure (no DOM), so it runs in the open worker as well
 * as on the page. It never throws, except an AbortError when the signal is aborted.
 */
import { timed } from '../../domain/stageTiming';
import { validateDataset, validateParsed } from '../../domain/validate';
import { type CsvSheet, parseCsvSheets } from '../import/formats/csv';
import { importSniffed } from '../import/formats/importSniffed';
import { sniffFormat } from '../import/formats/sniff';
import { checkSize } from '../import/limits';
import { normaliseRawGraph } from '../import/normalise/normalise';
import { internalError } from '../import/report';
import { decodeBytes } from '../import/text/decode';
import type { ImportProblem, ImportResult } from '../import/types';
import { abortError, asImportProblem, isAbort, refusal } from './refusal';
import type { OpenOptions, OpenResult } from './types';

export { problemsAsCsv, problemsAsText } from './problemText';
export type { OpenOptions, OpenProgress, OpenResult } from './types';

/**
 * Between stages: gives the page's events (a Cancel click) a turn, then stops if aborted. Each
 * stage is one synchronous step; in a worker, cancelling terminates it instead.
 */
async function checkpoint(signal: AbortSignal | undefined): Promise<void> {
  if (signal) await new Promise((resolve) => setTimeout(resolve, 0));
  if (signal?.aborted) throw abortError();
}

/** Opens a file's bytes: size check, decode, sniff, read, normalise and validate. */
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

/** One file of several opened together. */
export interface OpenedFile {
  bytes: Uint8Array;
  fileName: string;
}

/**
 * Opens two spreadsheets together: a connections sheet and its elements sheet (as our own
 * Relations and Actors exports are), in either order; the pipeline after reading is openBytes's.
 */
export async function openSheets(
  files: readonly OpenedFile[],
  options: OpenOptions = {},
): Promise<OpenResult> {
  const name = files.map((file) => file.fileName).join(' + ');
  try {
    if (files.length !== 2) {
      return refusal(
        name,
        `${files.length} files were given; open one file, or a connections sheet together with its elements sheet (two CSV files).`,
      );
    }
    const sheets: CsvSheet[] = [];
    const before: ImportProblem[] = [];
    for (const { bytes, fileName } of files) {
      const tooLarge = checkSize(bytes.byteLength, fileName);
      if (tooLarge) return { ok: false, problems: [tooLarge] };
      const decoded = decodeBytes(bytes, fileName);
      if (!decoded.ok) return decoded;
      before.push(...decoded.problems);
      const sniffed = sniffFormat(decoded.text, fileName);
      if (!sniffed.ok || sniffed.format !== 'csv') {
        return refusal(
          fileName,
          `Two files open together only as a connections sheet and its elements sheet (CSV or TSV); ${fileName} is ${sniffed.ok ? `${sniffed.format.toUpperCase()} data` : 'not a sheet'}. Open it on its own.`,
        );
      }
      sheets.push({ text: decoded.text, fileName, delimiter: sniffed.delimiter });
      await checkpoint(options.signal);
    }
    options.onProgress?.({ stage: 'parsing', fraction: 0.3 });
    const imported = parseCsvSheets(sheets[0] as CsvSheet, sheets[1]);
    return openImportResult(withBefore(imported, before), name, options);
  } catch (error) {
    if (isAbort(error)) throw error;
    return { ok: false, problems: [internalError(name, error)] };
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
  const { file, problems } = normaliseRawGraph(imported.graph, fileName, {
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
