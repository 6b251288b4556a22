/**
 * The page's side of coding a text: the coder runs in a module worker, so a long text never
 * freezes the page, and the coder (with compromise) loads only then, never at start-up. Aborting
 * the signal terminates the worker. A large file is read into text in a worker of its own.
 */
import type { CodedText } from '../../coder/types';
import { type TextIntake, textFromBytes } from '../text/intake';
import type { CoderMessage, CoderRequest, IntakeMessage, IntakeRequest } from './types';

export interface CodeInWorkerOptions {
  /** Sentences coded so far and in all, at most once per percent. */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/** What a cancelled job rejects with; callers tell it from a failure by its name. */
export function codingAborted(): DOMException {
  return new DOMException('Coding the text was cancelled.', 'AbortError');
}

/** Tells a cancelled job from a failure. */
export const isCodingAbort = (error: unknown): boolean =>
  error instanceof DOMException && error.name === 'AbortError';

/** Files up to this size are read on the page: reducing them takes a few milliseconds. */
export const INLINE_INTAKE_BYTES = 256 * 1024;

interface Talk<Message> {
  worker: Worker;
  signal: AbortSignal | undefined;
  onMessage: (message: Message, finish: () => void) => void;
  onCrash: (detail: string) => void;
  onAbort: () => void;
}

/** Wires a started worker to its job: messages, a crash, an abort; `finish` ends it. */
function talk<Message>({ worker, signal, onMessage, onCrash, onAbort }: Talk<Message>): void {
  const abort = () => {
    finish();
    onAbort();
  };
  const finish = () => {
    worker.terminate();
    signal?.removeEventListener('abort', abort);
  };
  signal?.addEventListener('abort', abort, { once: true });
  worker.onmessage = (event: MessageEvent<Message>) => onMessage(event.data, finish);
  worker.onerror = (event) => {
    event.preventDefault();
    finish();
    onCrash(event.message || 'the worker failed');
  };
  worker.onmessageerror = () => {
    finish();
    onCrash('its answer could not be read');
  };
}

const startFailure = (error: unknown) =>
  new Error(
    `The coder could not start in this browser (${error instanceof Error ? error.message : String(error)}). Reload the page and try again.`,
  );

/**
 * Codes `text` in a worker. Resolves to the suggestions; rejects with an AbortError when
 * `signal` aborts, or with an Error whose message a person can read when the coder fails.
 */
export function codeInWorker(
  text: string,
  { onProgress, signal }: CodeInWorkerOptions = {},
): Promise<CodedText> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(codingAborted());
      return;
    }
    let worker: Worker;
    try {
      worker = new Worker(new URL('./coder.worker.ts', import.meta.url), {
        type: 'module',
        name: 'coder',
      });
    } catch (error) {
      reject(startFailure(error));
      return;
    }
    talk<CoderMessage>({
      worker,
      signal,
      onAbort: () => reject(codingAborted()),
      onCrash: (detail) =>
        reject(
          new Error(
            `Coding the text stopped unexpectedly (${detail}); no suggestions were made. Try again, or try a shorter text.`,
          ),
        ),
      onMessage: (message, finish) => {
        if (message.type === 'progress') {
          onProgress?.(message.done, message.total);
          return;
        }
        finish();
        if (message.type === 'result') resolve(message.coded);
        else reject(new Error(message.message));
      },
    });
    const request: CoderRequest = { text };
    worker.postMessage(request);
  });
}

/**
 * A file's or fetched page's bytes as text to code (textFromBytes), read in a worker when they
 * are large; a small file, or a browser without workers, is read on the page.
 */
export function textFromBytesOffPage(
  bytes: Uint8Array,
  fileName: string,
  { mime, signal }: { mime?: string; signal?: AbortSignal } = {},
): Promise<TextIntake> {
  if (bytes.length <= INLINE_INTAKE_BYTES || typeof Worker === 'undefined') {
    return Promise.resolve(textFromBytes(bytes, fileName, mime));
  }
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(codingAborted());
      return;
    }
    let worker: Worker;
    try {
      worker = new Worker(new URL('./intake.worker.ts', import.meta.url), {
        type: 'module',
        name: 'intake',
      });
    } catch {
      // Reading on the page is slower to the eye but gives the same result.
      resolve(textFromBytes(bytes, fileName, mime));
      return;
    }
    talk<IntakeMessage>({
      worker,
      signal,
      onAbort: () => reject(codingAborted()),
      onCrash: (detail) =>
        resolve({
          ok: false,
          message: `Reading “${fileName}” stopped unexpectedly (${detail}). Open the page, copy its text and paste it here.`,
        }),
      onMessage: (message, finish) => {
        finish();
        resolve(message.intake);
      },
    });
    const request: IntakeRequest = { bytes, fileName, ...(mime ? { mime } : {}) };
    worker.postMessage(request, [bytes.buffer]);
  });
}
