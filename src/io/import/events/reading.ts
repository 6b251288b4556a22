/** What a format's reader gives the aggregation, and the actor checks every format shares. */
import type { Coding } from '../../../domain/dataset';
import type { RowReport } from './rowReport';
import type { EventRow } from './rows';
import type { EventActor, EventRecord } from './types';

export interface EventReading {
  records: EventRecord[];
  coding: Coding;
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
