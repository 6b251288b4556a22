/**
 * The one reducer of a review: a command in, the next draft out. A command that changes nothing
 * (an accept of what is accepted, an edit naming an actor the draft lacks) returns the very same
 * draft, so the history records no empty step.
 */
import type { SuggestedActor, SuggestedRelation, TextSpan } from '../types';
import {
  isMutualType,
  originalActors,
  originalRelations,
  resolveActor,
  reviewedRelations,
  slugOf,
} from './derive';
import type { Command, Decision, Draft, DraftDetails, NewRelation, RelationEdit } from './types';

function isLiveActor(draft: Draft, id: string): boolean {
  return resolveActor(draft, id) === id && originalActors(draft).some((actor) => actor.id === id);
}

function hasRelation(draft: Draft, id: string): boolean {
  return originalRelations(draft).some((relation) => relation.id === id);
}

function isQuoteSpan(draft: Draft, span: TextSpan): boolean {
  return (
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.end <= draft.text.length &&
    draft.text.slice(span.start, span.end).trim() !== ''
  );
}

function decide(draft: Draft, ids: readonly string[], decision: Decision | null): Draft {
  const changed = ids.filter((id) => (draft.decisions[id] ?? null) !== decision);
  if (changed.length === 0) return draft;
  const decisions = { ...draft.decisions };
  for (const id of changed) {
    if (decision === null) delete decisions[id];
    else decisions[id] = decision;
  }
  return { ...draft, decisions };
}

/** Accepts the pending suggestions that pass `test`; a rejected one stays rejected. */
function acceptPending(draft: Draft, test: (relation: SuggestedRelation) => boolean): Draft {
  const ids = reviewedRelations(draft)
    .filter(({ state, relation }) => state === 'pending' && test(relation))
    .map(({ relation }) => relation.id);
  return decide(draft, ids, 'accepted');
}

function editIsSound(draft: Draft, edit: RelationEdit): boolean {
  const actors = [edit.source, edit.target, edit.allegedBy ?? undefined];
  if (actors.some((id) => id !== undefined && !isLiveActor(draft, id))) return false;
  if (edit.type !== undefined && edit.type.trim() === '') return false;
  return edit.quote === undefined || isQuoteSpan(draft, edit.quote);
}

function edited(draft: Draft, id: string, edit: RelationEdit): Draft {
  if (!hasRelation(draft, id) || !editIsSound(draft, edit)) return draft;
  const before = draft.edits[id] ?? {};
  const after = { ...before, ...edit };
  const same = (Object.keys(after) as (keyof RelationEdit)[]).every(
    (key) => JSON.stringify(after[key]) === JSON.stringify(before[key]),
  );
  return same ? draft : { ...draft, edits: { ...draft.edits, [id]: after } };
}

function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

function addRelation(draft: Draft, relation: NewRelation): Draft {
  const ends = [relation.source, relation.target];
  if (ends.some((id) => !isLiveActor(draft, id)) || !isQuoteSpan(draft, relation.quote)) {
    return draft;
  }
  if (relation.type.trim() === '') return draft;
  const taken = new Set(originalRelations(draft).map((r) => r.id));
  const base = ['person', slugOf(relation.type), relation.source, relation.target].join('-');
  const id = uniqueId(base, taken);
  const sentence =
    draft.coded?.sentences.find(
      ({ span }) => span.start <= relation.quote.start && relation.quote.start < span.end,
    )?.index ?? 0;
  const added: SuggestedRelation = {
    id,
    source: relation.source,
    target: relation.target,
    type: relation.type,
    directed: !isMutualType(relation.type),
    sentence,
    quote: relation.quote,
    ...(relation.status ? { status: relation.status } : {}),
    why: {
      trigger: draft.text.slice(relation.quote.start, relation.quote.end).trim(),
      triggerSpan: relation.quote,
      rule: 'person',
      explanation: 'Drawn by a person from words they selected in the text.',
    },
    confidence: 1,
    notes: [],
  };
  return {
    ...draft,
    added: [...draft.added, added],
    decisions: { ...draft.decisions, [id]: 'accepted' },
  };
}

