/**
 * The import pipeline in one call: size check, decode, sniff, parse. It never throws: every
 * outcome, a refusal included, is an ImportResult with its problems.
 */
import { parseCsv } from './csv';
import { decodeBytes } from './decode';
import { parseEvents } from './events';
import { parseGexf } from './gexf';
import { parseGraphml } from './graphml';
import { readJsonGraph } from './jsonGraphs';
import { checkSize } from './limits';
import { type SniffResult, sniffFormat } from './sniff';
import type { ImportProblem, ImportProgress, ImportResult } from './types';

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
}

/** Reads a file's bytes into a raw graph and a report of what was wrong with it. */
export function importBytes(
  bytes: Uint8Array,
  fileName: string,
  options: ImportOptions = {},
): ImportResult {
  const progress = options.onProgress ?? (() => undefined);
  try {
    const tooLarge = checkSize(bytes.byteLength, fileName);
    if (tooLarge) return { ok: false, problems: [tooLarge] };
    progress({ stage: 'decoding', fraction: 0.1 });
    const decoded = decodeBytes(bytes, fileName);
    if (!decoded.ok) return decoded;
    progress({ stage: 'parsing', fraction: 0.3 });
    const result = importText(decoded.text, fileName);
    progress({ stage: 'done', fraction: 1 });
    return withProblems(result, decoded.problems);
  } catch (error) {
    // A bug of ours, not a flaw of the file: still a report, so the page stays as it was.
    return { ok: false, problems: [internalError(fileName, error)] };
  }
}

/** Reads a decoded text: sniff, then the format's reader. */
export function importText(text: string, fileName: string): ImportResult {
  try {
    const sniffed = sniffFormat(text, fileName);
    if (!sniffed.ok) return sniffed;
    return importSniffed(text, sniffed, fileName);
  } catch (error) {
    return { ok: false, problems: [internalError(fileName, error)] };
  }
}

/** Reads a text whose format is already known (its JSON already parsed): the format's reader. */
export function importSniffed(
  text: string,
  sniffed: Extract<SniffResult, { ok: true }>,
  fileName: string,
): ImportResult {
  let result: ImportResult;
  switch (sniffed.format) {
    case 'csv':
      result = parseCsv(text, fileName, sniffed.delimiter);
      break;
    case 'gexf':
      result = parseGexf(text, fileName);
      break;
    case 'graphml':
      result = parseGraphml(text, fileName);
      break;
    case 'gdelt':
    case 'icews':
    case 'polecat':
      result = parseEvents(text, fileName, sniffed.layout);
      break;
    default:
      result = readJsonGraph(sniffed.json, sniffed.format, fileName);
  }
  return withProblems(result, sniffed.problems);
}

function withProblems(result: ImportResult, before: ImportProblem[]): ImportResult {
  return before.length === 0 ? result : { ...result, problems: [...before, ...result.problems] };
}

/** A bug of ours met while reading a file, as the report's one line. */
export function internalError(fileName: string, error: unknown): ImportProblem {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    where: { file: fileName },
    message: `Actor Graph failed while reading this file (${reason}). This is a fault in Actor Graph, not necessarily in the file; nothing was opened.`,
    action: 'refused',
  };
}
