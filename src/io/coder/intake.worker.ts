/**
 * Reads a large file or fetched page into text off the main thread: a 5 MB page takes a
 * noticeable moment to reduce, and the page must not freeze meanwhile.
 */
import { textFromBytes } from '../text/intake';
import type { IntakeMessage, IntakeRequest } from './types';

/** The little of a dedicated worker's global scope used here (the DOM lib types `self` as Window). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<IntakeRequest>) => void) | null;
  postMessage(message: IntakeMessage): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { bytes, fileName, mime } = event.data;
  scope.postMessage({ type: 'result', intake: textFromBytes(bytes, fileName, mime) });
};
