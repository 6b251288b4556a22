/**
 * The page's side of the coder's worker, with a fake Worker in place of the browser's: progress
 * reaches the page, cancelling terminates the worker, and a crash becomes a message a person
 * reads. The job the worker runs is tested with a fake coder.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { CodedText } from '../../../src/coder/types';
import {
  INLINE_INTAKE_BYTES,
  codeInWorker,
  textFromBytesOffPage,
} from '../../../src/io/coder/client';
import { runCoding } from '../../../src/io/coder/job';
import type { CoderMessage } from '../../../src/io/coder/types';

class FakeWorker {
  static started: FakeWorker[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  posted: unknown[] = [];
  terminated = false;
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.started.push(this);
  }
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  /** The worker speaks. */
  send(data: unknown) {
    this.onmessage?.({ data } as MessageEvent);
  }
  crash(message: string) {
    this.onerror?.({ message, preventDefault: () => {} } as ErrorEvent);
  }
}

const coded: CodedText = {
  text: 'A met B.',
  sentences: [],
  actors: [],
  relations: [],
  notices: [],
};
const lastWorker = () => {
  const worker = FakeWorker.started.at(-1);
  if (!worker) throw new Error('no worker started');
  return worker;
};

beforeEach(() => {
  FakeWorker.started = [];
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => vi.unstubAllGlobals());

describe('codeInWorker', () => {
  it('starts a module worker with the text, passes progress on and resolves to the suggestions', async () => {
    const progress: [number, number][] = [];
    const result = codeInWorker('A met B.', {
      onProgress: (done, total) => progress.push([done, total]),
    });
    const worker = lastWorker();
    expect(worker.options.type).toBe('module');
    expect(worker.url.pathname).toMatch(/coder\.worker\.ts$/);
    expect(worker.posted).toEqual([{ text: 'A met B.' }]);
    worker.send({ type: 'progress', done: 1, total: 2 });
    worker.send({ type: 'progress', done: 2, total: 2 });
    worker.send({ type: 'result', coded });
    await expect(result).resolves.toBe(coded);
    expect(progress).toEqual([
      [1, 2],
      [2, 2],
    ]);
    expect(worker.terminated).toBe(true);
  });

  it('terminates the worker when cancelled, and rejects with an AbortError', async () => {
    const controller = new AbortController();
    const result = codeInWorker('A met B.', { signal: controller.signal });
    controller.abort();
    await expect(result).rejects.toMatchObject({ name: 'AbortError' });
    expect(lastWorker().terminated).toBe(true);
  });

  it('starts nothing when already cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(codeInWorker('x', { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(FakeWorker.started).toHaveLength(0);
  });

  it('turns a crash into an error a person can read', async () => {
    const result = codeInWorker('A met B.');
    lastWorker().crash('out of memory');
    await expect(result).rejects.toThrow(
      'Coding the text stopped unexpectedly (out of memory); no suggestions were made. Try again, or try a shorter text.',
    );
    expect(lastWorker().terminated).toBe(true);
  });

  it("rejects with the coder's own failure message", async () => {
    const result = codeInWorker('A met B.');
    lastWorker().send({ type: 'failure', message: 'The coder stopped on this text.' });
    await expect(result).rejects.toThrow('The coder stopped on this text.');
  });
});

describe('the coding job', () => {
  it('posts progress at most once per percent, then the result', () => {
    const messages: CoderMessage[] = [];
    runCoding(
      'text',
      (text, options) => {
        for (let done = 1; done <= 1000; done += 1) options?.onProgress?.(done, 1000);
        return { ...coded, text };
      },
      (message) => messages.push(message),
    );
    const progress = messages.filter((message) => message.type === 'progress');
    expect(progress).toHaveLength(101);
    expect(messages.at(-1)).toEqual({ type: 'result', coded: { ...coded, text: 'text' } });
  });

  it('posts a failure in words when the coder throws', () => {
    const messages: CoderMessage[] = [];
    runCoding(
      'text',
      () => {
        throw new Error('bad sentence');
      },
      (message) => messages.push(message),
    );
    expect(messages).toEqual([
      {
        type: 'failure',
        message: expect.stringMatching(
          /^The coder stopped on this text \(bad sentence\); no suggestions were made\./,
        ),
      },
    ]);
  });
});

describe('reading a file off the page', () => {
  const page = new TextEncoder().encode('<p>Russia and Ukraine met in London.</p>');

  it('reads a small file on the page, without a worker', async () => {
    const intake = await textFromBytesOffPage(page, 'a.html');
    expect(intake).toMatchObject({ ok: true, text: 'Russia and Ukraine met in London.' });
    expect(FakeWorker.started).toHaveLength(0);
  });

  it('reads a large file in a worker, and a crash there becomes a message', async () => {
    const large = new Uint8Array(INLINE_INTAKE_BYTES + 1);
    const result = textFromBytesOffPage(large, 'big.html', { mime: 'text/html' });
    const worker = lastWorker();
    expect(worker.url.pathname).toMatch(/intake\.worker\.ts$/);
    const [request] = worker.posted as { bytes: Uint8Array }[];
    expect(request).toMatchObject({ fileName: 'big.html', mime: 'text/html' });
    expect(request?.bytes).toBe(large);
    worker.crash('boom');
    await expect(result).resolves.toEqual({
      ok: false,
      message:
        'Reading “big.html” stopped unexpectedly (boom). Open the page, copy its text and paste it here.',
    });
  });
});
