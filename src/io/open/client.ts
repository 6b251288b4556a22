/**
 * The page's side of opening a file: checks the size before reading, reads the file, and opens
 * it in a module worker so a large file never freezes the page. Aborting the signal terminates
 * the worker. This module imports no parser: they load with the worker, only when a file is opened.
 */
import { vocabularyOf } from '../../domain/vocabulary';
import { abortError, refusal } from './refusal';
import type { OpenMessage, OpenOptions, OpenRequest, OpenResult } from './types';

/**
 * A result as the page uses it: a vocabulary crosses from the worker as a copy, so it is made
 * again here (the built-in one is then the same object everywhere, as on the page).
 */
export function reviveOpenResult(result: OpenResult): OpenResult {
  if (!result.ok) return result;
  const { types, kinds } = result.datasetFile;
  return { ...result, dataset: { ...result.dataset, vocabulary: vocabularyOf(types, kinds) } };
}

/** Opens bytes already in memory (a fetched URL) in a worker; the bytes are transferred. */
export function openBytesInWorker(
  bytes: Uint8Array,
  fileName: string,
  { onProgress, signal, sourceUrl }: OpenOptions = {},
): Promise<OpenResult> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError());
      return;
    }
    const worker = new Worker(new URL('./open.worker.ts', import.meta.url), {
      type: 'module',
      name: 'open',
    });
    const onAbort = () => {
      finish();
      reject(abortError());
    };
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (event: MessageEvent<OpenMessage>) => {
      if (event.data.type === 'progress') {
        onProgress?.(event.data.progress);
        return;
      }
      finish();
      resolve(reviveOpenResult(event.data.result));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      resolve(
        refusal(
          fileName,
          `Opening the file stopped unexpectedly (${event.message || 'the worker failed'}); nothing was opened.`,
        ),
      );
    };
    const request: OpenRequest = { bytes, fileName, ...(sourceUrl ? { sourceUrl } : {}) };
    worker.postMessage(request, [bytes.buffer]);
  });
}
