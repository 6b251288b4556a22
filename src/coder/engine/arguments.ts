/**
 * Who does what to whom: the subject and the target of a trigger, found by walking the words
 * around it. Not a parser: a few rules that hold in news English. The subject is the noun phrase
 * before the verb group, past any aside ("South Africa, which …, was sanctioned"); a verb after
 * "and", "while …ing" or ", adding" shares the subject of the verb before it; "X, who served"
 * has X as subject; "accused X of encouraging Y" makes X the one who encourages.
 */
import {
  AUXILIARIES,
  BE,
  NEGATIONS,
  SUBORDINATORS,
  commaAfter,
  hidden,
  is,
  isParticiple,
  isPreposition,
  isVerb,
  previousVisible,
} from './grammar';
import { type Argument, LIST_WORDS, phraseLeft } from './phrases';
import type { Token } from './tokens';
import type { SentenceView } from './view';

export { type Argument, afterPreposition, objectAfter, phraseLeft, phraseRight } from './phrases';

export interface VerbGroup {
  /** First word of the group: an auxiliary, "not", a verb before "to" ("refused to meet"). */
  start: number;
  words: Token[];
  passive: boolean;
}

const PARTICIPLE_OPENERS = new Set([
  'while',
  'when',
  'after',
  'before',
  'by',
  'in',
  'since',
  'without',
  'upon',
  'on',
  'despite',
]);

/** The auxiliaries, modals, negation and "verb + to" chain before a verb, and whether it is passive. */
export function verbGroup(view: SentenceView, from: number): VerbGroup {
  const { tokens } = view;
  const words: Token[] = [];
  let i = from - 1;
  while (i >= 0) {
    const token = tokens[i] as Token;
    if (view.slotAt[i]) break;
    const auxiliary = is(token, AUXILIARIES) || is(token, NEGATIONS) || /n't$/.test(token.word);
    const adverb = token.tags.has('Adverb') && !is(token, SUBORDINATORS) && !commaAfter(token);
    const control =
      isVerb(token) && tokens[i + 1]?.word === 'to' && !PARTICIPLE_OPENERS.has(token.word);
    if (!(auxiliary || adverb || token.word === 'to' || control)) break;
    words.unshift(token);
    i--;
  }
  const trigger = tokens[from] as Token;
  const participle =
    trigger.tags.has('PastTense') || trigger.tags.has('Participle') || trigger.tags.has('Passive');
  const byFollows = tokens[from + 1]?.word === 'by';
  const passive =
    (participle || byFollows) &&
    words.some((word) => BE.has(word.word)) &&
    tokens[from + 1]?.word !== 'to';
  return { start: i + 1, words, passive };
}

const TIME_OPENERS = new Set(['on', 'last', 'this', 'in', 'earlier', 'late', 'early']);

/** Steps back over a time expression between subject and verb: "Germany on Monday banned". */
function pastTime(view: SentenceView, at: number): number {
  const token = view.tokens[at];
  if (
    !token ||
    view.slotAt[at] ||
    !(token.tags.has('Date') || token.tags.has('WeekDay') || token.word === 'yesterday')
  )
    return at;
  let k = at - 1;
  while (k >= 0 && view.tokens[k]?.tags.has('Date') && !view.slotAt[k]) k--;
  if (TIME_OPENERS.has(view.tokens[k]?.word ?? '')) k--;
  return k >= 0 && !commaAfter(view.tokens[k]) ? k : at;
}

/** The subject of the verb at `from`: who acts, as the text names them. */
export function subjectOf(view: SentenceView, from: number, depth = 0): Argument | undefined {
  if (depth > 4) return undefined;
  const region = view.paren[from] ?? -1;
  const group = verbGroup(view, from);
  const j = pastTime(view, previousVisible(view, group.start - 1, region));
  if (j < 0) return undefined;
  const before = view.tokens[j] as Token;
  const first = view.tokens[group.start] as Token;
  if (
    (before.word === 'who' || before.word === 'which' || before.word === 'that') &&
    !view.slotAt[j]
  ) {
    // "Shoigu, who served …", "a resolution that criticises …": the noun before is the subject.
    const antecedent = previousVisible(view, j - 1, region);
    const phrase = antecedent >= 0 ? phraseLeft(view, antecedent) : undefined;
    return phrase && phrase.slots.length > 0 ? phrase : undefined;
  }
  if (LIST_WORDS.has(before.word)) return inheritedSubject(view, j, depth, false);
  if (isParticiple(first)) {
    if (before.word === 'of' || before.word === 'for') {
      // "accusing European hawks of encouraging …": the accused is the one who encourages.
      const accused = previousVisible(view, j - 1, region);
      const phrase = accused >= 0 ? phraseLeft(view, accused) : undefined;
      return phrase && phrase.slots.length > 0 ? phrase : undefined;
    }
    // "while accusing", "before being appointed", ", adding that": the main clause's subject.
    if (PARTICIPLE_OPENERS.has(before.word) || commaAfter(before)) {
      return inheritedSubject(view, j, depth, true);
    }
  }
  if (is(before, SUBORDINATORS) || isPreposition(before) || (isVerb(before) && !view.slotAt[j])) {
    return undefined;
  }
  const phrase = phraseLeft(view, j);
  // "posted a message on Twitter blaming Iran": a participle after a prepositional phrase
  // belongs to the clause, not to the noun before it.
  if (
    phrase &&
    isParticiple(first) &&
    group.start === from &&
    isPreposition(view.tokens[phrase.from - 1])
  ) {
    return inheritedSubject(view, phrase.from - 1, depth, true);
  }
  return phrase && phrase.slots.length > 0 ? phrase : undefined;
}

/**
 * The subject of the verb before `at` that a verb shares: the nearest finite verb for "… and
 * wounded", the main clause's for a participle ("implied that …, adding"), past any "that".
 */
function inheritedSubject(
  view: SentenceView,
  at: number,
  depth: number,
  main: boolean,
): Argument | undefined {
  const region = view.paren[at] ?? -1;
  let verb = -1;
  for (let i = at - 1; i >= 0; i--) {
    const token = view.tokens[i] as Token;
    if (view.slotAt[i] || hidden(view, i, region)) continue;
    if (verb >= 0 && main && is(token, SUBORDINATORS)) {
      const higher = finiteVerbBefore(view, i, region);
      if (higher >= 0) verb = higher;
      break;
    }
    if (verb < 0 && finite(view, i)) {
      verb = i;
      if (!main) break;
    }
  }
  if (verb < 0) return undefined;
  const subject = subjectOf(view, verb, depth + 1);
  return subject ? { ...subject, link: 'inherited' } : undefined;
}

function finiteVerbBefore(view: SentenceView, at: number, region: number): number {
  for (let i = at - 1; i >= 0; i--) {
    if (!view.slotAt[i] && !hidden(view, i, region) && finite(view, i)) return i;
  }
  return -1;
}

/** A verb that has a subject of its own: not "to discuss", not "expressing", not "has". */
function finite(view: SentenceView, i: number): boolean {
  const token = view.tokens[i] as Token;
  if (!isVerb(token) || is(token, AUXILIARIES) || token.tags.has('Noun')) return false;
  if (view.tokens[i - 1]?.word === 'to') return false;
  if (token.tags.has('Gerund') || token.word.endsWith('ing')) return is(view.tokens[i - 1], BE);
  return true;
}
