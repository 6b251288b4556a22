/**
 * Events from verbs: "Ukraine accuses Russia", "South Africa … was sanctioned by the Trump
 * administration", "Russia and Ukraine agree", "officials from five states gathered in London",
 * "withdrew the US from a treaty with Iran". Nouns are read in `nounEvents.ts`, and what the
 * sentence adds across triggers in `inferences.ts`.
 */
import { isBody } from './actors';
import { type Argument, afterPreposition, objectAfter, subjectOf, verbGroup } from './arguments';
import type { CodingContext } from './context';
import { type Frame, emit } from './frames';
import { endorsements, judgements, mergedAttacks, responsibilities } from './inferences';
import { meetingAt, meetingSlot, venueAfter } from './meetings';
import { clauseCues, cuesOf } from './modality';
import { nounFrame } from './nounEvents';
import {
  CONDEMNING,
  WITHDRAWAL,
  accuserOf,
  attackerOf,
  concessionTarget,
  conditionActors,
  dealLeft,
  partiesOfObject,
} from './targets';
import { type TriggerMatch, findTriggers } from './triggers';
import type { SentenceView, Slot } from './view';

/** Every event the triggers of a sentence report, as candidates in the context. */
export function codeEvents(view: SentenceView, context: CodingContext): void {
  const frames: Frame[] = [];
  for (const match of findTriggers(view)) {
    const frame =
      match.entry.pos === 'verb'
        ? verbFrame(view, match, context)
        : nounFrame(view, match, context);
    if (frame) frames.push(frame);
  }
  frames.push(...mergedAttacks(frames), ...endorsements(view, frames), ...judgements(view));
  const attacked = frames
    .filter((frame) => frame.entry.type === 'ASSAULT' && frame.target)
    .flatMap((frame) => frame.target?.slots.map((slot) => slot.actorId) ?? []);
  if (attacked.length > 0) context.discourse.lastAttackTargets = [...new Set(attacked)];
  const attackers = frames
    .filter((frame) => frame.entry.type === 'ASSAULT' && frame.source && !frame.allegedBy)
    .flatMap((frame) => frame.source?.slots.map((slot) => slot.actorId) ?? []);
  if (attackers.length > 0) context.discourse.lastAttackSources = [...new Set(attackers)];
  frames.push(...responsibilities(view, context, frames));
  for (const frame of frames) emit(view, context, frame);
}

