/** The problem log every reader writes to: one place that caps how many problems are listed. */
import type { ImportAction, ImportProblem, ImportResult, Where } from './types';

/**
 * How many problems one import lists. A file with a million bad rows would otherwise make a
 * report nobody can read and a message too large to pass from the worker; the rest are counted.
 */
export const MAX_LISTED_PROBLEMS = 1000;

export class ProblemLog {
  private readonly problems: ImportProblem[] = [];
  /** What is past the listing cap, per action: how many it stands for and the last place. */
  private readonly unlisted = new Map<ImportAction, { count: number; where: Where }>();

  constructor(readonly file: string) {}

  /** Records one problem at a place in the file. */
  add(
    where: Omit<Where, 'file'> | Where,
    message: string,
    action: ImportAction,
    extra: Pick<ImportProblem, 'count' | 'minor'> = {},
  ): void {
    const full: Where = { file: this.file, ...where };
    if (this.problems.length >= MAX_LISTED_PROBLEMS) {
      const entry = this.unlisted.get(action) ?? { count: 0, where: full };
      entry.count += extra.count ?? 1;
      entry.where = full;
      this.unlisted.set(action, entry);
      return;
    }
    this.problems.push({ where: full, message, action, ...extra });
  }

  /** Records a problem about the file as a whole. */
  addFile(message: string, action: ImportAction, extra: Pick<ImportProblem, 'minor'> = {}): void {
    this.add({}, message, action, extra);
  }

  /** Takes over problems found by an earlier step (decoding, sniffing). */
  addAll(problems: readonly ImportProblem[]): void {
    for (const { where, message, action, ...extra } of problems)
      this.add(where, message, action, extra);
  }

  get hasRefusal(): boolean {
    return this.problems.some((problem) => problem.action === 'refused');
  }

  /** The problems listed, then one line per action that counts those past the cap. */
  list(): ImportProblem[] {
    const rest = [...this.unlisted].map(([action, { count, where }]): ImportProblem => ({
      where,
      message: `${count} more ${action} like the ones above; only the first ${MAX_LISTED_PROBLEMS} problems are listed.`,
      action,
      count,
    }));
    return [...this.problems, ...rest];
  }

  /** A failed result: the file could not be read at all, for the reason just logged. */
  refuse(message: string, where: Omit<Where, 'file'> | Where = {}): ImportResult {
    this.add(where, message, 'refused');
    return { ok: false, problems: this.list() };
  }
}

/** Quotes a value from the file for a message, shortened so one long cell cannot flood it. */
export function quote(value: string, max = 60): string {
  const short = value.length > max ? `${value.slice(0, max)}…` : value;
  return JSON.stringify(short);
}

/** "1 row" / "3 rows". */
export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}

/**
 * Whether the report should open by itself: data was refused, skipped or merged, or repaired in
 * a way that changes the picture. Notes and minor repairs wait behind "View report".
 */
export function reportInterrupts(problems: readonly ImportProblem[]): boolean {
  return problems.some((problem) => problem.action !== 'kept' && !problem.minor);
}

/** A bug of ours met while reading a file, as the report's one line. */
export function internalError(fileName: string, error: unknown): ImportProblem {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    where: { file: fileName },
    message: `Actor Graph failed while reading this file (${reason}). This is a fault in Actor Graph, not necessarily in the file; nothing was opened.`,
    action: 'refused',
  };
}