/** Where the text uses `name` as a whole word or words, as spans. */
function occurrences(text: string, name: string): TextSpan[] {
  const spans: TextSpan[] = [];
  const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + name.length])) {
      spans.push({ start: at, end: at + name.length });
    }
  }
  return spans;
}

function addActor(draft: Draft, span: TextSpan, actorKind: string): Draft {
  if (!isQuoteSpan(draft, span) || actorKind.trim() === '') return draft;
  const raw = draft.text.slice(span.start, span.end);
  const name = raw.trim();
  const start = span.start + raw.indexOf(name);
  const taken = new Set(originalActors(draft).map((actor) => actor.id));
  const id = uniqueId(slugOf(name) || 'actor', taken);
  const spans = occurrences(draft.text, name);
  if (!spans.some((found) => found.start === start))
    spans.push({ start, end: start + name.length });
  const actor: SuggestedActor = {
    id,
    label: name,
    kind: actorKind,
    names: [name],
    mentions: spans
      .sort((a, b) => a.start - b.start)
      .map((found) => ({ actorId: id, span: found, via: 'name' })),
    why: 'Named by a person from words they selected in the text.',
    confidence: 1,
  };
  return { ...draft, actors: { ...draft.actors, added: [...draft.actors.added, actor] } };
}

function actorField(
  draft: Draft,
  field: 'labels' | 'kinds',
  id: string,
  value: string,
  current: (actor: SuggestedActor) => string,
): Draft {
  const trimmed = value.trim();
  if (trimmed === '' || !isLiveActor(draft, id)) return draft;
  const actor = originalActors(draft).find((candidate) => candidate.id === id);
  if (actor === undefined || (draft.actors[field][id] ?? current(actor)) === trimmed) return draft;
  return {
    ...draft,
    actors: { ...draft.actors, [field]: { ...draft.actors[field], [id]: trimmed } },
  };
}

function merge(draft: Draft, from: string, into: string): Draft {
  const target = resolveActor(draft, into);
  if (from === target || !isLiveActor(draft, from) || !isLiveActor(draft, target)) return draft;
  return {
    ...draft,
    actors: { ...draft.actors, mergedInto: { ...draft.actors.mergedInto, [from]: target } },
  };
}

function setDetails(draft: Draft, details: DraftDetails): Draft {
  let next = draft;
  const { title, ...source } = details;
  if (title !== undefined && title !== draft.title) next = { ...next, title };
  for (const [key, value] of Object.entries(source) as [keyof typeof source, string][]) {
    if (value === undefined || (next.source[key] ?? '') === value) continue;
    const changed = { ...next.source, [key]: value };
    if (value === '') delete changed[key];
    next = { ...next, source: changed };
  }
  return next;
}

/** The draft after one command. */
export function applyCommand(draft: Draft, command: Command): Draft {
  switch (command.kind) {
    case 'accept':
    case 'reject':
      if (!hasRelation(draft, command.id)) return draft;
      return decide(draft, [command.id], command.kind === 'accept' ? 'accepted' : 'rejected');
    case 'undecide':
      return decide(draft, [command.id], null);
    case 'edit':
      return edited(draft, command.id, command.edit);
    case 'restore': {
      if (draft.edits[command.id] === undefined) return draft;
      const edits = { ...draft.edits };
      delete edits[command.id];
      return { ...draft, edits };
    }
    case 'add-relation':
      return addRelation(draft, command.relation);
    case 'add-actor':
      return addActor(draft, command.span, command.actorKind);
    case 'rename-actor':
      return actorField(draft, 'labels', command.id, command.label, (actor) => actor.label);
    case 'set-actor-kind':
      return actorField(draft, 'kinds', command.id, command.actorKind, (actor) => actor.kind);
    case 'merge-actors':
      return merge(draft, command.from, command.into);
    case 'accept-type':
      return acceptPending(draft, (relation) => relation.type === command.type);
    case 'accept-confident':
      return acceptPending(draft, (relation) => relation.confidence >= command.threshold);
    case 'set-details':
      return setDetails(draft, command.details);
  }
}