function verbFrame(
  view: SentenceView,
  match: TriggerMatch,
  context: CodingContext,
): Frame | undefined {
  const { entry } = match;
  const group = verbGroup(view, match.from);
  const modality = { ...clauseCues(view, match.from), ...cuesOf(group.words) };
  const subject = subjectOf(view, match.from);
  let target: Argument | undefined;
  for (const slot of entry.targets) {
    target ??=
      slot === 'object'
        ? objectAfter(view, match.to)
        : afterPreposition(view, match.to, slot.slice(5));
  }
  let source = subject;
  let how = 'subject and object';
  let base = 0.85;
  if (group.passive) {
    source = afterPreposition(view, match.to, 'by', 6);
    target = subject;
    how = 'passive: “by” names who acts';
    base = 0.8;
  }
  if (
    target &&
    source &&
    target.slots.every((slot) => source?.slots.some((own) => own.actorId === slot.actorId))
  ) {
    target = undefined;
  }
  const complement = view.tokens[match.to]?.word === 'that';
  if (!target && (entry.conditional || (entry.type === 'THREATEN' && !complement))) {
    target = conditionActors(view, match.to, source);
    how = 'the condition names who is threatened';
    base = 0.6;
  }
  if (entry.conditional && !target) return undefined;
  if (!target && CONDEMNING.has(entry.type)) {
    // "condemned the operation", "The operation was condemned by …": its attacker, met before.
    const attacker = attackerOf(
      view,
      context,
      group.passive ? group.start - 1 : match.to,
      group.passive,
    );
    if (attacker) {
      target = attacker;
      how = 'the attack it is aimed at was made by them';
      base = 0.55;
    }
  }
  if (!target && !group.passive && entry.targets.includes('object')) {
    target = partiesOfObject(view, match.to);
    how = 'the parties of what it is aimed at';
    base = 0.6;
  }
  const deal = entry.type === 'RETREAT' ? dealLeft(view, match.to) : undefined;
  if (deal) {
    // "withdrew the US from a treaty with Iran": leaving a deal rejects the other party.
    const own = objectAfter(view, match.to);
    const party = own?.slots.every((slot) => isBody(context.registry.get(slot.actorId)))
      ? own
      : source;
    return {
      entry: WITHDRAWAL,
      from: match.from,
      to: match.to,
      source: party,
      target: deal,
      modality,
      how: 'leaving a deal with them',
      base: 0.65,
      notes: [
        `“${view.tokens[match.from]?.text ?? ''}” from a deal: a rejection of the other party.`,
      ],
    };
  }
  if (!target && entry.type === 'REJECT') {
    target = concessionTarget(view);
    how = 'what is refused is conceding to them';
    base = 0.55;
  }
  if (
    entry.meetingOnly &&
    !target?.slots.every((slot) => context.registry.get(slot.actorId)?.kind === 'meeting')
  ) {
    return undefined;
  }
  const frame: Frame = { entry, from: match.from, to: match.to, modality, how, base, notes: [] };
  const accuser = accuserOf(view, match.from, subject);
  if (accuser) {
    frame.allegedBy = accuser;
    frame.notes.push('What someone is accused of is their accuser’s claim.');
  }
  if (!target && source && ['will', 'would', "'ll"].includes(modality.planned ?? '')) {
    // "warned that it would veto the plan unless Ukraine agrees": a warning, not a plan.
    const warned = conditionActors(view, match.to, source);
    if (warned) {
      return {
        ...frame,
        entry: { ...entry, type: 'THREATEN' },
        source,
        target: warned,
        how: 'an act announced unless a condition is met',
        base: 0.6,
        notes: [
          `“${modality.planned ?? ''} … ${entry.lemma}” under a condition: a threat, not an act (${entry.type} proposed as THREATEN).`,
        ],
      };
    }
  }
  if (!target && !entry.directed && source && source.slots.length >= 2) {
    return source.slots.length >= 3 && entry.type === 'CONSULT'
      ? meetingFrame(view, context, frame, source)
      : {
          ...frame,
          pairs: pairsOf(source.slots),
          how: 'the parties named together as its subject',
          base: 0.75,
        };
  }
  if (source) frame.source = source;
  if (target) frame.target = target;
  return frame;
}

/** Three or more parties meet: each attends one meeting, known by its venue. */
function meetingFrame(
  view: SentenceView,
  context: CodingContext,
  frame: Frame,
  parties: Argument,
): Frame {
  const named = view.slots.find(
    (slot) =>
      slot.from >= frame.to &&
      slot.from < frame.to + 8 &&
      context.registry.get(slot.actorId)?.kind === 'meeting',
  );
  if (named) {
    return {
      ...frame,
      source: parties,
      target: { slots: [named], link: named.via, from: named.from },
      how: `${parties.slots.length} parties met together; each is linked to one meeting rather than to each other`,
      base: 0.75,
      directed: true,
    };
  }
  const venue = venueAfter(view, frame.to, 8);
  const names = parties.slots.map(
    (slot) => context.registry.get(slot.actorId)?.label ?? slot.actorId,
  );
  const meeting = meetingAt(
    context,
    venue,
    `Meeting of ${names.slice(0, 2).join(', ')} and others`,
  );
  const from = venue?.from ?? frame.from;
  const to = venue?.to ?? frame.to;
  const span = { start: view.tokens[frame.from]?.start ?? 0, end: view.tokens[to - 1]?.end ?? 0 };
  context.registry.mention(meeting, span, 'name', false);
  return {
    ...frame,
    source: parties,
    target: { slots: [meetingSlot(meeting, from, to)], link: 'name', from },
    how: `${parties.slots.length} parties met together; each is linked to one meeting rather than to each other`,
    base: 0.75,
    directed: true,
  };
}

function pairsOf(slots: readonly Slot[]): [Slot, Slot][] {
  const pairs: [Slot, Slot][] = [];
  for (let i = 0; i < slots.length; i++) {
    for (let j = i + 1; j < slots.length; j++) pairs.push([slots[i] as Slot, slots[j] as Slot]);
  }
  return pairs;
}
