/** The problem log every reader writes to: one place that caps how many problems are listed. */
import type { ImportAction, ImportProblem, ImportResult, Where } from './types';

/**
 * How many problems one import lists. A file with a million bad rows would otherwise make a
 * report nobody can read and a message too large to pass from the worker; the rest are counted.
 */
export const MAX_LISTED_PROBLEMS = 1000;

export class ProblemLog {
  private readonly problems: ImportProblem[] = [];
  private unlisted = 0;
  private lastWhere: Where | undefined;

  constructor(readonly file: string) {}

  /** Records one problem at a place in the file. */
  add(where: Omit<Where, 'file'> | Where, message: string, action: ImportAction): void {
    const full: Where = { file: this.file, ...where };
    if (this.problems.length >= MAX_LISTED_PROBLEMS) {
      this.unlisted += 1;
      this.lastWhere = full;
      return;
    }
    this.problems.push({ where: full, message, action });
  }

  /** Records a problem about the file as a whole. */
  addFile(message: string, action: ImportAction): void {
    this.add({}, message, action);
  }

  /** Takes over problems found by an earlier step (decoding, sniffing). */
  addAll(problems: readonly ImportProblem[]): void {
    for (const problem of problems) this.add(problem.where, problem.message, problem.action);
  }

  get hasRefusal(): boolean {
    return this.problems.some((problem) => problem.action === 'refused');
  }

  list(): ImportProblem[] {
    if (this.unlisted === 0) return [...this.problems];
    return [
      ...this.problems,
      {
        where: this.lastWhere ?? { file: this.file },
        message: `${this.unlisted} more problem${this.unlisted === 1 ? '' : 's'} like the ones above ${this.unlisted === 1 ? 'was' : 'were'} found; only the first ${MAX_LISTED_PROBLEMS} are listed.`,
        action: 'kept',
      },
    ];
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
