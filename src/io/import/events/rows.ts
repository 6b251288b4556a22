/**
 * An event file's rows as cells by column name, and the checks every format shares: actors'
 * names, dates, CAMEO codes, scores and source addresses.
 */
import { isHttpUrl } from '../fields';
import type { ProblemLog } from '../report';
import { readTable } from '../text/csvTable';
import { readDate } from '../text/dates';
import { CAMEO_CODE } from './cameoEvents';
import { type EventLayout, foldColumn } from './columnLayouts';

export interface EventRow {
  /** The line it is on (the first line is row 1). */
  row: number;
  cells: string[];
}

export interface EventTable {
  rows: EventRow[];
  /** The index of a column by name (case and spacing aside), or -1. */
  column: (name: string) => number;
  /** The column names the rows have. */
  columns: readonly string[];
}

/**
 * Reads the rows. Tab-separated event files (GDELT's own, ICEWS, POLECAT) do not quote: a quote
 * mark in a name is a letter, so lines are split on tabs as they are. Comma-separated exports
 * quote, and go through the spreadsheet reader with its repairs.
 */
export function readEventTable(
  text: string,
  layout: EventLayout,
  log: ProblemLog,
): EventTable | null {
  let rows: EventRow[];
  let columns: readonly string[] = layout.columns;
  if (layout.delimiter === '\t') {
    const lines = text.split(/\r\n|\n|\r/);
    rows = [];
    let headerSeen = !layout.header;
    for (let index = 0; index < lines.length; index += 1) {
      const line = lines[index] ?? '';
      if (line.trim() === '') continue;
      const cells = line.split('\t');
      if (!headerSeen) {
        headerSeen = true;
        columns = cells.map((cell) => cell.trim().replace(/^\uFEFF/, ''));
        continue;
      }
      rows.push({ row: index + 1, cells });
    }
  } else {
    const table = readTable(text, layout.delimiter, log);
    if (!table) return null;
    columns = table.header;
    rows = table.rows;
    if (!layout.header) rows.unshift({ row: 1, cells: table.header });
  }
  const folded = new Map<string, number>();
  columns.forEach((name, index) => {
    const key = foldColumn(name);
    if (!folded.has(key)) folded.set(key, index);
  });
  return { rows, columns, column: (name) => folded.get(foldColumn(name)) ?? -1 };
}

/** A cell's trimmed text; undefined for an empty cell or a missing column. */
export function cellOf(row: EventRow, index: number): string | undefined {
  if (index < 0) return undefined;
  const value = row.cells[index]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** A YYYYMMDD (or YYYYMMDDHHMMSS) stamp as YYYY-MM-DD, when it is a real day. */
export function dayOfStamp(stamp: string | undefined): string | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})(?:\d{6})?$/.exec(stamp ?? '');
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    return undefined;
  return `${match[1]}-${pad(month)}-${pad(day)}`;
}

/** A date as ICEWS and POLECAT write it (2018-01-31, or a time after it) as YYYY-MM-DD. */
export function dayOfText(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const stamp = dayOfStamp(text);
  if (stamp) return stamp;
  const reading = readDate(text);
  return reading.kind !== 'words' && /^\d{4}-\d{2}-\d{2}$/.test(reading.date)
    ? reading.date
    : undefined;
}

/**
 * A CAMEO code as written, or repaired where a spreadsheet dropped its leading zero (ICEWS
 * writes 42 for 042; a sheet saved from Excel does the same): two digits become three, and three
 * digits whose root cannot be one (874) become four (0874).
 */
export function readCameoCode(
  text: string | undefined,
): { code: string; repaired: boolean } | undefined {
  if (text === undefined || !/^\d{1,4}$/.test(text)) return undefined;
  // An event's code has three or four digits; two are a root only in a root column.
  if (text.length >= 3 && CAMEO_CODE.test(text)) return { code: text, repaired: false };
  const padded = text.length <= 2 ? text.padStart(3, '0') : `0${text}`;
  return CAMEO_CODE.test(padded) ? { code: padded, repaired: true } : undefined;
}

/** A number, or undefined when the cell holds none. */
export function numberOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** An http(s) address, or undefined (GDELT writes "BBC Monitoring" where it has no address). */
export function urlOf(text: string | undefined): string | undefined {
  return text !== undefined && isHttpUrl(text) && URL.canParse(text) ? text : undefined;
}

const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'la', 'al', 'in', 'on', 'to']);

const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** GDELT's upper-case names as people write them: "DEMOCRATIC REPUBLIC OF THE CONGO". */
export function titleCase(name: string): string {
  if (/[a-z]/.test(name)) return name;
  return name
    .toLowerCase()
    .split(/(\s+|-)/)
    .map((word, index) => {
      if (index > 0 && SMALL_WORDS.has(word)) return word;
      // "d'ivoire" → "d'Ivoire", "o'brien" → "O'Brien".
      const elided = /^([dl])'(.+)$/.exec(word);
      if (elided && index > 0) return `${elided[1]}'${capital(elided[2] ?? '')}`;
      return capital(word).replace(/'(\p{L})/u, (_, letter: string) => `'${letter.toUpperCase()}`);
    })
    .join('');
}
