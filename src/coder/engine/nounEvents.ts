/**
 * Events from nouns: "peace talks between Russia and Ukraine", "Russian strikes", "his visit to
 * South Africa", "he has a deal with both Putin and Zelenskyy", "a proposal to both the Russians
 * and the Ukrainians", "during a meeting". A noun names who acts by a possessive or demonym
 * ("Russian strikes"), by "by"/"from", or through the verb that carries it ("has a deal",
 * "issued a proposal"); a noun in "during a meeting" is the clause's own parties meeting.
 */
import { isBody } from './actors';
import { type Argument, afterPreposition, objectAfter, subjectOf, verbGroup } from './arguments';
import { attributionOf } from './attribution';
import type { CodingContext } from './context';
import type { Frame } from './frames';
import { isNounish, isVerb, previousVisible } from './grammar';
import { type Modality, clauseAround, clauseCues, cuesOf } from './modality';
import type { Token } from './tokens';
import type { TriggerMatch } from './triggers';
import { type SentenceView, type Slot } from './view';

const LIGHT = new Set(
  (
    'have has had having hold holds held holding issue issues issued make makes made launch ' +
    'launches launched conduct conducts conducted carry carried sign signs signed reach reaches ' +
    'reached impose imposes imposed announce announced send sends sent deliver delivers delivered ' +
    'provide provides provided offer offers offered begin began start starts started resume ' +
    'resumed seal sealed strike struck pledge pledged extend extended unveil unveiled level enter ' +
    'entered ' +
    'levelled leveled lodge lodged submit submitted present presented table tabled'
  ).split(' '),
);
const TEMPORAL = new Set(['during', 'after', 'before', 'at', 'following', 'ahead']);

/** The frame a trigger noun reports, or undefined when it names no one. */
export function nounFrame(
  view: SentenceView,
  match: TriggerMatch,
  context: CodingContext,
): Frame | undefined {
  const { entry } = match;
  const start = phraseStart(view, match.from);
  let modality: Modality = clauseCues(view, match.from);
  const frame: Frame = {
    entry,
    from: match.from,
    to: match.to,
    modality,
    how: '',
    base: 0.6,
    notes: [],
  };
  const between = entry.between ? afterPreposition(view, match.to, 'between', 2) : undefined;
  if (between && between.slots.length >= 2) {
    const [first, second] = between.slots as [Slot, Slot];
    context.discourse.lastPair = [first.actorId, second.actorId];
    return { ...frame, pairs: [[first, second]], how: '“between” names both parties', base: 0.75 };
  }
  let source: Argument | undefined;
  let target: Argument | undefined;
  for (const slot of entry.sources ?? [])
    source ??= afterPreposition(view, match.to, slot.slice(5), 2);
  for (let k = start; k < match.from; k++) {
    const slot = view.slotAt[k];
    if (!slot || slot.from !== k) continue;
    const possessive = view.tokens[slot.to - 1]?.possessive === true;
    if (
      entry.journey &&
      !possessive &&
      slot.via !== 'demonym' &&
      isBody(context.registry.get(slot.actorId))
    ) {
      target = { slots: [slot], link: slot.via, from: slot.from };
    } else if (possessive || slot.via === 'demonym' || isBody(context.registry.get(slot.actorId))) {
      source ??= {
        slots: [slot],
        link: slot.via === 'pronoun' ? 'pronoun' : 'modifier',
        from: slot.from,
      };
    }
  }
  for (const slot of entry.targets) {
    if (slot !== 'object') target ??= afterPreposition(view, match.to, slot.slice(5), 3);
  }
  let how = source ? 'its qualifier acts' : '';
  let governing = previousVisible(view, start - 1, view.paren[match.from] ?? -1);
  // "entered into an agreement": the verb before its particle carries the noun.
  if (view.tokens[governing]?.word === 'into' && LIGHT.has(view.tokens[governing - 1]?.word ?? ''))
    governing--;
  const verb = view.tokens[governing];
  if (!source && verb && LIGHT.has(verb.word) && (isVerb(verb) || verb.word.startsWith('ha'))) {
    source = subjectOf(view, governing);
    modality = { ...modality, ...cuesOf(verbGroup(view, governing).words) };
    how = `“${verb.text} … ${view.tokens[match.from]?.text ?? ''}”: the subject of “${verb.text}”`;
    frame.base = 0.75;
  } else if (verb && TEMPORAL.has(verb.word)) {
    const main = verbBefore(view, governing);
    if (main >= 0) {
      source ??= subjectOf(view, main);
      modality = { ...modality, ...cuesOf(verbGroup(view, main).words) };
      if (!target) target = objectAfter(view, main + 1);
      how = `“${verb.text} the ${entry.lemma}”: the parties of the clause`;
      frame.base = 0.6;
    }
  } else if (entry.journey && !source) {
    source = journeySubject(view, context, match.from);
    how = 'the traveller is the subject of the clause';
  }
  if (!target) target = sufferer(view, start);
  if (!target) {
    const sides = bothSides(view, context, match.to);
    if (sides && !source)
      return {
        ...frame,
        modality,
        pairs: sides,
        how: '“both sides”: each side against the other',
        base: 0.5,
      };
  }
  if (!source && target && !entry.directed) {
    // "he implied that a deal with Zelenskyy remains elusive": the speaker's own deal.
    const attribution = attributionOf(view, start);
    const speaker = attribution.allegedBy ?? attribution.reportedBy;
    const slot = view.slots.find((candidate) => candidate.actorId === speaker);
    if (slot) source = { slots: [slot], link: 'inherited', from: slot.from };
    how = 'the speaker is a party';
    frame.base = 0.5;
    frame.attributionFrom = start;
  }
  if (source && !target && !entry.directed && source.slots.length === 2) {
    // "France and Germany signed an agreement", "Japan and South Korea held talks".
    const [first, second] = source.slots as [Slot, Slot];
    return {
      ...frame,
      modality,
      pairs: [[first, second]],
      how: 'the two parties named as its subject',
      base: 0.7,
    };
  }
  frame.modality = modality;
  frame.how = how || 'its target follows it';
  if (source) frame.source = source;
  if (target) frame.target = target;
  return source || target ? frame : undefined;
}

