/**
 * Cuts a text into sentences, each a span of the text itself: a line break always ends one (a
 * headline is a sentence of its own), and so does a full stop, question or exclamation mark
 * followed by a capital, a digit or an opening quote, unless it ends an abbreviation ("Mr.",
 * "U.S.", an initial). Our own splitter, not the tagger's, so spans are exact and the number of
 * sentences is known before the slow part starts.
 */
import type { Sentence, TextSpan } from '../types';

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen lt col maj sgt capt cmdr adm sen rep gov pres st jr sr inc ltd co corp ' +
    'vs etc no jan feb mar apr jun jul aug sep sept oct nov dec approx est dept univ ave fig rev hon'
  ).split(' '),
);

/** What may follow a sentence end: white space, then a capital, a digit or an opening mark. */
const NEXT_STARTS = /^\s+["“‘'([]?[\p{Lu}\p{N}]/u;
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']']);

/** The sentences of a text, in order; blank lines and surrounding white space belong to none. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (start: number, end: number) => {
    const span = trimmed(text, start, end);
    if (span) sentences.push({ index: sentences.length, span });
  };
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\n') {
      push(start, i);
      start = i + 1;
      continue;
    }
    if (char !== '.' && char !== '?' && char !== '!' && char !== '…') continue;
    let end = i + 1;
    while (end < text.length && (text[end] === '.' || CLOSERS.has(text[end] ?? ''))) end++;
    if (!NEXT_STARTS.test(text.slice(end, end + 4))) continue;
    if (char === '.' && endsAbbreviation(text, start, i)) continue;
    push(start, end);
    start = end;
    i = end - 1;
  }
  push(start, text.length);
  return sentences;
}

/** Whether the full stop at `dot` closes an abbreviation or an initial rather than a sentence. */
function endsAbbreviation(text: string, from: number, dot: number): boolean {
  let wordStart = dot;
  while (wordStart > from && /[\p{L}.]/u.test(text[wordStart - 1] ?? '')) wordStart--;
  const word = text.slice(wordStart, dot);
  if (word.length === 0) return false;
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // "J." (an initial) and "U.S." / "U.N." (letters and dots).
  return /^\p{Lu}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word);
}

function trimmed(text: string, start: number, end: number): TextSpan | undefined {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from] ?? '')) from++;
  while (to > from && /\s/.test(text[to - 1] ?? '')) to--;
  return to > from ? { start: from, end: to } : undefined;
}
