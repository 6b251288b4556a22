/**
 * The import report as text to copy and as CSV to download. Dependency-free, so the page can
 * offer both without loading any parser.
 */
import type { ImportProblem } from '../import/types';

/** Where a problem is, as editors and compilers write it: `file:row:column` or `file:path`. */
export function problemLocation(problem: ImportProblem): string {
  const { file, row, column, path } = problem.where;
  return [file || 'file', row, column ?? path]
    .filter((part) => part !== undefined && part !== '')
    .join(':');
}

/** One line per problem: `file:row:column: message (skipped)`. */
export function problemsAsText(problems: readonly ImportProblem[]): string {
  return problems
    .map((problem) => `${problemLocation(problem)}: ${problem.message} (${problem.action})`)
    .join('\n');
}

const CSV_HEADER = ['file', 'row', 'column', 'path', 'action', 'message'];

/**
 * A CSV cell: quoted when it must be, and a text a spreadsheet would run as a formula (it starts
 * with =, +, -, @ or a control character; a file name or a value from the file can) made inert.
 */
function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The report as CSV (RFC 4180, CRLF line ends), one row per problem. */
export function problemsAsCsv(problems: readonly ImportProblem[]): string {
  const rows = problems.map((problem) =>
    [
      problem.where.file,
      problem.where.row,
      problem.where.column,
      problem.where.path,
      problem.action,
      problem.message,
    ]
      .map(csvCell)
      .join(','),
  );
  return [CSV_HEADER.join(','), ...rows].join('\r\n') + '\r\n';
}