/** Where the noun phrase of the noun at `at` starts: "a very explicit proposal", "Russian strikes". */
function phraseStart(view: SentenceView, at: number): number {
  let k = at - 1;
  while (k >= 0) {
    const token = view.tokens[k] as Token;
    if (/[,;:—–]/.test(token.post)) break;
    const slot = view.slotAt[k];
    if (slot) {
      k = slot.from - 1;
      continue;
    }
    const opener = view.tokens[k - 1];
    const prenominal =
      isVerb(token) &&
      (token.tags.has('PastTense') || token.tags.has('Participle')) &&
      k === at - 1 &&
      opener !== undefined &&
      !view.slotAt[k - 1] &&
      (opener.tags.has('Determiner') ||
        opener.tags.has('Adjective') ||
        opener.tags.has('Preposition'));
    if (!isNounish(token) && !token.tags.has('Adverb') && !prenominal) break;
    if (isVerb(token) && !token.tags.has('Noun') && !prenominal) break;
    k--;
  }
  return k + 1;
}

function verbBefore(view: SentenceView, at: number): number {
  for (let k = at - 1; k >= 0; k--) {
    const token = view.tokens[k] as Token;
    if (!view.slotAt[k] && isVerb(token) && !token.tags.has('Auxiliary')) return k;
  }
  return -1;
}

/** "Zelensky returns from South Africa trip": the first person of the clause travels. */
function journeySubject(
  view: SentenceView,
  context: CodingContext,
  at: number,
): Argument | undefined {
  const main = verbBefore(view, at);
  const subject = main >= 0 ? subjectOf(view, main) : undefined;
  if (subject) return subject;
  const [clauseStart] = clauseAround(view, at);
  const slot = view.slots.find((candidate) => candidate.from >= clauseStart && candidate.from < at);
  const actor = slot ? context.registry.get(slot.actorId) : undefined;
  return slot && actor && !isBody(actor)
    ? { slots: [slot], link: slot.via, from: slot.from }
    : undefined;
}

const UNDERGO = new Set([
  'face',
  'faces',
  'faced',
  'facing',
  'suffer',
  'suffers',
  'suffered',
  'endure',
  'endured',
  'under',
]);
const SUFFERERS = new Set(['subject', 'target', 'victim']);

/** "Mahan has been the subject of US sanctions", "Iran faces sanctions": the one it falls on. */
function sufferer(view: SentenceView, start: number): Argument | undefined {
  const before = view.tokens[start - 1];
  if (before?.word === 'of' && SUFFERERS.has(view.tokens[start - 2]?.word ?? '')) {
    let copula = start - 3;
    if (view.tokens[copula]?.tags.has('Determiner')) copula--;
    const verb = view.tokens[copula];
    return verb && (verb.tags.has('Copula') || /^(been|is|was|be|are|were|became)$/.test(verb.word))
      ? subjectOf(view, copula)
      : undefined;
  }
  if (before && UNDERGO.has(before.word)) {
    const verb = before.word === 'under' ? verbBefore(view, start - 1) : start - 1;
    return verb >= 0 ? subjectOf(view, verb) : undefined;
  }
  return undefined;
}

/** "strikes on both sides": each party of the last "between X and Y" against the other. */
function bothSides(
  view: SentenceView,
  context: CodingContext,
  at: number,
): [Slot, Slot][] | undefined {
  const words = view.tokens.slice(at, at + 3).map((token) => token.word);
  const reciprocal =
    (words[1] === 'both' && words[2] === 'sides') || (words[0] === 'each' && words[1] === 'other');
  const pair = context.discourse.lastPair;
  if (!reciprocal || !pair) return undefined;
  const [first, second] = pair;
  const slotOf = (actorId: string): Slot => ({
    actorId,
    from: at,
    to: Math.min(view.tokens.length, at + 3),
    via: 'pronoun',
  });
  return [
    [slotOf(first), slotOf(second)],
    [slotOf(second), slotOf(first)],
  ];
}
