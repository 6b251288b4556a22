/** A new draft from a pasted text and what is known of where it came from. */
import type { DatasetSource } from '../../domain/dataset';
import type { CodedText } from '../types';
import type { Draft } from './types';

export interface NewDraftInput {
  id: string;
  title: string;
  source: DatasetSource;
  text: string;
  /** ms since 1970 */
  now: number;
  /** The coder's result, when it already ran; otherwise the review screen runs it. */
  coded?: CodedText | null;
}

/** A draft with nothing decided yet. */
export function newDraft({ id, title, source, text, now, coded = null }: NewDraftInput): Draft {
  return {
    id,
    createdAt: now,
    updatedAt: now,
    title,
    source,
    text,
    coded,
    decisions: {},
    edits: {},
    added: [],
    actors: { labels: {}, kinds: {}, mergedInto: {}, added: [] },
  };
}

/**
 * The draft with the coder's result in it. Its text becomes the text the coder read (the same,
 * unless the coder normalised line ends): every span of the result points into that one.
 */
export function withCoded(draft: Draft, coded: CodedText): Draft {
  return { ...draft, text: coded.text, coded };
}
