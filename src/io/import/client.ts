/**
 * The page's side of the import: checks the size before reading, reads the file, and parses it
 * in a module worker so a large file never freezes the page. Aborting the signal terminates the
 * worker. This module imports no parser: they load with the worker, only when a file is opened.
 */
import { checkSize } from './limits';
import type { ImportMessage, ImportProgress, ImportResult } from './types';

export interface ImportInWorkerOptions {
  onProgress?: (progress: ImportProgress) => void;
  signal?: AbortSignal;
}

function refusal(fileName: string, message: string): ImportResult {
  return { ok: false, problems: [{ where: { file: fileName }, message, action: 'refused' }] };
}

function abortError(): DOMException {
  return new DOMException('The import was cancelled.', 'AbortError');
}

/** Imports a file the user picked or dropped; rejects only with an AbortError when cancelled. */
export async function importInWorker(
  file: File,
  options: ImportInWorkerOptions = {},
): Promise<ImportResult> {
  const tooLarge = checkSize(file.size, file.name);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  options.onProgress?.({ stage: 'reading', fraction: 0 });
  let buffer: ArrayBuffer;
  try {
    buffer = await file.arrayBuffer();
  } catch (error) {
    return refusal(
      file.name,
      `The file could not be read (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  if (options.signal?.aborted) throw abortError();
  return importBytesInWorker(new Uint8Array(buffer), file.name, options);
}

/** Imports bytes already in memory (a fetched URL), in a worker; the bytes are transferred. */
export function importBytesInWorker(
  bytes: Uint8Array,
  fileName: string,
  { onProgress, signal }: ImportInWorkerOptions = {},
): Promise<ImportResult> {
  const tooLarge = checkSize(bytes.byteLength, fileName);
  if (tooLarge) return Promise.resolve({ ok: false, problems: [tooLarge] });
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError());
      return;
    }
    const worker = new Worker(new URL('./import.worker.ts', import.meta.url), {
      type: 'module',
      name: 'import',
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
    worker.onmessage = (event: MessageEvent<ImportMessage>) => {
      if (event.data.type === 'progress') {
        onProgress?.(event.data.progress);
        return;
      }
      finish();
      resolve(event.data.result);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      resolve(
        refusal(
          fileName,
          `The import stopped unexpectedly (${event.message || 'the worker failed'}); nothing was opened.`,
        ),
      );
    };
    worker.postMessage({ bytes, fileName }, [bytes.buffer]);
  });
}
