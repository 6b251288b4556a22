/** File names that say what an export holds: `<dataset-id>_<yyyy-mm-dd>[_filtered][_part].<ext>`. */

export interface FileNameOptions {
  /** When the export was made; its local calendar date goes into the name. */
  now: Date;
  /** Whether the export holds only what the filters show. */
  filtered?: boolean;
  /** Which part of an export in several files: `relations`, `actors`. */
  part?: string;
}

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

/** The local calendar date, `2025-04-23`. */
export function calendarDate(date: Date): string {
  return `${date.getFullYear()}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())}`;
}

/** Keeps a name part to letters, digits and hyphens, so no file system or shell trips on it. */
function safePart(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'graph'
  );
}

/** The name of an export file: `russia-ukraine-talks_2025-04-23_filtered.csv`. */
export function exportFileName(
  datasetId: string,
  extension: string,
  { now, filtered = false, part }: FileNameOptions,
): string {
  const parts = [safePart(datasetId), calendarDate(now)];
  if (filtered) parts.push('filtered');
  if (part) parts.push(safePart(part));
  return `${parts.join('_')}.${extension.replace(/^\./, '')}`;
}
