/**
 * The report of skipped and repaired rows of an event file: each row with its place, up to a
 * number per reason, then one line that counts the rest. An extract of 50,000 events may have
 * 15,000 rows without a second actor; listing each would bury every other problem.
 */
import type { ProblemLog } from '../report';
import { plural } from '../report';
import type { ImportAction } from '../types';

/** How many rows of one reason are listed one by one. */
export const LISTED_ROWS = 20;

interface Reason {
  count: number;
  listed: number;
  rows: number[];
  summary: (count: number) => string;
  action: ImportAction;
}

export class RowReport {
  private readonly reasons = new Map<string, Reason>();

  constructor(private readonly log: ProblemLog) {}

  /**
   * Records a row: listed with its message while fewer than `listed` of its reason were; the
   * rest are counted and summed up by `summary` at the end. A repair that is the format's norm
   * (ICEWS's codes without a leading zero) lists none: one line says it for every row.
   */
  add(
    reason: string,
    where: { row: number; column?: string },
    message: string,
    action: ImportAction,
    summary: (count: number) => string,
    listed = LISTED_ROWS,
  ): void {
    let entry = this.reasons.get(reason);
    if (!entry) this.reasons.set(reason, (entry = { count: 0, listed, rows: [], summary, action }));
    entry.count += 1;
    if (entry.count <= entry.listed) this.log.add(where, message, action);
    else if (entry.rows.length < 10) entry.rows.push(where.row);
  }

  /** How many rows were recorded for a reason. */
  count(reason: string): number {
    return this.reasons.get(reason)?.count ?? 0;
  }

  /** One closing line per reason that had more rows than were listed. */
  finish(): void {
    for (const entry of this.reasons.values()) {
      const more = entry.count - entry.listed;
      if (more <= 0) continue;
      const [first] = entry.rows;
      const listed = entry.listed > 0 ? ` The first ${entry.listed} are listed above;` : '';
      this.log.add(
        first === undefined ? {} : { row: first },
        `${entry.summary(entry.count)}${listed} ${entry.listed > 0 ? plural(more, 'more row') : 'Rows'} ${entry.listed > 0 ? 'like them, ' : ''}from row ${first}: ${entry.rows.join(', ')}${more > entry.rows.length ? ', …' : ''}.`,
        entry.action,
        { count: more },
      );
    }
  }
}
