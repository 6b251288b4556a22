/**
 * A CSV/TSV file as a table of text cells with spreadsheet row numbers, read with papaparse.
 * The repairs a spreadsheet needs before its rows mean anything happen here: mixed line endings,
 * a stray quote mark that would swallow the rest of the file, blank rows.
 */
import Papa from 'papaparse';

import type { ProblemLog } from '../report';
import { plural } from '../report';

export interface TableRow {
  /** The row as a spreadsheet numbers it: the header is row 1. */
  row: number;
  cells: string[];
}

export interface Table {
  header: string[];
  rows: TableRow[];
}

/** How many stray quote marks are repaired before the rest of the file is read as it falls. */
const MAX_QUOTE_REPAIRS = 100;

/** The delimiter a sheet uses: the one of tab, semicolon and comma its first line has most of. */
export function sniffDelimiter(text: string, fileName = ''): ',' | ';' | '\t' {
  const firstLine = text.slice(0, 65_536).split(/\r\n|\n|\r/, 1)[0] ?? '';
  // Quoted cells may hold any of them; only the unquoted parts count.
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  const counts = { '\t': 0, ';': 0, ',': 0 };
  for (const character of unquoted) {
    if (character === '\t' || character === ';' || character === ',') counts[character] += 1;
  }
  const best = (['\t', ';', ','] as const).reduce((winner, delimiter) =>
    counts[delimiter] > counts[winner] ? delimiter : winner,
  );
  if (counts[best] === 0) return /\.(tsv|tab)$/i.test(fileName) ? '\t' : ',';
  return best;
}

function normaliseLineEndings(text: string, log: ProblemLog): string {
  const crlf = /\r\n/.test(text);
  const lf = /(^|[^\r])\n/.test(text);
  const cr = /\r(?!\n)/.test(text);
  if ([crlf, lf, cr].filter(Boolean).length > 1) {
    log.addFile(
      'The file mixes line endings (Windows, Unix or old Mac style); each was read as the end of a line.',
      'repaired',
    );
  }
  return crlf || cr ? text.replace(/\r\n?/g, '\n') : text;
}

/**
 * Whether the quote mark that opened a quoted cell was stray: papaparse reports the position
 * just after it, and a cell whose next quote mark lies beyond the end of its line swallowed the
 * lines after it. (A legitimate multi-line cell ends in a well-formed quote and is no error.)
 */
function strayQuote(text: string, afterOpening: number): number | null {
  const opening = afterOpening - 1;
  if (text[opening] !== '"') return null;
  const next = text.indexOf('"', afterOpening);
  const lineEnd = text.indexOf('\n', afterOpening);
  return lineEnd !== -1 && (next === -1 || next > lineEnd) ? opening : null;
}

/** Reads a sheet into rows; null when it has no header at all (already reported). */
export function readTable(text: string, delimiter: string, log: ProblemLog): Table | null {
  let input = normaliseLineEndings(text, log);
  let result = Papa.parse<string[]>(input, { delimiter, skipEmptyLines: false });

  const reported = new Set<string>();
  for (let repairs = 0; repairs < MAX_QUOTE_REPAIRS; repairs += 1) {
    let repaired = false;
    for (const error of result.errors) {
      if (error.type !== 'Quotes' || error.index === undefined) continue;
      const opening =
        error.code === 'MissingQuotes' && input[error.index - 1] === '"'
          ? error.index - 1
          : strayQuote(input, error.index);
      if (opening !== null) {
        log.add(
          { row: (error.row ?? 0) + 1 },
          'A quote mark (") opens a cell that does not close where the line ends, so it would swallow the rows after it; the quote mark was ignored and the line read as plain text.',
          'repaired',
        );
        input = input.slice(0, opening) + input.slice(opening + 1);
        result = Papa.parse<string[]>(input, { delimiter, skipEmptyLines: false });
        repaired = true;
        break;
      }
      const key = `${error.code}:${error.row}`;
      if (!reported.has(key)) {
        reported.add(key);
        log.add(
          { row: (error.row ?? 0) + 1 },
          'A quote mark inside a quoted cell is not doubled ("") as CSV requires; the cell was read as it stands.',
          'kept',
        );
      }
    }
    if (!repaired) break;
  }

  const records = result.data;
  // The header is the first row with anything in it.
  const headerIndex = records.findIndex((cells) => cells.some((cell) => cell.trim() !== ''));
  if (headerIndex === -1) {
    log.addFile('The file holds no rows: it is blank.', 'refused');
    return null;
  }
  const header = (records[headerIndex] ?? []).map((cell) => cell.trim());
  const rows: TableRow[] = [];
  const blank: number[] = [];
  for (let index = headerIndex + 1; index < records.length; index += 1) {
    const cells = records[index] ?? [];
    if (cells.every((cell) => cell.trim() === '')) {
      // A file's final line break makes one empty record; that is not a blank row.
      if (!(index === records.length - 1 && cells.length <= 1)) blank.push(index + 1);
      continue;
    }
    rows.push({ row: index + 1, cells });
  }
  if (blank.length > 0) {
    const shown = blank.slice(0, 10).join(', ');
    log.add(
      { row: blank[0] },
      `${plural(blank.length, 'blank row')} ${blank.length === 1 ? 'was' : 'were'} skipped (row${blank.length === 1 ? '' : 's'} ${shown}${blank.length > 10 ? ', …' : ''}).`,
      'skipped',
    );
  }
  return { header, rows };
}
