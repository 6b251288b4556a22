/**
 * The open worker: reads, normalises and validates one file off the main thread, posting
 * progress and then the OpenResult. The page cancels by terminating it. All logic is in openBytes.
 */
import { openBytes } from './openDataset';
import type { OpenMessage, OpenRequest } from './types';

/** The little of a dedicated worker's global scope used here (the DOM lib types `self` as Window). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<OpenRequest>) => void) | null;
  postMessage(message: OpenMessage): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { bytes, fileName, sourceUrl } = event.data;
  void openBytes(bytes, fileName, {
    onProgress: (progress) => scope.postMessage({ type: 'progress', progress }),
    ...(sourceUrl !== undefined ? { sourceUrl } : {}),
  }).then((result) => scope.postMessage({ type: 'result', result }));
};
