/**
 * A file's dates as calendar dates (`2025`, `2025-04`, `2025-04-23`) where they can be read
 * without guessing; whatever cannot is kept as the source's words (a relation's `when`).
 */

export type DateReading =
  /** Already written YYYY, YYYY-MM or YYYY-MM-DD. */
  | { kind: 'iso'; date: string }
  /** Another common form, read as a calendar date. */
  | { kind: 'read'; date: string }
  /** Not a date that can be read without guessing (words, or 03/04/2025). */
  | { kind: 'words' };

const MONTHS = new Map<string, number>();
[
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
].forEach((name, index) => {
  MONTHS.set(name, index + 1);
  MONTHS.set(name.slice(0, 3), index + 1);
});
MONTHS.set('sept', 9);

const pad = (value: number) => String(value).padStart(2, '0');

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The date as YYYY-MM-DD, or undefined when there is no such day. */
function calendarDate(year: number, month: number, day?: number): string | undefined {
  if (year < 1 || year > 9999 || month < 1 || month > 12) return undefined;
  if (day === undefined) return `${String(year).padStart(4, '0')}-${pad(month)}`;
  if (day < 1 || day > daysIn(year, month)) return undefined;
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

function monthNumber(name: string): number | undefined {
  return MONTHS.get(name.toLowerCase().replace(/\.$/, ''));
}

/**
 * Reads a date as a file writes it. Day-first and month-first numbers (`03/04/2025`) are read
 * only when one reading is impossible (`23/04/2025`) or both agree (`04/04/2025`); dotted dates
 * (`23.04.2025`) are day-first, as everywhere they are used. A time of day is dropped.
 */
export function readDate(text: string): DateReading {
  const value = text.trim();
  let match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (match) {
    const [, year, month, day] = match;
    if (month === undefined) return { kind: 'iso', date: value };
    const date = calendarDate(Number(year), Number(month), day ? Number(day) : undefined);
    return date ? { kind: 'iso', date } : { kind: 'words' };
  }
  const read = (date: string | undefined): DateReading =>
    date ? { kind: 'read', date } : { kind: 'words' };

  // ISO date and time: 2025-04-23T10:00Z, 2025-04-23 10:00:00+02:00.
  match =
    /^(\d{4})-(\d{2})-(\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/i.exec(
      value,
    );
  if (match) return read(calendarDate(Number(match[1]), Number(match[2]), Number(match[3])));

  // 2025/04/23, 2025.04.23: year first is never ambiguous.
  match = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(value);
  if (match) return read(calendarDate(Number(match[1]), Number(match[2]), Number(match[3])));

  // 23.04.2025: day first.
  match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  if (match) return read(calendarDate(Number(match[3]), Number(match[2]), Number(match[1])));

  // 23/04/2025 or 04/23/2025 (also with hyphens): only when it cannot be the other.
  match = /^(\d{1,2})([/-])(\d{1,2})\2(\d{4})$/.exec(value);
  if (match) {
    const first = Number(match[1]);
    const second = Number(match[3]);
    const year = Number(match[4]);
    if (first === second || second > 12) return read(calendarDate(year, first, second));
    if (first > 12) return read(calendarDate(year, second, first));
    return { kind: 'words' };
  }

  // April 23, 2025 / Apr. 23 2025 / April 2025.
  match = /^([a-z]{3,9}\.?)\s+(?:(\d{1,2})(?:st|nd|rd|th)?,?\s+)?(\d{4})$/i.exec(value);
  if (match) {
    const month = monthNumber(match[1] ?? '');
    if (month !== undefined)
      return read(calendarDate(Number(match[3]), month, match[2] ? Number(match[2]) : undefined));
  }

  // 23 April 2025 / 23rd of April, 2025.
  match = /^(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]{3,9}\.?),?\s+(\d{4})$/i.exec(value);
  if (match) {
    const month = monthNumber(match[2] ?? '');
    if (month !== undefined) return read(calendarDate(Number(match[3]), month, Number(match[1])));
  }
  return { kind: 'words' };
}

/**
 * The shape of a date text, for reporting each way of writing dates once: digits become 9,
 * letters a, each run of one kind collapsed ("on Wednesday" and "last week" are both "a a").
 */
export function datePattern(text: string): string {
  return text
    .trim()
    .replace(/\p{L}+/gu, 'a')
    .replace(/\d/g, '9')
    .replace(/\s+/g, ' ');
}
