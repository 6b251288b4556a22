/**
 * Noun phrases and the actors in them: "the UK, US, France, Germany and Ukraine" (a list),
 * "senior officials from the UK" (the UK's people act), "Russian strikes" (Russia qualifies the
 * noun), "both the Russians and the Ukrainians" (after a preposition).
 */
import type { Link } from './candidates';
import {
  SUBORDINATORS,
  commaAfter,
  is,
  isNounish,
  isParticiple,
  isPreposition,
  isVerb,
} from './grammar';
import type { Token } from './tokens';
import type { SentenceView, Slot } from './view';

/** Actors in a phrase, and how directly the phrase names them. */
export interface Argument {
  slots: Slot[];
  link: Link;
  /** Where its words start: a quote or a reported clause begins there. */
  from: number;
}

const PEOPLE = new Set(
  (
    'officials envoys delegations delegation representatives diplomats ministers negotiators ' +
    'troops forces soldiers leaders delegates members spokesman spokeswoman'
  ).split(' '),
);
const COMPOUND_MODIFIER =
  /-(based|led|backed|owned|run|allied|funded|aligned|controlled|born|sponsored|claimed|made|held)$/i;
export const LIST_WORDS = new Set(['and', 'or', '&']);
/** The noun phrase that ends at word `end`, and the actors in it. */
export function phraseLeft(view: SentenceView, end: number): Argument | undefined {
  const { tokens } = view;
  let k = end;
  let listed = false;
  let from = end + 1;
  while (k >= 0) {
    const slot = view.slotAt[k];
    const token = tokens[k] as Token;
    if (k < end && commaAfter(token) && (!listed || !listItemAt(view, k + 1))) break;
    if (k < end && /[;:—–]/.test(token.post)) break;
    if (slot) {
      from = slot.from;
      k = slot.from - 1;
      continue;
    }
    if (LIST_WORDS.has(token.word) && (view.slotAt[k - 1] || isNounish(tokens[k - 1]))) {
      listed = true;
      from = k;
      k--;
      continue;
    }
    if ((token.word === 'of' || token.word === 'from') && isNounish(tokens[k - 1])) {
      from = k;
      k--;
      continue;
    }
    if (is(token, SUBORDINATORS) || (isPreposition(token) && token.word !== 'of')) break;
    const next = tokens[k + 1];
    const adjectival =
      isVerb(token) &&
      (token.tags.has('PastTense') || token.tags.has('Participle')) &&
      next !== undefined &&
      next.tags.has('Noun') &&
      !next.tags.has('Pronoun') &&
      !view.slotAt[k + 1] &&
      (tokens[k - 1]?.tags.has('Determiner') === true || isPreposition(tokens[k - 1]));
    if (!isNounish(token) && !adjectival) break;
    if (isVerb(token) && !token.tags.has('Noun') && !adjectival) break;
    from = k;
    k--;
  }
  return from <= end ? argumentOf(view, from, end + 1) : undefined;
}

/** The noun phrase that starts at word `start`: "both the Russians and the Ukrainians". */
export function phraseRight(view: SentenceView, start: number): Argument | undefined {
  const { tokens } = view;
  let k = start;
  let to = start;
  while (k < tokens.length) {
    const slot = view.slotAt[k];
    const token = tokens[k] as Token;
    if (slot) {
      to = slot.to;
      k = slot.to;
      const last = tokens[to - 1] as Token;
      if (/[;:—–]/.test(last.post) || (commaAfter(last) && !listContinues(view, k))) break;
      continue;
    }
    if (LIST_WORDS.has(token.word) && k > start) {
      if (!listContinues(view, k)) break;
      k++;
      continue;
    }
    if (token.word === 'of' && k > start) {
      // "accused Western countries of encouraging Israel": what they are accused of is no part.
      if (isParticiple(tokens[k + 1])) break;
      k++;
      continue;
    }
    // "allies such as Germany", "firms including Siemens": the named ones stand for the noun.
    if (
      k > start &&
      (token.word === 'including' || (token.word === 'such' && tokens[k + 1]?.word === 'as'))
    ) {
      k += token.word === 'such' ? 2 : 1;
      continue;
    }
    if (is(token, SUBORDINATORS) && k > start) break;
    if (isPreposition(token)) break;
    if (!isNounish(token) && !token.tags.has('Adverb')) break;
    if (isVerb(token) && !token.tags.has('Noun') && !prenominal(view, k, start)) break;
    to = k + 1;
    k++;
    if (/[,;:—–]/.test(token.post)) break;
  }
  return to > start ? argumentOf(view, start, to) : undefined;
}

/** "downgraded talks", "a proposed deal": a participle before its noun, not a verb. */
function prenominal(view: SentenceView, k: number, start: number): boolean {
  const next = view.tokens[k + 1];
  const before = view.tokens[k - 1];
  if (!next || view.slotAt[k + 1] || !next.tags.has('Noun') || view.tokens[k]?.word.endsWith('ing'))
    return false;
  return (
    k === start ||
    (before !== undefined && (before.tags.has('Determiner') || before.tags.has('Adjective')))
  );
}

