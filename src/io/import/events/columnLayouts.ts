/**
 * The column layouts of the event formats, and telling them apart by their columns (never by
 * the file name): GDELT's header-less 61-column (2.0) and 57/58-column (1.0) files, a headed GDELT
 * CSV (a BigQuery export or the README's DuckDB query), ICEWS and POLECAT with their headers.
 * Kept free of the readers so the sniffer can load it cheaply.
 */

const ACTOR_FIELDS = [
  'Code',
  'Name',
  'CountryCode',
  'KnownGroupCode',
  'EthnicCode',
  'Religion1Code',
  'Religion2Code',
  'Type1Code',
  'Type2Code',
  'Type3Code',
];

const geo = (prefix: string, adm2: boolean) =>
  [
    'Type',
    'FullName',
    'CountryCode',
    'ADM1Code',
    ...(adm2 ? ['ADM2Code'] : []),
    'Lat',
    'Long',
    'FeatureID',
  ].map((field) => `${prefix}Geo_${field}`);

const EVENT_FIELDS = [
  'IsRootEvent',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'AvgTone',
];

const gdeltColumns = (adm2: boolean) => [
  'GLOBALEVENTID',
  'SQLDATE',
  'MonthYear',
  'Year',
  'FractionDate',
  ...ACTOR_FIELDS.map((field) => `Actor1${field}`),
  ...ACTOR_FIELDS.map((field) => `Actor2${field}`),
  ...EVENT_FIELDS,
  ...geo('Actor1', adm2),
  ...geo('Actor2', adm2),
  ...geo('Action', adm2),
  'DATEADDED',
];

/** GDELT 2.0's event table, in its order: 61 columns, the last two DATEADDED and SOURCEURL. */
export const GDELT2_COLUMNS = [...gdeltColumns(true), 'SOURCEURL'];

/**
 * GDELT 1.0's daily files: 57 columns ending in DATEADDED (YYYYMMDD); from April 2013 a 58th,
 * SOURCEURL. Its geography has no ADM2Code.
 */
export const GDELT1_COLUMNS = [...gdeltColumns(false), 'SOURCEURL'];

/** ICEWS's event files (tab-separated, with this header). */
export const ICEWS_COLUMNS = [
  'Event ID',
  'Event Date',
  'Source Name',
  'Source Sectors',
  'Source Country',
  'Event Text',
  'CAMEO Code',
  'Intensity',
  'Target Name',
  'Target Sectors',
  'Target Country',
  'Story ID',
  'Sentence Number',
  'Publisher',
  'City',
  'District',
  'Province',
  'Country',
  'Latitude',
  'Longitude',
];

/** POLECAT's event files (tab-separated, with this header). */
export const POLECAT_COLUMNS = [
  'Event ID',
  'Event Date',
  'Event Type',
  'Event Mode',
  'Intensity',
  'Quad Code',
  'Contexts',
  'Actor Name',
  'Actor Country',
  'Actor COW',
  'Primary Actor Sector',
  'Actor Sectors',
  'Actor Title',
  'Actor Name Raw',
  'Wikipedia Actor ID',
  'Recipient Name',
  'Recipient Country',
  'Recipient COW',
  'Primary Recipient Sector',
  'Recipient Sectors',
  'Recipient Title',
  'Recipient Name Raw',
  'Wikipedia Recipient ID',
  'Placename',
  'City',
  'State',
  'Country',
  'Latitude',
  'Longitude',
  'GeoNames ID',
  'Raw Placename',
  'Feature Type',
  'Source',
  'Publication Date',
  'Story People',
  'Story Organizations',
  'Story Locations',
  'Language',
  'Version',
];

export type EventFormat = 'gdelt' | 'icews' | 'polecat';

export interface EventLayout {
  format: EventFormat;
  /** How the format is named to a person, and in the dataset's `coding.format`. */
  name: string;
  /** Whether the first line names the columns; GDELT's own files have no header. */
  header: boolean;
  /** The column names: the header's, or the format's for a header-less file. */
  columns: readonly string[];
  delimiter: string;
}

export type LayoutGuess =
  | { kind: 'events'; layout: EventLayout }
  /** Looks like event data but lacks what the reader needs: read as a plain sheet, with this note. */
  | { kind: 'near'; note: string }
  | { kind: 'none' };

/** Column names compared as the formats' own files and exports vary them: case and spacing aside. */
export const foldColumn = (name: string) =>
  name
    .trim()
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[\s_]+/g, '');

