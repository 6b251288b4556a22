/** From a sniffed text to a raw graph: the one switch that hands each format to its reader. */
import { parseEvents } from '../events/parseEvents';
import type { ImportProblem, ImportResult } from '../types';
import { parseCsv } from './csv';
import { parseGexf } from './gexf';
import { parseGraphml } from './graphml';
import { readJsonGraph } from './jsonGraphs';
import type { SniffResult } from './sniff';

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
