/**
 * Membership, alliance and close ties: "a member of NATO", "its ally Belarus", "allies such as
 * Germany", "which has close ties with Russia through BRICS".
 */
import { isBody } from './actors';
import { type Argument, subjectOf } from './arguments';
import type { CodingContext } from './context';
import type { Tie } from './ties';
import { type SentenceView, type Slot, wordsOf } from './view';

export function memberOf(view: SentenceView, context: CodingContext, at: number): Tie[] {
  const bloc = view.slotAt[at + 2] ?? view.slotAt[at + 3];
  if (!bloc || !isBody(context.registry.get(bloc.actorId))) return [];
  let members: Argument | undefined;
  const before = view.tokens[at - 2];
  if (before && /,/.test(before.post) && view.slotAt[at - 2]) {
    const slot = view.slotAt[at - 2] as Slot;
    members = { slots: [slot], link: slot.via, from: slot.from };
  } else {
    const copula = at - 2;
    if (view.tokens[copula]?.tags.has('Copula')) members = subjectOf(view, copula);
  }
  return (members?.slots ?? []).map((member) => ({
    type: 'MEMBER_OF',
    source: member,
    target: bloc,
    from: Math.min(member.from, at),
    to: bloc.to,
    trigger: [at, at + 2],
    rule: 'membership:member-of',
    explanation: `“member of ${context.registry.get(bloc.actorId)?.label ?? ''}”`,
    base: 0.8,
  }));
}

/** "which has close ties with Russia through BRICS": ties, and both belong to the bloc. */
export function closeTies(view: SentenceView, context: CodingContext, at: number): Tie[] {
  const partner = view.slotAt[at + 2] ?? view.slotAt[at + 3];
  if (!partner) return [];
  let verb = at - 1;
  while (verb >= 0 && !view.tokens[verb]?.tags.has('Verb')) verb--;
  const subject = verb >= 0 ? subjectOf(view, verb) : undefined;
  const own = subject?.slots[0];
  if (!own || context.registry.get(own.actorId)?.kind === 'meeting') return [];
  const ties: Tie[] = [
    {
      type: 'TIES_WITH',
      source: own,
      target: partner,
      from: own.from,
      to: partner.to,
      trigger: [at - 1, at + 2],
      rule: 'relative:ties',
      explanation: `“${wordsOf(context.text, view, at - 1, partner.to)}”: close standing ties.`,
      base: 0.8,
      sourceLink: subject?.link ?? 'name',
    },
  ];
  const through =
    view.tokens[partner.to]?.word === 'through' ? view.slotAt[partner.to + 1] : undefined;
  if (through && context.registry.get(through.actorId)?.kind === 'bloc') {
    for (const member of [own, partner]) {
      ties.push({
        type: 'MEMBER_OF',
        source: member,
        target: through,
        from: own.from,
        to: through.to,
        trigger: [partner.to, partner.to + 1],
        rule: 'membership:through',
        explanation: `Ties “through ${wordsOf(context.text, view, through.from, through.to)}”: both belong to it.`,
        base: 0.7,
      });
    }
  }
  return ties;
}

/** "The US has been encouraging allies such as Germany": each is the subject's ally. */
export function alliesSuchAs(view: SentenceView, context: CodingContext, at: number): Tie[] {
  const owner = view.tokens[at - 1]?.possessive ? view.slotAt[at - 1] : undefined;
  let verb = at - 1;
  while (verb >= 0 && !(view.tokens[verb]?.tags.has('Verb') && !view.slotAt[verb])) verb--;
  const subject = owner
    ? { slots: [owner], link: owner.via, from: owner.from }
    : verb >= 0
      ? subjectOf(view, verb)
      : undefined;
  const partner = subject?.slots[0];
  if (!partner || !isBody(context.registry.get(partner.actorId))) return [];
  const start = at + (view.tokens[at + 1]?.word === 'such' ? 3 : 2);
  const allies: Slot[] = [];
  for (let k = start; k < view.tokens.length; k++) {
    const slot = view.slotAt[k];
    if (slot) {
      if (isBody(context.registry.get(slot.actorId))) allies.push(slot);
      k = slot.to - 1;
      if (
        !/,/.test(view.tokens[k]?.post ?? '') &&
        !/^(and|or)$/.test(view.tokens[k + 1]?.word ?? '')
      )
        break;
    } else if (!/^(and|or|the)$/.test(view.tokens[k]?.word ?? '')) break;
  }
  return allies.map((ally) => ({
    type: 'ALLY_OF',
    source: partner,
    target: ally,
    from: Math.min(partner.from, at),
    to: ally.to,
    trigger: [at, at + 1],
    rule: 'apposition:allies-such-as',
    explanation: `“allies such as ${context.registry.get(ally.actorId)?.label ?? ''}”: named as an ally.`,
    base: 0.7,
    sourceLink: subject?.link ?? 'name',
  }));
}
