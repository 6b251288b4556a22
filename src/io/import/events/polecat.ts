/**
 * POLECAT events (tab-separated, with a header): PLOVER-coded already, so an Event Type is one
 * of our types as it stands; its mode and quad are kept per relation. Actors are named, with an
 * ISO country code and sectors.
 */
import { isRelationTypeId } from '../../../domain/relationTypes';
import type { RawGraph } from '../types';
import { countryName } from './cameoActors';
import { GDELT_QUAD_NAMES } from './cameoEvents';
import { namedActor } from './icews';
import type { RowReport } from './rowReport';
import { type EventTable, cellOf, numberOf, urlOf } from './rows';
import { EVENT_ID, SeenEvents, checkPair, eventDay } from './steps';
import type { EventReading, EventRecord } from './types';

const QUAD_CLASS_IDS: Record<string, string> = {
  'verbal cooperation': 'verbal-cooperation',
  'material cooperation': 'material-cooperation',
  'verbal conflict': 'verbal-conflict',
  'material conflict': 'material-conflict',
};

/** POLECAT's Quad Code in words: "1" or "VERBAL COOPERATION" → "Verbal cooperation". */
function quadName(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const numbered = GDELT_QUAD_NAMES[text];
  if (numbered) return numbered;
  const words = text.toLowerCase().replace(/[_-]+/g, ' ').trim();
  return QUAD_CLASS_IDS[words] ? words.charAt(0).toUpperCase() + words.slice(1) : text;
}

export interface PolecatReading extends EventReading {
  /** Event types POLECAT uses that PLOVER's sixteen do not include: declared, with their quad. */
  declaredTypes: NonNullable<RawGraph['declaredTypes']>;
}

/** Reads POLECAT rows into events; every row left out is in the report. */
export function readPolecat(table: EventTable, report: RowReport): PolecatReading {
  const at = (name: string) => table.column(name);
  const columns = {
    id: at('Event ID'),
    date: at('Event Date'),
    type: at('Event Type'),
    mode: at('Event Mode'),
    intensity: at('Intensity'),
    quad: at('Quad Code'),
    actorName: at('Actor Name'),
    actorCountry: at('Actor Country'),
    actorSector: at('Primary Actor Sector'),
    actorSectors: at('Actor Sectors'),
    recipientName: at('Recipient Name'),
    recipientCountry: at('Recipient Country'),
    recipientSector: at('Primary Recipient Sector'),
    recipientSectors: at('Recipient Sectors'),
    source: at('Source'),
    published: at('Publication Date'),
  };
  const records: EventRecord[] = [];
  const declared = new Map<string, NonNullable<RawGraph['declaredTypes']>[number]>();
  const seen = new SeenEvents(EVENT_ID, report);
  for (const row of table.rows) {
    const cell = (index: number) => cellOf(row, index);
    const where = { row: row.row };
    const id = cell(columns.id);
    if (seen.isRepeat(id, row.row)) continue;
    const actor = (name: number, country: number, sector: number, sectors: number) => {
      const code = cell(country);
      return namedActor(cell(name), code, [
        cell(sector) ?? '',
        ...(cell(sectors) ?? '').split(/[;,]/),
      ]);
    };
    const source = actor(
      columns.actorName,
      columns.actorCountry,
      columns.actorSector,
      columns.actorSectors,
    );
    const target = actor(
      columns.recipientName,
      columns.recipientCountry,
      columns.recipientSector,
      columns.recipientSectors,
    );
    // A country's code is its name for POLECAT ("USA" names the United States).
    for (const side of [source, target]) {
      if (side?.country && side.label.toUpperCase() === side.country.toUpperCase()) {
        side.label = countryName(side.country) ?? side.label;
        side.kind ??= 'state';
      }
    }
    if (
      !checkPair(source, target, row, report, 'Actor Name', 'Recipient Name') ||
      !source ||
      !target
    )
      continue;
    const date = eventDay(cell(columns.date) ?? cell(columns.published), row.row, report);
    if (date === undefined) continue;
    const code = cell(columns.type)?.toUpperCase();
    if (code === undefined) {
      report.add(
        'code',
        { ...where, column: 'Event Type' },
        'The row has no Event Type, so what happened is unknown; it was skipped.',
        'skipped',
        (count) => `${count} rows have no Event Type; they were skipped.`,
      );
      continue;
    }
    const quad = quadName(cell(columns.quad));
    let type: string = code;
    if (!isRelationTypeId(code)) {
      // A type PLOVER added after our registry, or a release's own: the dataset declares it.
      type = code.charAt(0) + code.slice(1).toLowerCase();
      if (!declared.has(type)) {
        const quadId = QUAD_CLASS_IDS[(quad ?? '').toLowerCase()];
        declared.set(type, {
          name: type,
          description: `POLECAT's event type ${code}.`,
          ...(quadId ? { class: quadId } : {}),
        });
      }
    }
    const record: EventRecord = { row: row.row, date, code, type, source, target };
    if (id !== undefined) record.id = id;
    const score = numberOf(cell(columns.intensity));
    if (score !== undefined) record.score = score;
    const url = urlOf(cell(columns.source));
    if (url !== undefined) record.url = url;
    if (quad !== undefined) record.quad = quad;
    const mode = cell(columns.mode);
    if (mode !== undefined) record.mode = mode;
    records.push(record);
  }
  return {
    records,
    coding: { format: 'POLECAT', codes: 'PLOVER', score: 'Intensity' },
    declaredTypes: [...declared.values()],
  };
}
