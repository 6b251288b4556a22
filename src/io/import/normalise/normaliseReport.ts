/**
 * Reporting for the normaliser: a repair that recurs (a date format, a status word) is listed
 * once, with how often it occurs and where first, rather than once per relation.
 */
import type { ProblemLog } from '../report';
import { datePattern } from '../text/dates';
import type { ImportAction, Where } from '../types';

/** How many names a line of the report lists before "and N more". */
const LISTED_NAMES = 12;

/** "a, b and c"; past LISTED_NAMES, "a, b, … and 7 more". */
export function listNames(names: readonly string[]): string {
  if (names.length === 1) return names[0] ?? '';
  const shown = names.slice(0, LISTED_NAMES);
  const more = names.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1) ?? ''}`;
}

type Message = (count: number, example: string) => string;

interface Entry {
  where: Where;
  example: string;
  count: number;
  message: Message;
  action: ImportAction;
}

/** Counts recurring repairs by key and reports each once, at its first place. */
export class Tally {
  private readonly entries = new Map<string, Entry>();
  private readonly patterns = new Map<string, string>();

  constructor(private readonly log: ProblemLog) {}

  add(key: string, where: Where, example: string, message: Message, action: ImportAction): void {
    const entry = this.entries.get(key);
    if (entry) entry.count += 1;
    else this.entries.set(key, { where, example, count: 1, message, action });
  }

  /** Counts a text by its shape ("23/04/2025" and "01/05/2024" are one way of writing). */
  addPattern(where: Where, text: string, message: Message, action: ImportAction): void {
    let pattern = this.patterns.get(text);
    if (pattern === undefined) this.patterns.set(text, (pattern = datePattern(text)));
    this.add(`${action}:${pattern}`, where, text, message, action);
  }

  report(): void {
    for (const entry of this.entries.values()) {
      this.log.add(entry.where, entry.message(entry.count, entry.example), entry.action);
    }
    this.entries.clear();
  }
}
