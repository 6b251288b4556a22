/** The words of the import report: its one-line summary and the order its groups come in. */
import type { ImportAction, ImportProblem, Where } from '../../io/import/types';
import { countOf } from '../view/describe';

/** The report's groups, the gravest first. */
export const ACTION_ORDER: readonly ImportAction[] = [
  'refused',
  'skipped',
  'merged',
  'repaired',
  'kept',
];

export const ACTION_HEADINGS: Record<ImportAction, string> = {
  refused: 'Not opened',
  skipped: 'Skipped',
  merged: 'Merged',
  repaired: 'Repaired',
  kept: 'Kept as they are',
};

/** What one open came to, as the report and the status line show it. */
export interface OpenReport {
  fileName: string;
  ok: boolean;
  summary: string;
  problems: ImportProblem[];
}

/** The problems of each action, in ACTION_ORDER, the file's order kept within a group. */
export function groupProblems(problems: readonly ImportProblem[]) {
  return ACTION_ORDER.map((action) => ({
    action,
    problems: problems.filter((problem) => problem.action === action),
  })).filter((group) => group.problems.length > 0);
}

/** "row 4, column To" / "graph/edges/edge[7]": where a problem is, in the file. */
export function whereText(where: Where): string {
  const parts = [
    where.row !== undefined ? `row ${where.row}` : '',
    where.column ? `column ${where.column}` : '',
    where.path ?? '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : 'whole file';
}

/** How many rows or elements problems stand for: a line that sums up several counts them all. */
export function rowCount(problems: readonly ImportProblem[]): number {
  return problems.reduce((sum, problem) => sum + (problem.count ?? 1), 0);
}

/** "3 skipped, 1 repaired": rows and elements, not report lines. */
function actionCounts(problems: readonly ImportProblem[]): string {
  return groupProblems(problems)
    .map((group) => `${rowCount(group.problems).toLocaleString('en')} ${group.action}`)
    .join(', ');
}

/** "Opened connections.csv: 42 actors, 97 relations; 3 skipped, 1 repaired." */
export function openedSummary(
  fileName: string,
  counts: { actors: number; relations: number },
  problems: readonly ImportProblem[],
): string {
  const opened = `Opened ${fileName}: ${countOf(counts.actors, 'actor')}, ${countOf(counts.relations, 'relation')}`;
  return problems.length > 0 ? `${opened}; ${actionCounts(problems)}.` : `${opened}.`;
}

/** "Could not open broken.csv: 2 problems. The graph on screen is unchanged." */
export function failedSummary(fileName: string, problems: readonly ImportProblem[]): string {
  return `Could not open ${fileName}: ${countOf(problems.length, 'problem')}. The graph on screen is unchanged.`;
}
