/**
 * GDELT events: GDELT 2.0's 61-column and GDELT 1.0's 57/58-column files without a header, and
 * a headed CSV with GDELT's column names (a BigQuery export, the README's DuckDB query). Codes are
 * CAMEO, the score is the Goldstein scale.
 */
import type { ProblemLog } from '../report';
import { quote } from '../report';
import { kindOfTypeCodes, readActorCode, roleOf } from './cameoActors';
import { GDELT_QUAD_NAMES } from './cameoEvents';
import type { EventLayout } from './columnLayouts';
import type { RowReport } from './rowReport';
import {
  type EventRow,
  type EventTable,
  cellOf,
  dayOfStamp,
  numberOf,
  titleCase,
  urlOf,
} from './rows';
import { type CameoColumn, type IdColumn, SeenEvents, cameoOfRow, checkPair } from './steps';
import type { EventActor, EventReading, EventRecord } from './types';

const actorFields = (n: 1 | 2) => ({
  code: `Actor${n}Code`,
  name: `Actor${n}Name`,
  country: `Actor${n}CountryCode`,
  group: `Actor${n}KnownGroupCode`,
  types: [`Actor${n}Type1Code`, `Actor${n}Type2Code`, `Actor${n}Type3Code`],
});

const GLOBALEVENTID: IdColumn = {
  name: 'GLOBALEVENTID',
  repeats: (count) =>
    `${count} rows repeat an event already read (the same GLOBALEVENTID); each was counted once.`,
};

const EVENT_CODE_COLUMN: CameoColumn = {
  name: 'EventCode',
  unusable: (rawCode) =>
    `${rawCode === undefined ? 'The row has no EventCode' : `The EventCode ${quote(rawCode)} is not a CAMEO code`}, so what happened is unknown; the row was skipped.`,
  unusableRows: (count) => `${count} rows have no CAMEO EventCode; they were skipped.`,
  repaired: (rawCode, code) =>
    `The EventCode ${quote(rawCode)} lost its leading zero (a spreadsheet reads codes as numbers); it was read as ${code}.`,
  repairedRows: (count) =>
    `${count} EventCodes had lost their leading zero; each was read with it.`,
};

/** An actor as GDELT gives it: a name and a code, either of which may be missing. */
export function gdeltActor(
  code: string | undefined,
  name: string | undefined,
  country: string | undefined,
  group: string | undefined,
  types: readonly string[],
): EventActor | undefined {
  if (code === undefined && name === undefined) return undefined;
  const coded = code !== undefined ? readActorCode(code) : undefined;
  const countryCode = country ?? coded?.country;
  const label = name !== undefined ? titleCase(name) : (coded?.label ?? code ?? '');
  const kind =
    kindOfTypeCodes(types) ??
    (group !== undefined ? roleOf(group)?.kind : undefined) ??
    coded?.kind;
  return {
    key: `${(name ?? code ?? '').toUpperCase()}|${countryCode ?? ''}`,
    label,
    ...(kind ? { kind } : {}),
    ...(countryCode ? { country: countryCode } : {}),
    ...(code ? { code } : {}),
  };
}

/** Reads GDELT rows into events; every row left out or repaired is in the report. */
export function readGdelt(
  table: EventTable,
  layout: EventLayout,
  report: RowReport,
  log: ProblemLog,
): EventReading {
  const at = (name: string) => table.column(name);
  const columns = {
    id: at('GLOBALEVENTID'),
    date: at('SQLDATE'),
    added: at('DATEADDED'),
    code: at('EventCode'),
    quad: at('QuadClass'),
    score: at('GoldsteinScale'),
    url: at('SOURCEURL'),
  };
  const actors = ([1, 2] as const).map((n) => {
    const fields = actorFields(n);
    return {
      n,
      code: at(fields.code),
      name: at(fields.name),
      country: at(fields.country),
      group: at(fields.group),
      types: fields.types.map(at),
    };
  });
  const width = layout.header ? undefined : layout.columns.length;
  const records: EventRecord[] = [];
  const seen = new SeenEvents(GLOBALEVENTID, report);
  const actorCache = new Map<string, EventActor | undefined>();

  for (const row of table.rows) {
    const where = { row: row.row };
    if (
      width !== undefined &&
      row.cells.length !== width &&
      !(width === 58 && row.cells.length === 57)
    ) {
      report.add(
        'width',
        where,
        `The row has ${row.cells.length} columns where this ${layout.name} file has ${width}; it was skipped.`,
        'skipped',
        (count) => `${count} rows have a number of columns other than ${width}; they were skipped.`,
      );
      continue;
    }
    const cell = (index: number) => cellOf(row, index);
    const id = cell(columns.id);
    if (seen.isRepeat(id, row.row)) continue;
    const [one, two] = actors.map((actor) => {
      const fields = [actor.code, actor.name, actor.country, actor.group, ...actor.types].map(cell);
      // The same few hundred actors fill a whole file: each is read once.
      const key = fields.join('\t');
      if (!actorCache.has(key)) {
        const [code, name, country, group, ...types] = fields;
        const known = types.filter((value): value is string => value !== undefined);
        actorCache.set(key, gdeltActor(code, name, country, group, known));
      }
      return actorCache.get(key);
    });
    if (!checkPair(one, two, row, report, 'Actor1Code and Actor1Name', 'Actor2Code and Actor2Name'))
      continue;
    if (!one || !two) continue;

    const date = readGdeltDate(row, cell(columns.date), cell(columns.added), report);
    if (date === undefined) continue;
    const cameo = cameoOfRow(cell(columns.code), row.row, EVENT_CODE_COLUMN, report);
    if (!cameo) continue;
    const record: EventRecord = { row: row.row, date, ...cameo, source: one, target: two };
    if (id !== undefined) record.id = id;
    const score = numberOf(cell(columns.score));
    if (score !== undefined) record.score = score;
    const url = urlOf(cell(columns.url));
    if (url !== undefined) record.url = url;
    const quad = GDELT_QUAD_NAMES[cell(columns.quad) ?? ''];
    if (quad !== undefined) record.quad = quad;
    records.push(record);
  }
  if (!layout.header && columns.url === -1) {
    log.addFile(
      'This GDELT 1.0 file predates SOURCEURL (April 2013): its events have no source articles.',
      'kept',
    );
  }
  return { records, coding: { format: layout.name, codes: 'CAMEO', score: 'Goldstein scale' } };
}

/** SQLDATE as a day; repaired from DATEADDED when SQLDATE is not a real day, skipped when neither is. */
function readGdeltDate(
  row: EventRow,
  sqlDate: string | undefined,
  added: string | undefined,
  report: RowReport,
): string | undefined {
  const day = dayOfStamp(sqlDate);
  if (day !== undefined) return day;
  const fallback = dayOfStamp(added?.slice(0, 8));
  const given =
    sqlDate === undefined ? 'no SQLDATE' : `the SQLDATE ${quote(sqlDate)}, which is not a day`;
  if (fallback !== undefined) {
    report.add(
      'date-repaired',
      { row: row.row, column: 'SQLDATE' },
      `The row has ${given}; the day it was added (DATEADDED, ${fallback}) was used instead.`,
      'repaired',
      (count) =>
        `${count} rows have no usable SQLDATE; the day each was added (DATEADDED) was used instead.`,
    );
    return fallback;
  }
  report.add(
    'date',
    { row: row.row, column: 'SQLDATE' },
    `The row has ${given}, nor a DATEADDED to fall back on; it was skipped.`,
    'skipped',
    (count) => `${count} rows have no usable date; they were skipped.`,
  );
  return undefined;
}
