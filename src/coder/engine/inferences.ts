/**
 * What a sentence says across its triggers: two mentions of one attack ("In the latest attacks
 * on Kiev, Russian strikes killed …"), backing a resolution that criticises someone, a speaker's
 * harsh judgement ("… has been more difficult to deal with"), and who is claimed or blamed for an
 * attack reported before ("claimed responsibility for the attacks", "blaming Iran for the attacks").
 */
import { type Argument, subjectOf } from './arguments';
import { attributionOf } from './attribution';
import type { CodingContext } from './context';
import type { Frame } from './frames';
import { BE } from './grammar';
import { LEXICON, type LexiconEntry } from './lexicon';
import type { SentenceView } from './view';

const HARSH = new Set(
  (
    'difficult irresponsible dangerous reckless unreliable hostile aggressive provocative dishonest ' +
    'unreasonable intransigent obstinate stubborn corrupt untrustworthy'
  ).split(' '),
);
const DEGREE = new Set(['more', 'very', 'too', 'increasingly', 'so', 'extremely', 'most', 'less']);
const EXPANDING = new Set(['ASSAULT', 'SANCTION', 'COERCE']);

/** "In the latest attacks on Kiev, Russian strikes killed …": one attack, source and target apart. */
export function mergedAttacks(frames: readonly Frame[]): Frame[] {
  const merged: Frame[] = [];
  for (const type of EXPANDING) {
    const plain = frames.filter(
      (frame) => frame.entry.type === type && !frame.pairs && clean(frame),
    );
    const withSource = plain.find((frame) => frame.source && !frame.target);
    const withTarget = plain.find((frame) => frame.target && !frame.source);
    if (!withSource?.source || !withTarget?.target) continue;
    merged.push({
      ...withSource,
      quoteFrom: Math.min(withSource.from, withTarget.from),
      quoteTo: Math.max(withSource.to, withTarget.to),
      target: withTarget.target,
      how: `the sentence names who acts with “${withSource.entry.lemma}” and the target with “${withTarget.entry.lemma}”`,
      base: 0.5,
      notes: ['Source and target come from two mentions of the same event in the sentence.'],
    });
  }
  return merged;
}

function clean(frame: Frame): boolean {
  const { modality } = frame;
  return (
    !modality.hypothetical &&
    !modality.negated &&
    !modality.possible &&
    !modality.refused &&
    !modality.threatened
  );
}

/** Backing a resolution that criticises Russia is criticising Russia too (at lower confidence). */
export function endorsements(view: SentenceView, frames: readonly Frame[]): Frame[] {
  const found: Frame[] = [];
  for (const support of frames) {
    if (
      support.entry.type !== 'SUPPORT' ||
      !support.source ||
      !support.target ||
      support.target.link !== 'modifier'
    )
      continue;
    const backed = new Set(support.target.slots.map((slot) => slot.actorId));
    for (const act of frames) {
      if (
        act === support ||
        !act.target ||
        !act.source?.slots.some((slot) => backed.has(slot.actorId))
      )
        continue;
      if (act.from <= support.to || act.from - support.to > 8) continue;
      found.push({
        ...act,
        source: support.source,
        how: `${view.tokens[support.from]?.text ?? 'backing'} what ${act.entry.lemma}s them`,
        base: 0.5,
        notes: [
          ...act.notes,
          'The source backs a text or body that does this; it is not said to do it in its own words.',
        ],
      });
    }
  }
  return found;
}

const ATTACK_NOUNS = new Set([
  'attack',
  'attacks',
  'strike',
  'strikes',
  'bombing',
  'bombings',
  'raid',
  'raids',
  'assault',
]);
const ATTACK: LexiconEntry = LEXICON.find(
  (entry) => entry.id === 'lexicon:ASSAULT:attack:noun',
) as LexiconEntry;

/**
 * "The Houthi movement claimed responsibility for the attacks", "blaming Iran for the attacks":
 * the attack the text reported before, by the one who claims it or is blamed for it.
 */
export function responsibilities(
  view: SentenceView,
  context: CodingContext,
  frames: readonly Frame[],
): Frame[] {
  const targets = context.discourse.lastAttackTargets;
  if (!targets) return [];
  const found: Frame[] = [];
  const attackAfter = (at: number) => {
    for (let k = at; k < Math.min(view.tokens.length, at + 4); k++)
      if (ATTACK_NOUNS.has(view.tokens[k]?.word ?? '')) return k;
    return -1;
  };
  const targetAt = (k: number): Argument => ({
    slots: targets.map((actorId) => ({ actorId, from: k, to: k + 1, via: 'pronoun' as const })),
    link: 'inherited',
    from: k,
  });
  view.tokens.forEach((token, i) => {
    if (!/^claim/.test(token.word) || view.tokens[i + 1]?.word !== 'responsibility') return;
    const attack = attackAfter(i + 2);
    const claimant = subjectOf(view, i);
    const who = claimant?.slots[0]?.actorId;
    if (attack < 0 || !claimant || !who) return;
    found.push({
      entry: ATTACK,
      from: attack,
      to: attack + 1,
      source: claimant,
      target: targetAt(attack),
      modality: {},
      how: 'it claimed responsibility for the attack reported before',
      base: 0.55,
      notes: [],
      allegedBy: who,
      quoteFrom: i,
    });
  });
  for (const frame of frames) {
    if (frame.entry.type !== 'ACCUSE' || !frame.source || !frame.target) continue;
    const end = Math.max(...frame.target.slots.map((slot) => slot.to));
    if (!['for', 'of'].includes(view.tokens[end]?.word ?? '')) continue;
    const attack = attackAfter(end + 1);
    const accuser = frame.source.slots[0]?.actorId;
    if (attack < 0 || !accuser) continue;
    found.push({
      entry: ATTACK,
      from: attack,
      to: attack + 1,
      source: frame.target,
      target: targetAt(attack),
      modality: {},
      how: `blamed for the attack reported before`,
      base: 0.5,
      notes: [],
      allegedBy: accuser,
      quoteFrom: frame.from,
    });
  }
  return found;
}

const JUDGEMENT: LexiconEntry = LEXICON.find(
  (entry) => entry.id === 'lexicon:ACCUSE:criticise',
) as LexiconEntry;

/** "X said … Y has been more difficult to deal with": the speaker's harsh judgement of Y. */
export function judgements(view: SentenceView): Frame[] {
  const found: Frame[] = [];
  view.tokens.forEach((token, i) => {
    if (!BE.has(token.word)) return;
    let k = i + 1;
    while (DEGREE.has(view.tokens[k]?.word ?? '')) k++;
    const adjective = view.tokens[k];
    if (!adjective || !HARSH.has(adjective.word)) return;
    const judged = subjectOf(view, i);
    if (!judged) return;
    const attribution = attributionOf(view, judged.from);
    const speaker = attribution.reportedBy ?? attribution.allegedBy;
    const speakerSlot = view.slots.find((slot) => slot.actorId === speaker);
    if (!speakerSlot) return;
    found.push({
      entry: { ...JUDGEMENT, id: 'judgement:ACCUSE', lemma: adjective.word },
      from: k,
      to: k + 1,
      source: { slots: [speakerSlot], link: 'inherited', from: speakerSlot.from },
      target: judged,
      modality: {},
      how: `a speaker calls them “${adjective.text}”`,
      base: 0.5,
      notes: ['A harsh judgement in reported speech, proposed as criticism.'],
    });
  });
  return found;
}
