/**
 * ICEWS events (tab-separated, with a header): actors by name and country name, sectors in words,
 * CAMEO codes (often without their leading zero), an intensity from -10 to 10, and no source
 * addresses (the stories are licensed; Publisher names the outlet).
 */
import { quote } from '../report';
import { isCountryName, kindOfSectors } from './cameoActors';
import { ploverTypeOfCameo } from './cameoEvents';
import { type EventReading, checkPair } from './reading';
import { type RowReport, SeenEvents } from './rowReport';
import { type EventTable, cellOf, dayOfText, numberOf, readCameoCode } from './rows';
import type { EventActor, EventRecord } from './types';

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
  const seen = new SeenEvents();
  for (const row of table.rows) {
    const cell = (index: number) => cellOf(row, index);
    const where = { row: row.row };
    const id = cell(columns.id);
    if (
      seen.isRepeat(
        id,
        { row: row.row },
        'Event ID',
        report,
        (count) => `${count} rows repeat an Event ID already read; each was counted once.`,
      )
    )
      continue;
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
    const dateText = cell(columns.date);
    const date = dayOfText(dateText);
    if (date === undefined) {
      report.add(
        'date',
        { ...where, column: 'Event Date' },
        `${dateText === undefined ? 'The row has no Event Date' : `The Event Date ${quote(dateText)} is not a day`}; the row was skipped.`,
        'skipped',
        (count) => `${count} rows have no usable Event Date; they were skipped.`,
      );
      continue;
    }
    const rawCode = cell(columns.code);
    const cameo = readCameoCode(rawCode);
    const type = cameo ? ploverTypeOfCameo(cameo.code) : undefined;
    if (!cameo || !type) {
      report.add(
        'code',
        { ...where, column: 'CAMEO Code' },
        `${rawCode === undefined ? 'The row has no CAMEO Code' : `${quote(rawCode)} is not a CAMEO code`}; the row was skipped.`,
        'skipped',
        (count) => `${count} rows have no usable CAMEO Code; they were skipped.`,
      );
      continue;
    }
    if (cameo.repaired) {
      report.add(
        'zero',
        { ...where, column: 'CAMEO Code' },
        `The CAMEO Code ${quote(rawCode ?? '')} lost its leading zero, as in ICEWS's own files; it was read as ${cameo.code}.`,
        'repaired',
        (count) =>
          `${count} CAMEO Codes are written without their leading zero, as ICEWS's own files write them (42 for 042); each was read with it.`,
        0,
      );
    }
    const record: EventRecord = { row: row.row, date, code: cameo.code, type, source, target };
    if (id !== undefined) record.id = id;
    const score = numberOf(cell(columns.intensity));
    if (score !== undefined) record.score = score;
    records.push(record);
  }
  return { records, coding: { format: 'ICEWS', codes: 'CAMEO', score: 'Intensity' } };
}
