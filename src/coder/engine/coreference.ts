/**
 * Words that stand for an actor named elsewhere: "he" and "his" (the nearest person before, or
 * the previous sentence's first), "its" (the nearest state or body), "the Trump administration"
 * (the state its leader leads), and inside a quotation "I" (the speaker) and "we" or "our
 * country" (the speaker's state).
 */
import { type ActorRecord, isBody, isPerson } from './actors';
import type { CodingContext } from './context';
import { BE } from './grammar';
import { tableActor } from './names';
import type { Token } from './tokens';
import { type SentenceView, type Slot, addSlot, removeSlot, spanOf } from './view';

const PERSON_PRONOUNS = new Set(['he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself']);
const BODY_PRONOUNS = new Set(['it', 'its', 'itself']);
const FIRST_PERSON = new Set(['i', 'me', 'my', 'myself']);
const FIRST_PLURAL = new Set(['we', "we've", "we're", "we'll", 'us', 'our', 'ourselves']);
const GOVERNMENT_WORDS = new Set(['administration', 'government', 'cabinet']);
const AGENCY_WORDS = new Set(['news agency', 'agency', 'newspaper', 'broadcaster', 'daily']);

/** Resolves third-person pronouns and "the X administration" in one sentence. */
export function resolveReferences(view: SentenceView, context: CodingContext): void {
  const { registry } = context;
  view.tokens.forEach((token, i) => {
    if (view.slotAt[i]) return;
    if (PERSON_PRONOUNS.has(token.text.toLowerCase())) {
      const person =
        nearest(view, i, context, isPerson) ??
        context.discourse.previousPersons[0] ??
        context.discourse.lastPerson;
      if (person) mark(view, context, person, i, i + 1, 'pronoun');
    } else if (BODY_PRONOUNS.has(token.word) && (token.word !== 'it' || actsAsSubject(view, i))) {
      const body =
        nearest(view, i, context, isBody) ??
        context.discourse.previousBodies[0] ??
        context.discourse.lastBody;
      if (body) mark(view, context, body, i, i + 1, 'pronoun');
    }
  });
  for (const slot of [...view.slots]) {
    const actor = registry.get(slot.actorId);
    const next = view.tokens[slot.to];
    if (isPerson(actor) && next && GOVERNMENT_WORDS.has(next.word)) {
      const state =
        actor?.offices[0]?.of ??
        (actor?.known?.kind === 'leader' ? actor.known.entry.of : undefined);
      const stateActor = state ? tableActor(context, state) : undefined;
      if (!stateActor) continue;
      const from = view.tokens[slot.from - 1]?.word === 'the' ? slot.from - 1 : slot.from;
      removeSlot(view, slot);
      mark(view, context, stateActor.id, from, slot.to + 1, 'metonym');
    } else if (actor?.kind === 'state') {
      stateGovernment(view, context, slot);
    } else if (isBody(actor) && actor) {
      nameAgency(view, context, slot, actor);
    }
  }
}

/** Inside a quotation, "I" is its speaker and "we" or "our country" the speaker's state. */
export function resolveFirstPerson(view: SentenceView, context: CodingContext): void {
  const speaker = view.speaker ? context.registry.get(view.speaker) : undefined;
  if (!speaker) return;
  const ours = isBody(speaker) ? speaker.id : (speaker.offices[0]?.of ?? knownState(speaker));
  view.tokens.forEach((token, i) => {
    if (!view.quoted[i] || view.slotAt[i]) return;
    const word = token.text.toLowerCase().replace(/’/g, "'");
    if (FIRST_PERSON.has(word) && isPerson(speaker))
      mark(view, context, speaker.id, i, i + 1, 'pronoun');
    else if (FIRST_PLURAL.has(word) && ours) {
      const country = view.tokens[i + 1]?.word === 'country' && word === 'our';
      mark(view, context, ours, i, country ? i + 2 : i + 1, 'pronoun');
    }
  });
}

