/**
 * Standing ties the text states in passing: "its ally Belarus" (ALLY_OF), "which has close ties
 * with Russia through BRICS" (TIES_WITH, and both MEMBER_OF BRICS), "NATO member Poland" and "a
 * member of the EU" (MEMBER_OF), "its Security Council" (PART_OF), "appointed to head its
 * Security Council" (LEADS), "served as Russia's defence minister" (OFFICIAL_OF).
 */
import { isBody } from './actors';
import type { CodingContext } from './context';
import { alliesSuchAs, closeTies, memberOf } from './membership';
import { HEAD, heads, servedAs } from './offices';
import { type Tie, push } from './ties';
import type { TitlePhrase } from './titles';
import { type SentenceView, type Slot, wordsOf } from './view';

const ALLY = new Set(['ally', 'allies', 'partner']);
const TIES = new Set(['ties', 'relations', 'links']);
const MEMBER = new Set(['member', 'members']);

/** Finds the standing ties of one sentence. */
export function codeStandingTies(
  view: SentenceView,
  context: CodingContext,
  titles: readonly TitlePhrase[],
): void {
  const actor = (slot: Slot | undefined) => (slot ? context.registry.get(slot.actorId) : undefined);
  const ties: Tie[] = [];
  view.tokens.forEach((token, i) => {
    const before = view.slotAt[i - 1];
    const after = view.slotAt[i + 1];
    if (
      ALLY.has(token.word) &&
      before &&
      after &&
      view.tokens[i - 1]?.possessive &&
      isBody(actor(before)) &&
      isBody(actor(after))
    ) {
      ties.push({
        type: 'ALLY_OF',
        source: before,
        target: after,
        from: before.from,
        to: after.to,
        trigger: [i, i + 1],
        rule: 'apposition:ally',
        explanation: `“${wordsOf(context.text, view, before.from, after.to)}”: one is called the other's ally.`,
        base: 0.8,
      });
    }
    if (
      MEMBER.has(token.word) &&
      before &&
      after &&
      !view.tokens[i - 1]?.possessive &&
      actor(before)?.kind === 'bloc' &&
      isBody(actor(after))
    ) {
      ties.push({
        type: 'MEMBER_OF',
        source: after,
        target: before,
        from: before.from,
        to: after.to,
        trigger: [i, i + 1],
        rule: 'membership:compound',
        explanation: `“${wordsOf(context.text, view, before.from, after.to)}” names a member of the bloc.`,
        base: 0.8,
      });
    }
    if (MEMBER.has(token.word) && view.tokens[i + 1]?.word === 'of')
      ties.push(...memberOf(view, context, i));
    const tiedTo = view.tokens[i + 1]?.word === 'with' || view.tokens[i + 1]?.word === 'to';
    if (
      (TIES.has(token.word) && tiedTo) ||
      (token.word === 'aligned' && view.tokens[i + 1]?.word === 'with')
    ) {
      ties.push(...closeTies(view, context, i));
    }
    if (token.word === 'allies' && /^(such|including|like)$/.test(view.tokens[i + 1]?.word ?? '')) {
      ties.push(...alliesSuchAs(view, context, i));
    }
    if (HEAD.has(token.word) && token.tags.has('Verb')) ties.push(...heads(view, context, i));
  });
  for (const slot of view.slots) {
    const org = actor(slot);
    if (
      org?.kind !== 'organization' ||
      (org.known?.kind === 'organization' && org.known.entry.partOf)
    )
      continue;
    let k = slot.from - 1;
    while (k >= 0 && !view.slotAt[k] && view.tokens[k]?.tags.has('Adjective')) k--;
    const owner = view.slotAt[k];
    if (owner && view.tokens[k]?.possessive && actor(owner)?.kind === 'state') {
      org.partOf ??= owner.actorId;
      ties.push({
        type: 'PART_OF',
        source: slot,
        target: owner,
        from: owner.from,
        to: slot.to,
        trigger: [owner.from, owner.to],
        rule: 'possessive:part-of',
        explanation: `“${wordsOf(context.text, view, owner.from, slot.to)}”: a body that belongs to the state.`,
        base: 0.75,
      });
    }
  }
  ties.push(...servedAs(view, context, titles));
  for (const tie of ties) push(view, context, tie);
}
