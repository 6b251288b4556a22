/** What the review screen needs from the app: the drafts kept here and the coder, as services tests can fake. */
import type { CodedText } from '../../coder/types';
import type { DraftStore } from '../../io/store/draftStore';

export type { DraftStore };

export interface CodeRunOptions {
  /** Called as sentences are coded, for the progress bar. */
  onProgress?: (done: number, total: number) => void;
  /** Aborted when the person stops the coder (or leaves the screen). */
  signal?: AbortSignal;
}

export interface AuthorServices {
  /** This browser's drafts (src/io/store/draftStore.ts), loaded when the screen opens. */
  drafts: () => Promise<DraftStore>;
  /** Runs the coder over a text (in a worker, in the app). */
  code: (text: string, options: CodeRunOptions) => Promise<CodedText>;
}
