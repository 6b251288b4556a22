/**
 * Where a verb's target stands when it is not its object: in a condition ("… unless Ukraine
 * agrees"), in what the object is about ("the memoranda between Turkey and Libya"), in a deal
 * left ("from the treaty with Iran"), in a concession refused ("conceding Crimea to Russia"), or
 * in an attack met before ("condemned the operation"). And who claims what someone is accused of.
 */
import { type Argument, afterPreposition, subjectOf } from './arguments';
import type { CodingContext } from './context';
import { CONDITIONS, SUBORDINATORS, commaAfter, is, isVerb } from './grammar';
import { LEXICON, type LexiconEntry } from './lexicon';
import { clauseAround } from './modality';
import type { SentenceView } from './view';

const CONCESSIONS = new Set([
  'concede',
  'concedes',
  'conceded',
  'conceding',
  'cede',
  'cedes',
  'ceded',
  'ceding',
  'concessions',
  'concession',
]);
export const CONDEMNING = new Set(['ACCUSE', 'PROTEST', 'SANCTION']);
const ATTACK_WORDS = new Set(
  'attack attacks strike strikes offensive invasion operation incursion bombing bombings shelling raid raids assault'.split(
    ' ',
  ),
);

/** The attacker of "the operation" at `at` (after the verb, or before it in a passive). */
export function attackerOf(
  view: SentenceView,
  context: CodingContext,
  at: number,
  before: boolean,
): Argument | undefined {
  const sources = context.discourse.lastAttackSources;
  if (!sources) return undefined;
  const adjective = (k: number) => {
    const token = view.tokens[k];
    if (!token || view.slotAt[k] || token.capitalized) return false;
    return token.tags.has('Adjective') || (before && token.tags.has('Noun'));
  };
  let noun = before ? at : at + 1;
  let article = before ? at - 1 : at;
  if (before) while (article > 0 && adjective(article)) article--;
  else while (noun < view.tokens.length && adjective(noun)) noun++;
  const head = view.tokens[noun];
  if (!head || !ATTACK_WORDS.has(head.word) || view.slotAt[noun]) return undefined;
  if (!/^(the|this|that|its|their)$/.test(view.tokens[article]?.word ?? '')) return undefined;
  const slots = sources.map((actorId) => ({
    actorId,
    from: noun,
    to: noun + 1,
    via: 'pronoun' as const,
  }));
  return { slots, link: 'inherited', from: noun };
}

const ACCUSING = new Set([
  'accuse',
  'accused',
  'accuses',
  'accusing',
  'blame',
  'blamed',
  'blames',
  'blaming',
  'criticised',
  'criticized',
  'condemned',
]);

/** "accusing European hawks of encouraging Zelenskyy": who says they encourage him. */
export function accuserOf(
  view: SentenceView,
  at: number,
  subject: Argument | undefined,
): string | undefined {
  const before = view.tokens[at - 1]?.word;
  if (!subject || (before !== 'of' && before !== 'for')) return undefined;
  const verb = subject.from - 1;
  if (!ACCUSING.has(view.tokens[verb]?.word ?? '')) return undefined;
  return subjectOf(view, verb)?.slots[0]?.actorId;
}

/** The actors of an "if" or "unless" clause after word `at`, other than the source. */
export function conditionActors(
  view: SentenceView,
  at: number,
  source: Argument | undefined,
): Argument | undefined {
  for (let k = at; k < view.tokens.length; k++) {
    // A condition of this clause, not of the next one: "… table, Shoigu said … if …".
    if (k > at && commaAfter(view.tokens[k - 1]) && !is(view.tokens[k], CONDITIONS))
      return undefined;
    if (!is(view.tokens[k], CONDITIONS)) continue;
    let end = clauseAround(view, k + 1)[1];
    for (let i = k + 1; i < end; i++) if (commaAfter(view.tokens[i])) end = i + 1;
    const own = new Set(source?.slots.map((slot) => slot.actorId));
    const slots = view.slots.filter(
      (slot) => slot.from > k && slot.to <= end && !own.has(slot.actorId),
    );
    const heads = slots.filter((slot) => !view.tokens[slot.to - 1]?.possessive);
    return heads.length > 0 ? { slots: heads, link: 'name', from: k } : undefined;
  }
  return undefined;
}

/** "denounced the memoranda between Turkey and Libya", "rejected the demands of Russia". */
export function partiesOfObject(view: SentenceView, at: number): Argument | undefined {
  for (let k = at; k < Math.min(view.tokens.length, at + 8); k++) {
    const token = view.tokens[k];
    if (!token || view.slotAt[k] || is(token, SUBORDINATORS) || /[;:—–]/.test(token.post))
      return undefined;
    if (k > at && isVerb(token) && !token.tags.has('Noun')) return undefined;
    if (token.word !== 'between' && token.word !== 'of') continue;
    const parties = afterPreposition(view, k, token.word, 1);
    if (!parties) continue;
    const own = parties.slots.filter(
      (slot) => !view.tokens[slot.to - 1]?.possessive || parties.slots.length === 1,
    );
    return own.length > 0 ? { slots: own, link: 'modifier', from: parties.from } : undefined;
  }
  return undefined;
}

const DEALS = new Set(['deal', 'treaty', 'agreement', 'accord', 'pact', 'talks', 'negotiations']);
export const WITHDRAWAL: LexiconEntry = {
  ...(LEXICON.find((entry) => entry.id === 'lexicon:REJECT:reject') as LexiconEntry),
  id: 'rule:withdraw-from-deal',
  lemma: 'withdraw',
};

/** The other party of the deal after "from": "from a nuclear treaty with Iran". */
export function dealLeft(view: SentenceView, at: number): Argument | undefined {
  for (let k = at; k < Math.min(view.tokens.length, at + 10); k++) {
    const token = view.tokens[k];
    if (!token || is(token, SUBORDINATORS) || /[;:—–]/.test(token.post)) return undefined;
    if (!DEALS.has(token.word) || !view.tokens.slice(at, k).some((word) => word.word === 'from'))
      continue;
    return afterPreposition(view, k + 1, 'with', 2);
  }
  return undefined;
}

/** "firm on …, despite speculation about conceding Crimea to Russia": the refusal is to Russia. */
export function concessionTarget(view: SentenceView): Argument | undefined {
  for (let k = 0; k < view.tokens.length; k++) {
    if (CONCESSIONS.has(view.tokens[k]?.word ?? '')) return afterPreposition(view, k + 1, 'to', 5);
  }
  return undefined;
}
