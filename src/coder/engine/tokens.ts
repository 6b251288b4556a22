/**
 * Words with their places and parts of speech. compromise's tagger (`compromise/two`, without
 * the phrase plugins we do not use) reads a paragraph at a time; its words are then placed in
 * the text by their own characters and handed to our sentences by position, so every span
 * stays verbatim.
 */
import nlp from 'compromise/two';

import type { Sentence } from '../types';

export interface Token {
  /** Position in its sentence. */
  index: number;
  /** Verbatim, as in the text: "Ukraine’s", "hawks". */
  text: string;
  start: number;
  end: number;
  /** Lower case, straight apostrophes, without a possessive "'s": "ukraine", "hawks". */
  word: string;
  /** compromise's tags: Noun, Verb, ProperNoun, Demonym, Possessive… */
  tags: ReadonlySet<string>;
  /** The punctuation and space around it, as compromise cut them: "“" before "hawks", "”" after. */
  pre: string;
  post: string;
  possessive: boolean;
  capitalized: boolean;
}

export interface TaggedSentence extends Sentence {
  tokens: Token[];
  /** A line without a closing full stop: a headline, where capitals name nothing. */
  headline: boolean;
}

const BATCH_SENTENCES = 25;
const CONTRACTED = new Set([
  'it',
  'he',
  'she',
  'that',
  'there',
  'what',
  'who',
  'let',
  'here',
  'where',
]);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** Tags every sentence; `onBatch(done)` is called after each paragraph or batch of sentences. */
export function tagSentences(
  text: string,
  sentences: readonly Sentence[],
  onBatch: (done: number) => void,
): TaggedSentence[] {
  const tagged: TaggedSentence[] = sentences.map((sentence) => ({
    ...sentence,
    tokens: [],
    headline: isHeadline(text, sentence),
  }));
  let next = 0;
  let reported = 0;
  while (next < sentences.length) {
    const first = sentences[next] as Sentence;
    let last = next;
    // A paragraph (up to a line break), or a batch of its sentences when it is long.
    while (
      last + 1 < sentences.length &&
      last + 1 - next < BATCH_SENTENCES &&
      !lineBreakBetween(text, sentences[last], sentences[last + 1])
    ) {
      last++;
    }
    const start = first.span.start;
    placeTokens(
      text.slice(start, (sentences[last] as Sentence).span.end),
      start,
      tagged,
      next,
      last,
    );
    next = last + 1;
    if (next - reported >= BATCH_SENTENCES || next === sentences.length) {
      onBatch(next);
      reported = next;
    }
  }
  return tagged;
}

function placeTokens(
  paragraph: string,
  offset: number,
  tagged: TaggedSentence[],
  firstSentence: number,
  lastSentence: number,
): void {
  let cursor = 0;
  let sentenceIndex = firstSentence;
  for (const terms of nlp(paragraph).docs) {
    for (const term of terms) {
      if (term.text === '') continue; // the unwritten half of a contraction ("we've" → "have")
      const at = paragraph.indexOf(term.text, cursor);
      if (at < 0) continue;
      cursor = at + term.text.length;
      const start = offset + at;
      while (
        sentenceIndex < lastSentence &&
        start >= (tagged[sentenceIndex + 1] as TaggedSentence).span.start
      ) {
        sentenceIndex++;
      }
      const sentence = tagged[sentenceIndex] as TaggedSentence;
      sentence.tokens.push(tokenOf(term, start, sentence.tokens.length));
    }
  }
}

function tokenOf(
  term: { text: string; pre: string; post: string; tags?: Set<string> },
  start: number,
  index: number,
): Token {
  const lower = term.text.toLowerCase().replace(/[‘’ʼ`]/g, "'");
  const bare = possessiveBase(lower);
  const possessive = bare !== undefined || POSSESSIVE_PRONOUNS.has(lower);
  const word = (bare ?? lower).replace(/[.,;:!?]+$/, '');
  return {
    index,
    text: term.text,
    start,
    end: start + term.text.length,
    word,
    tags: term.tags ?? new Set(),
    pre: term.pre,
    post: term.post,
    possessive,
    capitalized: /^\p{Lu}/u.test(term.text),
  };
}

/** "ukraine's" → "ukraine", "allies'" → "allies"; undefined for "it's" (it is) and plain words. */
function possessiveBase(lower: string): string | undefined {
  if (lower.endsWith("'s") && lower.length > 2) {
    const base = lower.slice(0, -2);
    return CONTRACTED.has(base) ? undefined : base;
  }
  if (lower.endsWith("s'") && lower.length > 2) return lower.slice(0, -1);
  return undefined;
}

function lineBreakBetween(text: string, a: Sentence | undefined, b: Sentence | undefined): boolean {
  if (!a || !b) return true;
  return text.slice(a.span.end, b.span.start).includes('\n');
}

function isHeadline(text: string, sentence: Sentence): boolean {
  const words = text.slice(sentence.span.start, sentence.span.end).trim();
  const lineEnds = text.slice(sentence.span.end, sentence.span.end + 2);
  return (
    !/[.!?…"”:]$/.test(words) &&
    (lineEnds === '' || lineEnds.startsWith('\n')) &&
    words.length < 120
  );
}
