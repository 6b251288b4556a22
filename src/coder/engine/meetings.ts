/**
 * Meetings of three or more parties. "Officials from the UK, US, France, Germany and Ukraine
 * gathered in London" is one meeting that each party attends, not ten pairwise talks: the graph
 * stays readable and the text says no more than that they met together. A meeting is known by
 * its venue, so "the consultations in London" and "talks in Britain" later name the same one.
 */
import type { ActorRecord } from './actors';
import type { CodingContext } from './context';
import { AUXILIARIES, SUBORDINATORS, is, isVerb } from './grammar';
import type { Token } from './tokens';
import { type SentenceView, type Slot, addSlot, spanOf } from './view';

const GATHERINGS = new Set(
  'assembly summit meeting conference gathering talks consultations negotiations forum'.split(' '),
);
/** How many sentences on "the summit" may still mean the last meeting. */
const RECENT = 6;

export interface Venue {
  /** A state id when the place is one of ours (London → the UK), else the place's words. */
  key: string;
  words: string;
  /** Word range of "in London". */
  from: number;
  to: number;
}

/** The place after "in" or "at" a few words on: "gathered in London", "talks in Britain". */
export function venueAfter(view: SentenceView, at: number, reach = 6): Venue | undefined {
  const { tokens } = view;
  for (let k = at; k < Math.min(tokens.length - 1, at + reach); k++) {
    const token = tokens[k] as Token;
    if (is(token, SUBORDINATORS) || /[;:—–]/.test(token.post)) return undefined;
    if (view.slotAt[k]) return undefined;
    if (token.word !== 'in' && token.word !== 'at') continue;
    const slot = view.slotAt[k + 1];
    if (slot)
      return {
        key: slot.actorId,
        words: wordsBetween(view, slot.from, slot.to),
        from: k,
        to: slot.to,
      };
    const place = tokens[k + 1] as Token;
    if (place.capitalized && place.tags.has('Place')) {
      return { key: place.word, words: place.text, from: k, to: k + 2 };
    }
  }
  return undefined;
}

function wordsBetween(view: SentenceView, from: number, to: number): string {
  return view.tokens
    .slice(from, to)
    .map((token) => token.text)
    .join(' ');
}

/** The meeting held at this venue, made on first use. */
export function meetingAt(
  context: CodingContext,
  venue: Venue | undefined,
  fallback: string,
): ActorRecord {
  const key = venue?.key ?? fallback;
  const known = context.meetings.get(key);
  const existing = known ? context.registry.get(known) : undefined;
  if (existing) return existing;
  const label = venue ? `Meeting in ${venue.words}` : fallback;
  const meeting = context.registry.ensure({
    label,
    kind: 'meeting',
    why: venue
      ? `Three or more parties met in ${venue.words}: one meeting they each attend`
      : 'Three or more parties met: one meeting they each attend',
    confidence: 0.7,
  });
  meeting.venue = key;
  context.meetings.set(key, meeting.id);
  return meeting;
}

/** The meeting a venue already has, if any: "the consultations in London" is that meeting. */
export function meetingAtVenue(context: CodingContext, venue: Venue): ActorRecord | undefined {
  const id = context.meetings.get(venue.key);
  return id ? context.registry.get(id) : undefined;
}

/** A slot for a meeting that the sentence reports without naming it. */
export function meetingSlot(meeting: ActorRecord, from: number, to: number): Slot {
  return { actorId: meeting.id, from, to, via: 'name' };
}

/**
 * Names of meetings: "an assembly of several foreign ministers in Cairo denounced …" makes the
 * Cairo meeting an actor that acts; "the consultations in London" and "the summit" name a
 * meeting met before.
 */
export function markMeetings(view: SentenceView, context: CodingContext): void {
  const { tokens } = view;
  tokens.forEach((token, i) => {
    if (!GATHERINGS.has(token.word) || view.slotAt[i]) return;
    const next = tokens[i + 1]?.word;
    if (next === 'with' || next === 'between') return;
    let from = i;
    while (
      from > 0 &&
      !view.slotAt[from - 1] &&
      (tokens[from - 1]?.tags.has('Adjective') || isPastParticiple(tokens[from - 1]))
    )
      from--;
    const venue = venueAfter(view, i + 1, 7);
    let meeting = venue ? meetingAtVenue(context, venue) : undefined;
    if (venue && !meeting && actsAsSubject(view, venue.to)) meeting = meetingAt(context, venue, '');
    const last = context.discourse.lastMeeting;
    if (
      !venue &&
      !meeting &&
      last &&
      tokens[i - 1]?.word === 'the' &&
      view.sentence.index - last.sentence <= RECENT
    ) {
      meeting = context.registry.get(last.id);
      from = i - 1;
    }
    if (!meeting) return;
    const to = venue ? venue.to : i + 1;
    addSlot(view, { actorId: meeting.id, from, to, via: venue ? 'name' : 'alias' });
    context.registry.mention(
      meeting,
      spanOf(view, from, to),
      venue ? 'name' : 'alias',
      venue !== undefined,
    );
  });
}

/** Remembers the meetings a sentence named, for "the summit" later. */
export function rememberMeetings(view: SentenceView, context: CodingContext): void {
  for (const slot of view.slots) {
    if (context.registry.get(slot.actorId)?.kind === 'meeting') {
      context.discourse.lastMeeting = { id: slot.actorId, sentence: view.sentence.index };
    }
  }
}

function actsAsSubject(view: SentenceView, at: number): boolean {
  const token = view.tokens[at];
  return (
    token !== undefined && (isVerb(token) || is(token, AUXILIARIES)) && !token.tags.has('Gerund')
  );
}

function isPastParticiple(token: Token | undefined): boolean {
  return token !== undefined && isVerb(token) && token.tags.has('PastTense');
}
