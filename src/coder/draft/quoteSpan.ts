/** Moving a quote's start or end by a word, for the review screen's quote adjusters. */
import type { TextSpan } from '../types';

const isSpace = (char: string | undefined) => char !== undefined && /\s/u.test(char);

/** The offset one word before `offset` (at the start of that word), not before `floor`. */
function wordBefore(text: string, offset: number, floor: number): number {
  let at = offset;
  while (at > floor && isSpace(text[at - 1])) at -= 1;
  while (at > floor && !isSpace(text[at - 1])) at -= 1;
  return at;
}

/** The offset one word after `offset` (at the end of that word), not past `ceiling`. */
function wordAfter(text: string, offset: number, ceiling: number): number {
  let at = offset;
  while (at < ceiling && isSpace(text[at])) at += 1;
  while (at < ceiling && !isSpace(text[at])) at += 1;
  return at;
}

/**
 * The span with one edge moved by a word: `start` earlier (-1) takes in the word before, later
 * (+1) lets go of its first word; likewise for `end`. A span keeps at least one word.
 */
export function moveQuoteEdge(
  text: string,
  span: TextSpan,
  edge: 'start' | 'end',
  direction: -1 | 1,
): TextSpan {
  if (edge === 'start') {
    if (direction === -1) return { ...span, start: wordBefore(text, span.start, 0) };
    const start = wordAfter(text, span.start, span.end);
    let next = start;
    while (next < span.end && isSpace(text[next])) next += 1;
    return next >= span.end ? span : { ...span, start: next };
  }
  if (direction === 1) return { ...span, end: wordAfter(text, span.end, text.length) };
  const end = wordBefore(text, span.end, span.start);
  let next = end;
  while (next > span.start && isSpace(text[next - 1])) next -= 1;
  return next <= span.start ? span : { ...span, end: next };
}
