/**
 * ICEWS events (tab-separated, with a header): actors by name and country name, sectors in words,
 * CAMEO codes (often without their leading zero), an intensity from -10 to 10, and no source
 * addresses (the stories are licensed; Publisher names the outlet).
 */
import { quote } from '../report';
import { isCountryName, kindOfSectors } from './cameoActors';
import type { RowReport } from './rowReport';
import { type EventTable, cellOf, numberOf } from './rows';
import { type CameoColumn, EVENT_ID, SeenEvents, cameoOfRow, checkPair, eventDay } from './steps';
import type { EventActor, EventReading, EventRecord } from './types';

/** An actor as ICEWS names it; a country's name alone is that country's state. */
export function namedActor(
  name: string | undefined,
  country: string | undefined,
  sectors: readonly string[],
): EventActor | undefined {
  if (name === undefined) return undefined;
  const kind =
    kindOfSectors(sectors) ?? (name === country || isCountryName(name) ? 'state' : undefined);
  return {
    key: `${name.toUpperCase()}|${(country ?? '').toUpperCase()}`,
    label: name,
    ...(kind ? { kind } : {}),
    ...(country ? { country } : {}),
  };
}

const sectorsOf = (text: string | undefined) => (text ?? '').split(/[,;]/);

const CAMEO_CODE_COLUMN: CameoColumn = {
  name: 'CAMEO Code',
  unusable: (rawCode) =>
    `${rawCode === undefined ? 'The row has no CAMEO Code' : `${quote(rawCode)} is not a CAMEO code`}; the row was skipped.`,
  unusableRows: (count) => `${count} rows have no usable CAMEO Code; they were skipped.`,
  repaired: (rawCode, code) =>
    `The CAMEO Code ${quote(rawCode)} lost its leading zero, as in ICEWS's own files; it was read as ${code}.`,
  repairedRows: (count) =>
    `${count} CAMEO Codes are written without their leading zero, as ICEWS's own files write them (42 for 042); each was read with it.`,
  listedRepairs: 0,
};

/** Reads ICEWS rows into events; every row left out or repaired is in the report. */
export function readIcews(table: EventTable, report: RowReport): EventReading {
  const at = (name: string) => table.column(name);
  const columns = {
    id: at('Event ID'),
    date: at('Event Date'),
    sourceName: at('Source Name'),
    sourceSectors: at('Source Sectors'),
    sourceCountry: at('Source Country'),
    code: at('CAMEO Code'),
    intensity: at('Intensity'),
    targetName: at('Target Name'),
    targetSectors: at('Target Sectors'),
    targetCountry: at('Target Country'),
  };
  const records: EventRecord[] = [];
  const seen = new SeenEvents(EVENT_ID, report);
  for (const row of table.rows) {
    const cell = (index: number) => cellOf(row, index);
    const id = cell(columns.id);
    if (seen.isRepeat(id, row.row)) continue;
    const source = namedActor(
      cell(columns.sourceName),
      cell(columns.sourceCountry),
      sectorsOf(cell(columns.sourceSectors)),
    );
    const target = namedActor(
      cell(columns.targetName),
      cell(columns.targetCountry),
      sectorsOf(cell(columns.targetSectors)),
    );
    if (!checkPair(source, target, row, report, 'Source Name', 'Target Name') || !source || !target)
      continue;
    const date = eventDay(cell(columns.date), row.row, report);
    if (date === undefined) continue;
    const cameo = cameoOfRow(cell(columns.code), row.row, CAMEO_CODE_COLUMN, report);
    if (!cameo) continue;
    const record: EventRecord = { row: row.row, date, ...cameo, source, target };
    if (id !== undefined) record.id = id;
    const score = numberOf(cell(columns.intensity));
    if (score !== undefined) record.score = score;
    records.push(record);
  }
  return { records, coding: { format: 'ICEWS', codes: 'CAMEO', score: 'Intensity' } };
}
