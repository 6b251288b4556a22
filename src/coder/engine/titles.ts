/**
 * Titles tie people to states and bodies: "Russian President Vladimir Putin" (LEADS), "US
 * Treasury chief Scott Bessent" (OFFICIAL_OF), "Moscow's top security official, Sergei Shoigu".
 * A title with no name after it is an office holder: "the President of South Africa" is an
 * actor of its own, and "the Ukrainian leader" is whoever the text made Ukraine's leader.
 */
import { LEADERS_AS_OF, TITLES, type TitleEntry, titleOf } from '../gazetteer';
import { type ActorRecord, isBody, isPerson } from './actors';
import type { CodingContext } from './context';
import { commaAfter } from './grammar';
import { tableActor } from './names';
import { type SentenceView, type Slot, addSlot, spanOf, wordsOf } from './view';

export interface TitlePhrase {
  from: number;
  to: number;
  entry: TitleEntry;
}

const MAX_TITLE_WORDS = 4;
/** Heads of companies and groups, which the gazetteer's table of state titles leaves out. */
const BODY_TITLES: Record<string, TitleEntry> = Object.fromEntries(
  ['director', 'head', 'ceo', 'founder', 'boss', 'chief executive officer'].map((words) => [
    words,
    { words: [words], tie: 'LEADS' as const },
  ]),
);
const FORMER = new Set(['former', 'ex', 'late', 'then', 'outgoing', 'ousted']);

let firstWords: Set<string> | undefined;

/** The words a title can start with, so most words are passed over at once. */
function titleStarts(): Set<string> {
  firstWords ??= new Set(
    [...TITLES.flatMap((entry) => entry.words), ...Object.keys(BODY_TITLES)].map(
      (words) => words.split(/[\s-]/)[0] ?? words,
    ),
  );
  return firstWords;
}

/** The title phrases of a sentence, longest first and never overlapping a name. */
export function findTitles(view: SentenceView): TitlePhrase[] {
  const found: TitlePhrase[] = [];
  const { tokens } = view;
  for (let i = 0; i < tokens.length; i++) {
    if (!titleStarts().has(tokens[i]?.text.toLowerCase() ?? '')) continue;
    for (let length = Math.min(MAX_TITLE_WORDS, tokens.length - i); length > 0; length--) {
      const range = tokens.slice(i, i + length);
      if (
        range.some((token, k) => view.slotAt[i + k] || (k < length - 1 && /[,;:]/.test(token.post)))
      ) {
        continue;
      }
      const words = range.map((token) => token.text.toLowerCase()).join(' ');
      const entry = titleOf(words) ?? BODY_TITLES[words];
      if (!entry) continue;
      found.push({ from: i, to: i + length, entry });
      i += length - 1;
      break;
    }
  }
  return found;
}

/** Which words are title words, so a name does not swallow "President". */
export function titleWordMask(view: SentenceView, titles: readonly TitlePhrase[]): boolean[] {
  const mask = new Array<boolean>(view.tokens.length).fill(false);
  for (const title of titles) for (let i = title.from; i < title.to; i++) mask[i] = true;
  return mask;
}

/** The state or body before a title, past a word or two of rank: "Houthi military spokesperson". */
function markerBefore(view: SentenceView, from: number): Slot | undefined {
  for (let k = from - 1; k >= Math.max(0, from - 3); k--) {
    const slot = view.slotAt[k];
    if (slot) return slot;
    const token = view.tokens[k];
    if (
      !token ||
      token.capitalized ||
      /[,;:]/.test(token.post) ||
      !(token.tags.has('Adjective') || token.tags.has('Noun'))
    ) {
      return undefined;
    }
  }
  return undefined;
}

/** Ties titled people to their state or body, and resolves titles that stand for a person. */
export function linkTitles(
  view: SentenceView,
  titles: readonly TitlePhrase[],
  context: CodingContext,
): void {
  const { registry } = context;
  const actorOf = (slot: Slot | undefined) => (slot ? registry.get(slot.actorId) : undefined);
  for (const title of titles) {
    const markerSlot = markerBefore(view, title.from);
    const head = markerSlot ? markerSlot.from : title.from;
    if (
      FORMER.has(view.tokens[title.from - 1]?.word ?? '') ||
      FORMER.has(view.tokens[head - 1]?.word ?? '')
    )
      continue;
    // "Angela Merkel's spokesperson": an office under a person is an office of the person's state.
    const markerActor = actorOf(markerSlot);
    const marker =
      isBody(markerActor) ||
      (isPerson(markerActor) &&
        view.tokens[(markerSlot?.to ?? 0) - 1]?.possessive &&
        markerActor?.offices[0])
        ? markerSlot
        : undefined;
    const start = marker?.from ?? title.from;
    // "US Ambassador to Germany Richard Grenell": the post's place stands between title and name.
    const posting = view.tokens[title.to]?.word === 'to' ? view.slotAt[title.to + 1] : undefined;
    const nameAt = posting ? posting.to : title.to;
    const after = view.slotAt[nameAt];
    const afterComma = commaAfter(view.tokens[nameAt - 1]) ? view.slotAt[nameAt] : undefined;
    const before = commaAfter(view.tokens[start - 1]) ? view.slotAt[start - 1] : undefined;
    const person = [after, afterComma, before].find((slot) => isPerson(actorOf(slot)));
    if (person) {
      const from = Math.min(start, person.from);
      const to = Math.max(title.to, person.to);
      tiePerson(view, context, { title, marker, person, from, to });
      continue;
    }
    const heldOffice = officeWithoutName(view, context, title, marker);
    if (heldOffice) addSlot(view, heldOffice);
  }
}