/** Remembers who this sentence was about, for the pronouns of the next. */
export function rememberDiscourse(view: SentenceView, context: CodingContext): void {
  const { registry, discourse } = context;
  const persons: string[] = [];
  const bodies: string[] = [];
  if (view.speaker && isPerson(registry.get(view.speaker))) persons.push(view.speaker);
  for (const slot of view.slots) {
    const actor = registry.get(slot.actorId);
    if (isPerson(actor) && !persons.includes(slot.actorId)) persons.push(slot.actorId);
    if (isBody(actor) && !bodies.includes(slot.actorId)) bodies.push(slot.actorId);
  }
  if (persons.length > 0) {
    discourse.previousPersons = persons;
    discourse.lastPerson = persons[persons.length - 1];
  } else discourse.previousPersons = [];
  if (bodies.length > 0) {
    discourse.previousBodies = bodies;
    discourse.lastBody = bodies[bodies.length - 1];
  } else discourse.previousBodies = [];
}

function nearest(
  view: SentenceView,
  before: number,
  context: CodingContext,
  accept: (actor: ActorRecord | undefined) => boolean,
): string | undefined {
  for (let i = before - 1; i >= 0; i--) {
    const slot = view.slotAt[i];
    if (slot && accept(context.registry.get(slot.actorId))) return slot.actorId;
  }
  return undefined;
}

/** "it faces", "it is responding": a pronoun that acts; not "it is time" or "it is likely". */
function actsAsSubject(view: SentenceView, i: number): boolean {
  const next = view.tokens[i + 1];
  if (!next) return false;
  if (!BE.has(next.word)) return next.tags.has('Verb');
  const after = view.tokens[i + 2];
  return after !== undefined && (after.tags.has('Gerund') || after.word.endsWith('ing'));
}

function mark(
  view: SentenceView,
  context: CodingContext,
  actorId: string,
  from: number,
  to: number,
  via: Slot['via'],
): void {
  const actor = context.registry.get(actorId);
  if (!actor) return;
  addSlot(view, { actorId, from, to, via });
  context.registry.mention(actor, spanOf(view, from, to), via);
}

function knownState(actor: ActorRecord): string | undefined {
  return actor.known?.kind === 'leader' ? actor.known.entry.of : undefined;
}

const STATE_WORDS = new Set(['government', 'regime', 'authorities', 'leadership']);

/** "the Syrian government", "the government of Syria": the state itself. */
function stateGovernment(view: SentenceView, context: CodingContext, slot: Slot): void {
  const { tokens } = view;
  const next = tokens[slot.to];
  const of = tokens[slot.from - 1]?.word === 'of' ? slot.from - 1 : -1;
  let from = slot.from;
  let to = slot.to;
  if (next && STATE_WORDS.has(next.word) && !next.capitalized) to = slot.to + 1;
  else if (of > 0 && STATE_WORDS.has(tokens[of - 1]?.word ?? '')) from = of - 1;
  else return;
  if (tokens[from - 1]?.word === 'the') from--;
  removeSlot(view, slot);
  mark(view, context, slot.actorId, from, to, 'metonym');
}

/** "the TASS news agency": the longer name is one the text uses too. */
function nameAgency(
  view: SentenceView,
  context: CodingContext,
  slot: Slot,
  actor: ActorRecord,
): void {
  const { tokens } = view;
  const one = tokens[slot.to];
  const two = tokens[slot.to + 1];
  const phrase = [one, two].filter((token): token is Token => token !== undefined);
  for (let length = phrase.length; length > 0; length--) {
    const words = phrase
      .slice(0, length)
      .map((token) => token.word)
      .join(' ');
    if (!AGENCY_WORDS.has(words)) continue;
    const from = tokens[slot.from - 1]?.word === 'the' ? slot.from - 1 : slot.from;
    const span = spanOf(view, from, slot.to + length);
    context.registry.addName(actor, context.text.slice(span.start, span.end));
    return;
  }
}