function splitLine(line: string, delimiter: string): string[] {
  if (delimiter !== ',') return line.split(delimiter);
  // A comma-separated header may quote its names ("Event ID"); names hold no commas.
  return line.split(',').map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'));
}

const REQUIRED: Record<EventFormat, string[]> = {
  gdelt: [
    'GLOBALEVENTID',
    'SQLDATE',
    'Actor1Code',
    'Actor1Name',
    'Actor2Code',
    'Actor2Name',
    'EventCode',
  ],
  icews: ['Event ID', 'Event Date', 'Source Name', 'Target Name', 'CAMEO Code'],
  polecat: ['Event ID', 'Event Date', 'Event Type', 'Actor Name', 'Recipient Name'],
};

const MARKERS: Record<EventFormat, { columns: string[]; name: string }> = {
  gdelt: { columns: ['GLOBALEVENTID', 'EventCode', 'GoldsteinScale'], name: 'GDELT events' },
  icews: { columns: ['CAMEO Code', 'Source Sectors', 'Target Sectors'], name: 'ICEWS events' },
  polecat: { columns: ['Recipient Name', 'Quad Code', 'Event Mode'], name: 'POLECAT events' },
};

/** Which event format a header names, or how near it comes to one. */
function fromHeader(cells: readonly string[], delimiter: string): LayoutGuess {
  const names = new Set(cells.map(foldColumn));
  for (const format of ['gdelt', 'polecat', 'icews'] as const) {
    const marker = MARKERS[format];
    if (!marker.columns.some((column) => names.has(foldColumn(column)))) continue;
    const has = (column: string) => names.has(foldColumn(column));
    const missing = REQUIRED[format].filter((column) => !has(column));
    if (format === 'gdelt') {
      // GDELT extracts may carry an actor's code, its name or both; either is enough.
      for (const n of ['1', '2']) {
        const code = `Actor${n}Code`;
        const name = `Actor${n}Name`;
        const both = !has(code) && !has(name);
        missing.splice(0, missing.length, ...missing.filter((c) => c !== code && c !== name));
        if (both) missing.push(`${code} or ${name}`);
      }
    }
    if (missing.length === 0) {
      const name =
        format === 'gdelt' ? 'GDELT events (with a header, as BigQuery exports)' : marker.name;
      return {
        kind: 'events',
        layout: {
          format,
          name,
          header: true,
          columns: cells.map((cell) => cell.trim()),
          delimiter,
        },
      };
    }
    return {
      kind: 'near',
      note: `The columns look like ${marker.name}, but ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing, so the file was read as a plain spreadsheet.`,
    };
  }
  return { kind: 'none' };
}

/** Whether a header-less line is a GDELT event row: an id, then a YYYYMMDD date. */
const gdeltRow = (cells: readonly string[]) =>
  /^\d+$/.test(cells[0] ?? '') && /^\d{8}$/.test(cells[1] ?? '');

/**
 * Finds the event layout of a text from its first non-blank line. Only a tab-separated line of
 * exactly GDELT's width is read as header-less GDELT; a GDELT-like row of another width is a note.
 */
export function guessEventLayout(text: string, delimiter: string): LayoutGuess {
  const start = text.slice(0, 65_536).replace(/^[\s\uFEFF]*\n/, '');
  const firstLine = start.split(/\r\n|\n|\r/, 1)[0] ?? '';
  const cells = splitLine(firstLine, delimiter);
  if (delimiter === '\t' && gdeltRow(cells)) {
    if (cells.length === GDELT2_COLUMNS.length) {
      return {
        kind: 'events',
        layout: {
          format: 'gdelt',
          name: 'GDELT 2.0 events',
          header: false,
          columns: GDELT2_COLUMNS,
          delimiter,
        },
      };
    }
    if (cells.length === GDELT1_COLUMNS.length || cells.length === GDELT1_COLUMNS.length - 1) {
      return {
        kind: 'events',
        layout: {
          format: 'gdelt',
          name: 'GDELT 1.0 events',
          header: false,
          columns: GDELT1_COLUMNS.slice(0, cells.length),
          delimiter,
        },
      };
    }
    return {
      kind: 'near',
      note: `The first row looks like a GDELT event (an id, then a date), but it has ${cells.length} columns where GDELT 2.0 has 61 and GDELT 1.0 57 or 58, so the file was read as a plain spreadsheet.`,
    };
  }
  return fromHeader(cells, delimiter);
}