/** "Greek, Cypriot and French counterparts": a list of demonyms that qualifies the noun after it. */
function qualifiesList(view: SentenceView, at: number, to: number): boolean {
  for (let k = at; k < to; k++) {
    const slot = view.slotAt[k];
    if (slot) {
      if (slot.via !== 'demonym') return false;
      k = slot.to - 1;
      continue;
    }
    const token = view.tokens[k] as Token;
    if (LIST_WORDS.has(token.word)) continue;
    return (
      isNounish(token) && !commaAfter(view.tokens[k - 1]) && view.slotAt[k - 1]?.via === 'demonym'
    );
  }
  return false;
}

/** Whether an actor that is a list's item (not a qualifier: "Russian drones") starts at `k`. */
function listItemAt(view: SentenceView, k: number): boolean {
  let at = k;
  if (LIST_WORDS.has(view.tokens[at]?.word ?? '')) at++;
  if (view.tokens[at]?.word === 'the') at++;
  const slot = view.slotAt[at];
  if (!slot) return false;
  const next = view.tokens[slot.to];
  return (
    !next ||
    view.slotAt[slot.to] !== undefined ||
    LIST_WORDS.has(next.word) ||
    commaAfter(view.tokens[slot.to - 1]) ||
    !isNounish(next)
  );
}

/** Whether another actor of a list starts at `k`: "…, France", "and the Ukrainians". */
function listContinues(view: SentenceView, k: number): boolean {
  let i = k;
  if (LIST_WORDS.has(view.tokens[i]?.word ?? '')) i++;
  while (
    ['the', 'both', 'either', 'its', 'their'].includes(view.tokens[i]?.word ?? '') &&
    !view.slotAt[i]
  )
    i++;
  return view.slotAt[i] !== undefined;
}

/**
 * The actors of the words `from`–`to`: its heads ("the UK, US and France"), else the actors
 * whose people act ("officials from the UK"), else the ones that qualify it ("Russian strikes").
 */
function argumentOf(view: SentenceView, from: number, to: number): Argument {
  const heads: Slot[] = [];
  const members: Slot[] = [];
  const modifiers: Slot[] = [];
  const places: Slot[] = [];
  let people = false;
  let afterOf = false;
  for (let k = from; k < to; k++) {
    const token = view.tokens[k] as Token;
    const slot = view.slotAt[k];
    if (!slot) {
      if (PEOPLE.has(token.word)) people = true;
      // "officials from the UK", "the capital of Ukraine"; not "Secretary of State Mike Pompeo".
      const named =
        view.slotAt[k + 1] ?? (view.tokens[k + 1]?.word === 'the' ? view.slotAt[k + 2] : undefined);
      if ((token.word === 'of' || token.word === 'from') && named) afterOf = true;
      continue;
    }
    if (slot.from !== k) continue;
    const last = view.tokens[slot.to - 1] as Token;
    const next = view.tokens[slot.to];
    const qualifies =
      slot.to < to &&
      next !== undefined &&
      ((!view.slotAt[slot.to] &&
        !LIST_WORDS.has(next.word) &&
        !commaAfter(last) &&
        isNounish(next)) ||
        (slot.via === 'demonym' && qualifiesList(view, slot.to, to)));
    // "the Yemen-based Houthi movement", "Iran-backed militias": the place only qualifies.
    const compound =
      COMPOUND_MODIFIER.test(last.text) ||
      (/-$/.test(last.post) && COMPOUND_MODIFIER.test(`-${next?.word ?? ''}`));
    if (compound) places.push(slot);
    else if (afterOf && people) members.push(slot);
    else if (afterOf || last.possessive || qualifies) modifiers.push(slot);
    else heads.push(slot);
  }
  if (heads.length > 0) return { slots: heads, link: heads[0]?.via ?? 'name', from };
  if (members.length > 0) return { slots: members, link: 'members', from };
  return { slots: modifiers.length > 0 ? modifiers : places, link: 'modifier', from };
}

/** The direct object after the words ending at `end`. */
export function objectAfter(view: SentenceView, end: number): Argument | undefined {
  let k = end;
  while (
    k < view.tokens.length &&
    (view.tokens[k]?.tags.has('Adverb') || view.tokens[k]?.word === 'both')
  ) {
    if (view.slotAt[k]) break;
    k++;
  }
  const token = view.tokens[k];
  if (!token || (isPreposition(token) && !view.slotAt[k]) || is(token, SUBORDINATORS))
    return undefined;
  const phrase = phraseRight(view, k);
  return phrase && phrase.slots.length > 0 ? phrase : undefined;
}

/** The noun phrase after the preposition `word`, within a few words of `end`. */
export function afterPreposition(
  view: SentenceView,
  end: number,
  word: string,
  reach = 4,
): Argument | undefined {
  for (let k = end; k < Math.min(view.tokens.length, end + reach); k++) {
    const token = view.tokens[k] as Token;
    if (view.slotAt[k]) {
      k = (view.slotAt[k] as Slot).to - 1;
      continue;
    }
    if (token.word === word) {
      let start = k + 1;
      while (view.tokens[start]?.word === 'both' || view.tokens[start]?.word === 'either') start++;
      const phrase = phraseRight(view, start);
      return phrase && phrase.slots.length > 0 ? phrase : undefined;
    }
    if (
      is(token, SUBORDINATORS) ||
      (isVerb(token) && !token.tags.has('Noun') && !isParticiple(token)) ||
      /[;:—–]/.test(token.post)
    )
      break;
  }
  return undefined;
}
