/** The two ways an open ends early, written once for the page, the worker and the pipeline. */
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
