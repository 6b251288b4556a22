/**
 * One coding job as the worker runs it, apart from the worker so a test can run it: progress
 * posted at most once per percent, then the result, or a failure in words a person reads.
 */
import type { CodeOptions, CodedText } from '../../coder/types';
import type { CoderMessage } from './types';

export type Code = (text: string, options?: CodeOptions) => CodedText;

/** Codes `text` with `code`, posting progress and then the result or the failure. */
export function runCoding(text: string, code: Code, post: (message: CoderMessage) => void): void {
  let lastPercent = -1;
  const onProgress = (done: number, total: number) => {
    const percent = total > 0 ? Math.floor((done / total) * 100) : 100;
    if (percent === lastPercent && done !== total) return;
    lastPercent = percent;
    post({ type: 'progress', done, total });
  };
  let coded: CodedText;
  try {
    coded = code(text, { onProgress });
  } catch (error) {
    const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
    post({
      type: 'failure',
      message: `The coder stopped on this text${detail}; no suggestions were made. Try a shorter text, or report the problem with the text attached.`,
    });
    return;
  }
  post({ type: 'result', coded });
}
