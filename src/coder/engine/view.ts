/**
 * One sentence as the rules see it: its words, the actors it names (as word ranges), and which
 * words sit inside a parenthesis (", which …,", "— though … —") or a direct quotation.
 */
import type { MentionVia } from '../types';
import type { TaggedSentence, Token } from './tokens';

/** An actor named by the words `from` to `to` (exclusive) of a sentence. */
export interface Slot {
  actorId: string;
  from: number;
  to: number;
  via: MentionVia;
}

export interface SentenceView {
  sentence: TaggedSentence;
  tokens: Token[];
  slots: Slot[];
  /** The slot each word belongs to, if any. */
  slotAt: (Slot | undefined)[];
  /**
   * For each word, the aside it sits in (a relative clause, a comma-bounded adverbial, dashes,
   * brackets), numbered from 0, or -1: the subject of a verb is looked for around other asides.
   */
  paren: number[];
  /** Words inside quotation marks. */
  quoted: boolean[];
  /** Who speaks the quotation, when the sentence says ("…," Zelensky said). */
  speaker?: string;
}

/** A fresh view with no actors marked yet. */
export function viewOf(sentence: TaggedSentence): SentenceView {
  const count = sentence.tokens.length;
  return {
    sentence,
    tokens: sentence.tokens,
    slots: [],
    slotAt: new Array<Slot | undefined>(count).fill(undefined),
    paren: new Array<number>(count).fill(-1),
    quoted: new Array<boolean>(count).fill(false),
  };
}

/** Marks an actor on words; a longer slot replaces the shorter ones it covers. */
export function addSlot(view: SentenceView, slot: Slot): void {
  for (let i = slot.from; i < slot.to; i++) {
    const old = view.slotAt[i];
    if (old && old !== slot) removeSlot(view, old);
  }
  view.slots.push(slot);
  view.slots.sort((a, b) => a.from - b.from);
  for (let i = slot.from; i < slot.to; i++) view.slotAt[i] = slot;
}

/** Unmarks a slot. */
export function removeSlot(view: SentenceView, slot: Slot): void {
  view.slots = view.slots.filter((other) => other !== slot);
  for (let i = slot.from; i < slot.to; i++) if (view.slotAt[i] === slot) view.slotAt[i] = undefined;
}

/** The verbatim words from token `from` to token `to` (exclusive). */
export function wordsOf(text: string, view: SentenceView, from: number, to: number): string {
  const first = view.tokens[from];
  const last = view.tokens[to - 1];
  return first && last ? text.slice(first.start, last.end) : '';
}

/** The span of tokens `from` to `to` (exclusive). */
export function spanOf(
  view: SentenceView,
  from: number,
  to: number,
): { start: number; end: number } {
  const first = view.tokens[from] ?? view.tokens[0];
  const last = view.tokens[Math.max(from, to - 1)] ?? first;
  return {
    start: first?.start ?? view.sentence.span.start,
    end: last?.end ?? view.sentence.span.end,
  };
}
