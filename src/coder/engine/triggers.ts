/**
 * Finds the lexicon's trigger words in a sentence. A word that is both a verb and a noun
 * ("strikes", "attacks", "demands") is read by its neighbours: after "the", an adjective or a
 * demonym it is a noun ("Russian strikes"); after a name, a pronoun or an auxiliary, a verb
 * ("Russia strikes Kyiv").
 */
import { AUXILIARIES, DETERMINERS, is } from './grammar';
import { LEXICON, type LexiconEntry } from './lexicon';
import type { Token } from './tokens';
import type { SentenceView } from './view';

export interface TriggerMatch {
  entry: LexiconEntry;
  /** Word range of the trigger, `to` exclusive. */
  from: number;
  to: number;
}

interface Form {
  words: string[];
  entry: LexiconEntry;
}

let formsByFirstWord: Map<string, Form[]> | undefined;

function index(): Map<string, Form[]> {
  if (formsByFirstWord) return formsByFirstWord;
  const map = new Map<string, Form[]>();
  for (const entry of LEXICON) {
    for (const form of entry.forms) {
      const words = form.split(' ');
      const first = words[0] as string;
      const list = map.get(first) ?? [];
      list.push({ words, entry });
      map.set(first, list);
    }
  }
  // Longest forms first, so "call on" wins over "call".
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  formsByFirstWord = map;
  return map;
}

const PRONOUN_SUBJECTS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'who', 'which']);

/** The triggers of a sentence, in order, never overlapping a name. */
export function findTriggers(view: SentenceView): TriggerMatch[] {
  const forms = index();
  const found: TriggerMatch[] = [];
  const { tokens } = view;
  for (let i = 0; i < tokens.length; i++) {
    if (view.slotAt[i]) continue;
    const candidates = forms.get((tokens[i] as Token).word);
    if (!candidates) continue;
    const matching = candidates.filter((form) => matchesAt(view, i, form.words));
    if (matching.length === 0) continue;
    const longest = (matching[0] as Form).words.length;
    const options = matching.filter((form) => form.words.length === longest);
    const nounish = readsAsNoun(view, i);
    const chosen =
      options.find((form) => (form.entry.pos === 'noun') === nounish) ??
      (options.length === 1 && acceptsAlone(view, i, (options[0] as Form).entry, nounish)
        ? options[0]
        : undefined);
    if (!chosen) continue;
    found.push({ entry: chosen.entry, from: i, to: i + longest });
    i += longest - 1;
  }
  return found;
}

function matchesAt(view: SentenceView, at: number, words: readonly string[]): boolean {
  return words.every((word, k) => {
    const token = view.tokens[at + k];
    return token !== undefined && token.word === word && !view.slotAt[at + k];
  });
}

/** Whether the word at `i` reads as a noun by what stands before it. */
export function readsAsNoun(view: SentenceView, i: number): boolean {
  const token = view.tokens[i] as Token;
  const before = view.tokens[i - 1];
  if (!before) return !token.tags.has('Verb');
  const slot = view.slotAt[i - 1];
  // "Russian strikes", "Russia's strikes", "of United States sanctions"; but "Russia strikes Kyiv".
  if (slot) {
    const opener = view.tokens[slot.from - 1];
    return (
      slot.via === 'demonym' ||
      before.possessive ||
      (opener !== undefined && (is(opener, DETERMINERS) || opener.tags.has('Preposition')))
    );
  }
  if (PRONOUN_SUBJECTS.has(before.word) || is(before, AUXILIARIES) || before.word === 'to') {
    return before.word === 'to' && token.tags.has('Noun') && !token.tags.has('Verb');
  }
  if (before.possessive || is(before, DETERMINERS)) return true;
  // "of encouraging", "while accusing": after a preposition an -ing word is a verb.
  if (before.tags.has('Preposition') && token.word.endsWith('ing')) return false;
  if (before.tags.has('Adjective') || before.tags.has('Value')) return true;
  if (before.tags.has('Noun') && !before.tags.has('Pronoun') && !/[,;:]/.test(before.post))
    return true;
  return !token.tags.has('Verb');
}

/** A word the lexicon has only as a verb, or only as a noun, read where it stands. */
function acceptsAlone(
  view: SentenceView,
  i: number,
  entry: LexiconEntry,
  nounish: boolean,
): boolean {
  const token = view.tokens[i] as Token;
  const before = view.tokens[i - 1];
  if (entry.pos === 'verb') {
    // "the press", "a back channel": a determiner makes a noun of it.
    if (before && (is(before, DETERMINERS) || before.possessive)) return false;
    return (
      token.tags.has('Verb') ||
      !nounish ||
      (before?.tags.has('Preposition') === true && token.word.endsWith('ing'))
    );
  }
  // "to deal with" is a verb: handling someone is no deal with them.
  if (before && (before.word === 'to' || is(before, AUXILIARIES))) return false;
  return true;
}
