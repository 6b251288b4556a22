/**
 * How an open that ends early is told, written once for the page, the worker and the pipeline.
 */
import type { Problem } from '../../domain/problems';
import type { ImportProblem } from '../import/types';

/** Nothing was opened, for one reason: the report's single "Not opened" line. */
export function refusal(
  fileName: string,
  message: string,
): { ok: false; problems: ImportProblem[] } {
  return { ok: false, problems: [{ where: { file: fileName }, message, action: 'refused' }] };
}

/** What a cancelled open rejects with; callers tell it from a failure by its name. */
export function abortError(): DOMException {
  return new DOMException('Opening the file was cancelled.', 'AbortError');
}

export const isAbort = (error: unknown): boolean =>
  error instanceof DOMException && error.name === 'AbortError';

/** A validation problem as a line of the import report: at its JSON path, and refused. */
export function asImportProblem(problem: Problem): ImportProblem {
  return {
    where: { file: problem.file, ...(problem.path ? { path: problem.path } : {}) },
    message: problem.message,
    action: 'refused',
  };
}
