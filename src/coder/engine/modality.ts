/**
 * What the words around a trigger do to it: negation ("did not sanction": nothing happened),
 * refusal ("refused to meet": a rejection, not a meeting), intent and future ("will meet",
 * "plans to": planned), possibility and threat ("could strike", "threatened to strike": a threat,
 * not an attack), conditions ("if", "unless": nothing happened yet), a standstill ("talks have
 * hit a deadlock": stalled), and when, in the text's own words ("on Wednesday").
 */
import { CONDITIONS, SUBORDINATORS } from './grammar';
import type { Token } from './tokens';
import type { SentenceView } from './view';

export interface Modality {
  negated?: string;
  refused?: string;
  planned?: string;
  possible?: string;
  threatened?: string;
  hypothetical?: string;
  stalled?: string;
}

const REFUSALS = new Set([
  'refuse',
  'refuses',
  'refused',
  'refusing',
  'decline',
  'declines',
  'declined',
  'declining',
]);
const FAILURES = new Set([
  'fail',
  'fails',
  'failed',
  'deny',
  'denies',
  'denied',
  'never',
  'not',
  'no',
]);
const PLANS = new Set(
  (
    'will shall would going plan plans planned planning intend intends intended set expected due ' +
    'aim aims aimed scheduled prepare prepares prepared ready agreed agree agrees want wants wanted ' +
    'hope hopes hoped seek seeks sought try tries tried offer offered promise promised pledge ' +
    'pledged vow vowed'
  ).split(' '),
);
const POSSIBILITIES = new Set([
  'could',
  'might',
  'may',
  'consider',
  'considers',
  'considering',
  'weigh',
  'weighs',
]);
const THREATS = new Set(['threaten', 'threatens', 'threatened', 'threatening']);
const STALLS = new Set(
  (
    'deadlock deadlocked stalled stall stalls impasse elusive falter falters faltered faltering ' +
    'stalemate collapsed suspended frozen'
  ).split(' '),
);
const HYPOTHETICAL_PHRASES = [
  'in the event',
  'in case',
  'speculation about',
  'possibility of',
  'prospect of',
  'talk of',
];

/** The cues in a verb group: "has not", "refused to", "will", "could", "threatened to". */
export function cuesOf(words: readonly Token[]): Modality {
  const modality: Modality = {};
  for (const token of words) {
    const word = token.word;
    if (REFUSALS.has(word)) modality.refused ??= token.text;
    else if (FAILURES.has(word) || /n't$/.test(word)) modality.negated ??= token.text;
    else if (THREATS.has(word)) modality.threatened ??= token.text;
    else if (POSSIBILITIES.has(word)) modality.possible ??= token.text;
    else if (PLANS.has(word) || word === "'ll") modality.planned ??= token.text;
  }
  return modality;
}

/** The clause around word `at`: from the last subordinator or break before it to the next. */
export function clauseAround(view: SentenceView, at: number): [number, number] {
  const { tokens } = view;
  let from = at;
  while (from > 0 && !opensClause(view, from)) from--;
  let to = at + 1;
  while (to < tokens.length && !opensClause(view, to)) to++;
  return [from, to];
}

function opensClause(view: SentenceView, i: number): boolean {
  const token = view.tokens[i] as Token;
  const before = view.tokens[i - 1];
  if (!before) return true;
  if (view.quoted[i] !== view.quoted[i - 1]) return true;
  if (/[;:—–]/.test(before.post)) return true;
  if (SUBORDINATORS.has(token.word) && !view.slotAt[i]) return true;
  return token.word === 'as' && (token.tags.has('Conjunction') || /,/.test(before.post));
}

/** Cues that hold for the whole clause: a condition before it, or a standstill in it. */
export function clauseCues(view: SentenceView, at: number): Modality {
  const modality: Modality = {};
  const [from, to] = clauseAround(view, at);
  const opener = view.tokens[from];
  if (opener && CONDITIONS.has(opener.word)) modality.hypothetical = opener.text;
  const before = view.tokens
    .slice(Math.max(0, from - 8), at)
    .map((token) => token.word)
    .join(' ');
  const phrase = HYPOTHETICAL_PHRASES.find((words) => before.includes(words));
  if (phrase) modality.hypothetical ??= phrase;
  for (let i = from; i < to; i++) {
    const token = view.tokens[i] as Token;
    if (STALLS.has(token.word)) modality.stalled ??= token.text;
    if (token.word === 'broke' && view.tokens[i + 1]?.word === 'down')
      modality.stalled ??= 'broke down';
  }
  return modality;
}

const WEEKDAYS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const MONTHS =
  /^(january|february|march|april|may|june|july|august|september|october|november|december)$/;
const UNITS = /^(year|week|month|night|weekend|morning|evening|spring|summer|autumn|fall|winter)$/;

/** The time expression nearest word `at` in its clause, verbatim: "on Wednesday", "last year". */
export function whenOf(text: string, view: SentenceView, at: number): string | undefined {
  const [from, to] = clauseAround(view, at);
  let best: { start: number; end: number; distance: number } | undefined;
  for (let i = from; i < to; i++) {
    const found = timeAt(view, i);
    if (!found) continue;
    const distance = Math.abs(i - at);
    if (!best || distance < best.distance) best = { ...found, distance };
  }
  return best ? text.slice(best.start, best.end) : undefined;
}

function timeAt(view: SentenceView, i: number): { start: number; end: number } | undefined {
  const { tokens } = view;
  const token = tokens[i] as Token;
  const next = tokens[i + 1];
  const span = (last: Token) => ({ start: token.start, end: last.end });
  if (token.word === 'yesterday' || token.word === 'today' || token.word === 'overnight')
    return span(token);
  if (!next) return undefined;
  if (
    token.word === 'on' &&
    (WEEKDAYS.test(next.word) || MONTHS.test(next.word) || /^\d{1,2}$/.test(next.word))
  ) {
    const after = tokens[i + 2];
    const tail = after && (MONTHS.test(after.word) || /^\d{1,4}$/.test(after.word)) ? after : next;
    return span(tail);
  }
  if (
    (token.word === 'last' || token.word === 'this' || token.word === 'next') &&
    (UNITS.test(next.word) || MONTHS.test(next.word) || WEEKDAYS.test(next.word))
  ) {
    return span(next);
  }
  if (
    token.word === 'in' &&
    ((MONTHS.test(next.word) && next.capitalized) || /^(19|20)\d\d$/.test(next.word))
  ) {
    const after = tokens[i + 2];
    return span(after && /^(19|20)\d\d$/.test(after.word) ? after : next);
  }
  return undefined;
}
