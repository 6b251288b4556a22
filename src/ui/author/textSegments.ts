/**
 * The text cut for drawing: the sentences, the stretches between them, and inside each sentence
 * the actors' mentions. Each piece knows its offset in the text, so a selection in the page maps
 * back to a span of the text (see textOffsets.ts).
 */
import type { Sentence, SuggestedActor, TextSpan } from '../../coder/types';

export interface TextPiece extends TextSpan {
  /** The actor a mention names; absent for plain words. */
  actorId?: string;
}

export type TextSegment =
  | { kind: 'between'; span: TextSpan }
  | { kind: 'sentence'; index: number; span: TextSpan; pieces: TextPiece[] };

interface MentionAt extends TextSpan {
  actorId: string;
}

/** Mentions in text order, without overlaps (the first one wins). */
function orderedMentions(actors: readonly SuggestedActor[], length: number): MentionAt[] {
  const all = actors
    .flatMap((actor) => actor.mentions.map(({ span }) => ({ ...span, actorId: actor.id })))
    .filter((mention) => mention.start >= 0 && mention.end <= length && mention.start < mention.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: MentionAt[] = [];
  for (const mention of all) {
    const last = kept.at(-1);
    if (!last || mention.start >= last.end) kept.push(mention);
  }
  return kept;
}

/** The pieces of one stretch of text: plain words and mentions, in order. */
function piecesOf(span: TextSpan, mentions: readonly MentionAt[], from: number) {
  const pieces: TextPiece[] = [];
  let at = span.start;
  let next = from;
  while (next < mentions.length && mentions[next]!.start < span.end) {
    const mention = mentions[next]!;
    next += 1;
    if (mention.start < at || mention.end > span.end) continue;
    if (mention.start > at) pieces.push({ start: at, end: mention.start });
    pieces.push(mention);
    at = mention.end;
  }
  if (at < span.end) pieces.push({ start: at, end: span.end });
  return { pieces, next };
}

/** The segments of a text: every character in exactly one, in order. */
export function textSegments(
  text: string,
  sentences: readonly Sentence[],
  actors: readonly SuggestedActor[],
): TextSegment[] {
  const mentions = orderedMentions(actors, text.length);
  const segments: TextSegment[] = [];
  let at = 0;
  let nextMention = 0;
  const ordered = [...sentences].sort((a, b) => a.span.start - b.span.start);
  for (const sentence of ordered) {
    const start = Math.max(sentence.span.start, at);
    const end = Math.min(sentence.span.end, text.length);
    if (end <= start) continue;
    if (start > at) segments.push({ kind: 'between', span: { start: at, end: start } });
    while (nextMention < mentions.length && mentions[nextMention]!.start < start) nextMention += 1;
    const { pieces, next } = piecesOf({ start, end }, mentions, nextMention);
    nextMention = next;
    segments.push({ kind: 'sentence', index: sentence.index, span: { start, end }, pieces });
    at = end;
  }
  if (at < text.length) segments.push({ kind: 'between', span: { start: at, end: text.length } });
  return segments;
}

/** How many segments a chunk of the drawn text holds at least (see `textChunks`). */
const CHUNK_SEGMENTS = 40;

/**
 * The segments in blocks that each end at a line break, so the browser lays out only the
 * blocks on screen (`content-visibility`) and a highlight redraws one block: a 300 KB text
 * stays quick. A text without line breaks is one block.
 */
export function textChunks(segments: readonly TextSegment[], text: string): TextSegment[][] {
  const chunks: TextSegment[][] = [];
  let current: TextSegment[] = [];
  for (const segment of segments) {
    current.push(segment);
    const breaksLine =
      segment.kind === 'between' && text.slice(segment.span.start, segment.span.end).includes('\n');
    if (breaksLine && current.length >= CHUNK_SEGMENTS) {
      chunks.push(current);
      current = [];
    }
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
