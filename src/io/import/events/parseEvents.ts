/**
 * Reading coded event data (GDELT, ICEWS, POLECAT) into a raw graph: the format's reader turns
 * rows into events, checking and reporting each, and the aggregation makes one relation per
 * source, target and type. The normaliser then makes the dataset, as for every other format.
 */
import { ProblemLog, plural } from '../report';
import type { ImportResult } from '../types';
import { aggregateEvents } from './aggregate';
import { STATEMENT_TYPE, describeCameo } from './cameoEvents';
import type { EventLayout } from './columnLayouts';
import { readGdelt } from './gdelt';
import { readIcews } from './icews';
import { readPolecat } from './polecat';
import { RowReport } from './rowReport';
import { readEventTable } from './rows';

/** The file name without folders and extension, for the dataset's title. */
const baseName = (fileName: string) =>
  (fileName.split(/[/\\]/).pop() ?? '').replace(/\.[^.]*$/, '').trim();

/** Reads an event file whose layout the sniffer found. */
export function parseEvents(text: string, fileName: string, layout: EventLayout): ImportResult {
  const log = new ProblemLog(fileName);
  const table = readEventTable(text, layout, log);
  if (!table) return { ok: false, problems: log.list() };
  if (table.rows.length === 0)
    return log.refuse(`The ${layout.name} file has no events below its header.`, { row: 1 });
  log.addFile(`Read as ${layout.name}: ${plural(table.rows.length, 'row')}.`, 'kept');

  const report = new RowReport(log);
  const reading =
    layout.format === 'gdelt'
      ? { ...readGdelt(table, layout, report, log), declaredTypes: [STATEMENT_TYPE] }
      : layout.format === 'icews'
        ? { ...readIcews(table, report), declaredTypes: [STATEMENT_TYPE] }
        : readPolecat(table, report);
  report.finish();
  if (reading.records.length === 0) {
    return log.refuse(
      `None of the ${plural(table.rows.length, 'row')} is an event between two actors that could be read; see the problems above.`,
    );
  }
  const describeCode = reading.coding.codes === 'CAMEO' ? describeCameo : (code: string) => code;
  const graph = aggregateEvents(reading.records, {
    file: fileName,
    format: layout.format,
    coding: reading.coding,
    describeCode,
    declaredTypes: reading.declaredTypes.map((type) => ({ ...type })),
    title: `${baseName(fileName) || 'Events'} (${layout.name})`,
  });
  log.addFile(
    `${plural(reading.records.length, 'event')} between ${plural(graph.nodes.length, 'actor')} became ${plural(graph.edges.length, 'relation')}, one per source, target and type; each lists its events.`,
    'merged',
  );
  return { ok: true, graph, problems: log.list() };
}