interface Tie {
  title: TitlePhrase;
  marker: Slot | undefined;
  person: Slot;
  from: number;
  to: number;
}

function tiePerson(view: SentenceView, context: CodingContext, tie: Tie): void {
  const { registry, text } = context;
  const person = registry.get(tie.person.actorId) as ActorRecord;
  if (person.kind === 'person') person.kind = 'leader';
  if (person.why === 'Named person')
    person.why = `Named person (title: ${wordsOf(text, view, tie.title.from, tie.title.to)})`;
  const titleWords = wordsOf(text, view, tie.title.from, tie.title.to);
  const known = person.known?.kind === 'leader' ? person.known.entry : undefined;
  const markerActor = tie.marker ? registry.get(tie.marker.actorId) : undefined;
  const bodyId =
    (isPerson(markerActor) ? markerActor?.offices[0]?.of : tie.marker?.actorId) ?? known?.of;
  if (!bodyId) return;
  const body = tableActor(context, bodyId);
  if (!body) return;
  const notes: string[] = [];
  if (!tie.marker)
    notes.push(
      `The text gives no state; ${body.label} is from the leaders table (as of ${LEADERS_AS_OF.split(' (')[0] ?? ''}).`,
    );
  const kind = tie.title.entry.tie;
  if (!person.offices.some((office) => office.of === body.id)) {
    person.offices.push({ of: body.id, tie: kind, title: titleWords.toLowerCase() });
  }
  context.candidates.push({
    sentence: view.sentence.index,
    type: kind,
    source: person.id,
    target: body.id,
    directed: true,
    quote: spanOf(view, tie.from, tie.to),
    trigger: titleWords,
    triggerSpan: spanOf(view, tie.title.from, tie.title.to),
    rule: `title:${kind}`,
    explanation: `“${titleWords}” is a title that ${kind === 'LEADS' ? 'heads' : 'holds office in'} ${body.label}; it names ${person.label}.`,
    base: tie.marker ? 0.9 : 0.7,
    sourceLink: tie.person.via,
    targetLink: tie.marker?.via ?? 'alias',
    notes,
  });
}

/**
 * "the President of South Africa", "the Ukrainian leader", "Russia's president": an office with
 * no name. It is the person the text already tied to that office, or else an actor of its own.
 */
function officeWithoutName(
  view: SentenceView,
  context: CodingContext,
  title: TitlePhrase,
  marker: Slot | undefined,
): Slot | undefined {
  const { tokens } = view;
  const { registry, text } = context;
  const head = marker ? marker.from : title.from;
  const the = tokens[head - 1]?.word === 'the' ? head - 1 : -1;
  let body = marker;
  let from = marker ? marker.from : the;
  let to = title.to;
  if (!body && the >= 0 && tokens[title.to]?.word === 'of') {
    const ofSlot = view.slotAt[title.to + 1] ?? view.slotAt[title.to + 2];
    if (ofSlot && isBody(registry.get(ofSlot.actorId))) {
      body = ofSlot;
      to = ofSlot.to;
    }
  }
  if (!body || from < 0) return undefined;
  const markerToken = tokens[marker ? marker.to - 1 : -1];
  // "the Ukrainian leader" and "Russia's president" stand for a person; "as Russia's defence
  // minister" describes one, and "Russian officials" are no one in particular.
  if (marker && the < 0 && !markerToken?.possessive) return undefined;
  if (tokens[from - 1]?.word === 'as' || tokens[from - 2]?.word === 'as') return undefined;
  if (tokens[to]?.capitalized && !commaAfter(tokens[to - 1])) return undefined;
  if (the >= 0) from = Math.min(from, the);
  const state = registry.get(body.actorId) as ActorRecord;
  const titleWords = wordsOf(text, view, title.from, title.to).toLowerCase();
  const holder = registry
    .all()
    .find((actor) =>
      actor.offices.some(
        (office) =>
          office.of === state.id &&
          (office.title === titleWords || (office.tie === 'LEADS' && title.entry.tie === 'LEADS')),
      ),
    );
  const span = spanOf(view, from, to);
  if (holder) {
    registry.mention(holder, span, 'title');
    return { actorId: holder.id, from, to, via: 'title' };
  }
  if (title.entry.tie === 'OFFICIAL_OF' && state.kind === 'state') {
    // "the Libyan ambassador" acts for Libya: the text gives no person to code apart.
    registry.mention(state, span, 'title');
    return { actorId: state.id, from, to, via: 'title' };
  }
  const titleLabel = titleWords.replace(/(^|[\s-])\p{L}/gu, (letter) => letter.toUpperCase());
  const office = registry.ensure({
    label: `${titleLabel} of ${state.label}`,
    kind: 'leader',
    why: `An office holder the text does not name (${titleWords} of ${state.label})`,
    confidence: 0.7,
  });
  office.offices.push({ of: state.id, tie: title.entry.tie, title: titleWords });
  registry.mention(office, span, 'title');
  const kind = title.entry.tie;
  context.candidates.push({
    sentence: view.sentence.index,
    type: kind,
    source: office.id,
    target: state.id,
    directed: true,
    quote: span,
    trigger: wordsOf(text, view, title.from, title.to),
    triggerSpan: spanOf(view, title.from, title.to),
    rule: `title:${kind}`,
    explanation: `“${wordsOf(text, view, from, to)}” names an office of ${state.label}, not a person.`,
    base: 0.85,
    sourceLink: 'title',
    targetLink: body.via,
    notes: [],
  });
  return { actorId: office.id, from, to, via: 'title' };
}
