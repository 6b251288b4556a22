/**
 * The steps every event reader takes with a row, each reporting the rows it leaves out or
 * repairs: skip an event already read, check that two different actors are named, read the day
 * and read the CAMEO code. The wording is each format's own, for its own column names.
 */
import { quote } from '../report';
import { ploverTypeOfCameo } from './cameoEvents';
import type { RowReport } from './rowReport';
import { type EventRow, dayOfText, readCameoCode } from './rows';
import type { EventActor } from './types';

/** How a format names its events' ids, and the closing line for the rows that repeat one. */
export interface IdColumn {
  name: string;
  repeats: (count: number) => string;
}

/** ICEWS and POLECAT name each event in an Event ID column. */
export const EVENT_ID: IdColumn = {
  name: 'Event ID',
  repeats: (count) => `${count} rows repeat an Event ID already read; each was counted once.`,
};

/**
 * Event ids already read, so that a row repeating one (files concatenated twice, an export that
 * overlaps the last) is counted once and reported with the row that first had it.
 */
export class SeenEvents {
  private readonly firstRows = new Map<string, number>();

  constructor(
    private readonly column: IdColumn,
    private readonly report: RowReport,
  ) {}

  /** Whether the row repeats an event already read; a repeat is reported as skipped. */
  isRepeat(id: string | undefined, row: number): boolean {
    if (id === undefined) return false;
    const first = this.firstRows.get(id);
    if (first === undefined) {
      this.firstRows.set(id, row);
      return false;
    }
    this.report.add(
      'repeat',
      { row, column: this.column.name },
      `The event ${id} was already read at row ${first}; it was counted once.`,
      'skipped',
      this.column.repeats,
    );
    return true;
  }
}

/**
 * Whether a row names two different actors. A row without a first or second actor reports no
 * relation between two actors (GDELT codes many events with one side only); a row whose two
 * actors are one and the same would be a loop. Either is skipped, with its row in the report.
 */
export function checkPair(
  source: EventActor | undefined,
  target: EventActor | undefined,
  row: EventRow,
  report: RowReport,
  sourceColumn: string,
  targetColumn: string,
): boolean {
  const where = { row: row.row };
  if (!source || !target) {
    const side = !source && !target ? 'both' : !source ? 'source' : 'target';
    const words = {
      both: 'no actor on either side',
      source: 'no first actor',
      target: 'no second actor',
    }[side];
    const column = !source ? sourceColumn : targetColumn;
    report.add(
      `missing-${side}`,
      // The place names the first column ("Actor2Code"); the message names both.
      { ...where, column: column.split(' and ')[0] ?? column },
      `The row names ${words} (${column} empty), so it reports no relation between two actors; it was skipped.`,
      'skipped',
      (count) => `${count} rows name ${words}; they were skipped.`,
    );
    return false;
  }
  if (source.key === target.key) {
    report.add(
      'self',
      where,
      `The row's two actors are the same (${source.label}); an event of an actor on itself is no relation between two, so it was skipped.`,
      'skipped',
      (count) => `${count} rows have the same actor on both sides; they were skipped.`,
    );
    return false;
  }
  return true;
}

/** An ICEWS or POLECAT Event Date as a day; a row without a usable one is reported as skipped. */
export function eventDay(
  dateText: string | undefined,
  row: number,
  report: RowReport,
): string | undefined {
  const date = dayOfText(dateText);
  if (date === undefined) {
    report.add(
      'date',
      { row, column: 'Event Date' },
      `${dateText === undefined ? 'The row has no Event Date' : `The Event Date ${quote(dateText)} is not a day`}; the row was skipped.`,
      'skipped',
      (count) => `${count} rows have no usable Event Date; they were skipped.`,
    );
  }
  return date;
}

/** How a format words the problems of its CAMEO code column. */
export interface CameoColumn {
  name: string;
  /** A row whose code is missing (undefined) or not CAMEO, and the closing line for such rows. */
  unusable: (rawCode: string | undefined) => string;
  unusableRows: (count: number) => string;
  /** A code read with the leading zero it had lost, and the closing line for such rows. */
  repaired: (rawCode: string, code: string) => string;
  repairedRows: (count: number) => string;
  /** How many repaired rows are listed one by one; none where the loss is the format's norm. */
  listedRepairs?: number;
}

/**
 * The row's CAMEO code (its lost leading zero put back) and our type for it; a row without a
 * usable code is reported as skipped (undefined), a repaired one as repaired.
 */
export function cameoOfRow(
  rawCode: string | undefined,
  row: number,
  column: CameoColumn,
  report: RowReport,
): { code: string; type: string } | undefined {
  const cameo = readCameoCode(rawCode);
  const type = cameo ? ploverTypeOfCameo(cameo.code) : undefined;
  if (!cameo || !type) {
    report.add(
      'code',
      { row, column: column.name },
      column.unusable(rawCode),
      'skipped',
      column.unusableRows,
    );
    return undefined;
  }
  if (cameo.repaired) {
    report.add(
      'zero',
      { row, column: column.name },
      column.repaired(rawCode ?? '', cameo.code),
      'repaired',
      column.repairedRows,
      column.listedRepairs,
    );
  }
  return { code: cameo.code, type };
}
