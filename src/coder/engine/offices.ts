/** Offices held: "appointed to head its Security Council", "served as Russia's defence minister". */
import { type ActorRecord, isBody, isPerson } from './actors';
import { subjectOf, verbGroup } from './arguments';
import type { CodingContext } from './context';
import type { Tie } from './ties';
import type { TitlePhrase } from './titles';
import { type SentenceView, wordsOf } from './view';

export const HEAD = new Set([
  'head',
  'heads',
  'headed',
  'heading',
  'lead',
  'leads',
  'led',
  'leading',
  'chair',
  'chairs',
  'chaired',
  'chairing',
]);
const SERVE = new Set([
  'served',
  'serves',
  'serving',
  'serve',
  'appointed',
  'named',
  'elected',
  'became',
  'become',
  'becomes',
]);
/** "appointed to head its Security Council", "Putin, who leads the party". */
export function heads(view: SentenceView, context: CodingContext, at: number): Tie[] {
  let k = at + 1;
  while (k < view.tokens.length && !view.slotAt[k] && view.tokens[k]?.tags.has('Adjective')) k++;
  let body = view.slotAt[k];
  // "its powerful Security Council": the possessive belongs to the body that follows.
  if (body && view.tokens[body.to - 1]?.possessive) {
    k = body.to;
    while (k < view.tokens.length && !view.slotAt[k] && view.tokens[k]?.tags.has('Adjective')) k++;
    body = view.slotAt[k];
  }
  const person = subjectOf(view, at);
  const leader = person?.slots[0];
  if (
    !body ||
    !leader ||
    !isPerson(context.registry.get(leader.actorId)) ||
    !isBody(context.registry.get(body.actorId))
  )
    return [];
  const start = verbGroup(view, at).start;
  return [
    {
      type: 'LEADS',
      source: leader,
      target: body,
      from: start,
      to: body.to,
      trigger: [at, at + 1],
      rule: 'verb:LEADS',
      explanation: `“${view.tokens[at]?.text ?? ''}” with the body as object: the subject heads it.`,
      base: 0.75,
      sourceLink: person?.link ?? 'name',
    },
  ];
}

/** "served for over a decade as Russia's defence minister": an office, perhaps a past one. */
export function servedAs(
  view: SentenceView,
  context: CodingContext,
  titles: readonly TitlePhrase[],
): Tie[] {
  const ties: Tie[] = [];
  for (const title of titles) {
    const marker = view.slotAt[title.from - 1];
    if (!marker || view.tokens[marker.from - 1]?.word !== 'as') continue;
    let verb = marker.from - 2;
    while (verb >= 0 && verb > marker.from - 8 && !SERVE.has(view.tokens[verb]?.word ?? '')) verb--;
    if (verb < 0 || !SERVE.has(view.tokens[verb]?.word ?? '')) continue;
    const subject = subjectOf(view, verb);
    const person = subject?.slots[0];
    const state: ActorRecord | undefined = context.registry.get(marker.actorId);
    if (!person || !isPerson(context.registry.get(person.actorId)) || !isBody(state)) continue;
    ties.push({
      type: title.entry.tie,
      source: person,
      target: marker,
      from: verb,
      to: title.to,
      trigger: [title.from, title.to],
      rule: `served-as:${title.entry.tie}`,
      explanation: `“as ${wordsOf(context.text, view, marker.from, title.to)}”: an office held.`,
      base: 0.7,
      sourceLink: subject?.link ?? 'name',
      notes: view.tokens[verb]?.tags.has('PastTense')
        ? [`“${view.tokens[verb]?.text ?? ''}” may describe an office held in the past.`]
        : [],
    });
  }
  return ties;
}
