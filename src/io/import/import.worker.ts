/**
 * The import worker: parses one file off the main thread, posting progress and then the
 * result. The page cancels by terminating it. All logic is in importBytes.
 */
import { importBytes } from './importFile';
import type { ImportMessage, ImportRequest } from './types';

/** The little of a dedicated worker's global scope used here (the DOM lib types `self` as Window). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportMessage): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { bytes, fileName } = event.data;
  const result = importBytes(bytes, fileName, {
    onProgress: (progress) => scope.postMessage({ type: 'progress', progress }),
  });
  scope.postMessage({ type: 'result', result });
};
