/**
 * What a draft looks like once a person's work is laid over the coder's: the relations with
 * their current fields and states, the actors after renames, kinds and merges, the counts, and
 * the dataset the accepted relations make. Computed each time, never stored.
 */
import type { DatasetFile, DatasetSource } from '../../domain/dataset';
import { SLUG } from '../../domain/ids';
import { findRelationType } from '../../domain/relationTypes';
import { datasetFromSuggestions } from '../dataset';
import type { Mention, SuggestedActor, SuggestedRelation } from '../types';
import type { Draft, DraftCounts, ReviewState } from './types';

export interface ReviewedRelation {
  /** The suggestion with the person's edits and merges applied. */
  relation: SuggestedRelation;
  state: ReviewState;
  /** Whether a person changed any of its fields. */
  edited: boolean;
  /** Whether a person drew it from a quote (rather than the coder). */
  added: boolean;
}

/** Whether a type of ours reads the same from both ends (talks, deals, alliances). */
export function isMutualType(type: string): boolean {
  const known = findRelationType(type);
  return known !== undefined && known.phrasing.active === known.phrasing.passive;
}

/** The actor an id stands for now: the one it was merged into, if it was. */
export function resolveActor(draft: Pick<Draft, 'actors'>, id: string): string {
  let current = id;
  // A chain of merges is followed to its end; the bound guards against a damaged cycle.
  for (let step = 0; step < 100; step++) {
    const next = draft.actors.mergedInto[current];
    if (next === undefined || next === current) return current;
    current = next;
  }
  return current;
}

/** Every suggestion of the draft as the coder or the person made it, before edits. */
export function originalRelations(draft: Draft): SuggestedRelation[] {
  return [...(draft.coded?.relations ?? []), ...draft.added];
}

/** The coder's actors and those a person added, before any change. */
export function originalActors(draft: Pick<Draft, 'coded' | 'actors'>): SuggestedActor[] {
  return [...(draft.coded?.actors ?? []), ...draft.actors.added];
}

function byStart(a: Mention, b: Mention): number {
  return a.span.start - b.span.start;
}

/** The actors as the person has them now: renamed, re-kinded, merged ones folded into their target. */
export function reviewedActors(draft: Pick<Draft, 'coded' | 'actors'>): SuggestedActor[] {
  const originals = originalActors(draft);
  const absorbed = new Map<string, SuggestedActor[]>();
  for (const actor of originals) {
    const into = resolveActor(draft, actor.id);
    if (into !== actor.id) absorbed.set(into, [...(absorbed.get(into) ?? []), actor]);
  }
  return originals
    .filter((actor) => resolveActor(draft, actor.id) === actor.id)
    .map((actor) => {
      const merged = absorbed.get(actor.id) ?? [];
      return {
        ...actor,
        label: draft.actors.labels[actor.id] ?? actor.label,
        kind: draft.actors.kinds[actor.id] ?? actor.kind,
        names:
          merged.length === 0
            ? actor.names
            : [...new Set([actor.names, ...merged.map((m) => m.names)].flat())],
        mentions:
          merged.length === 0
            ? actor.mentions
            : [actor.mentions, ...merged.map((m) => m.mentions)]
                .flat()
                .map((mention) => ({ ...mention, actorId: actor.id }))
                .sort(byStart),
      };
    });
}

function currentRelation(draft: Draft, original: SuggestedRelation): SuggestedRelation {
  const edit = draft.edits[original.id] ?? {};
  const { status, allegedBy, when, ...rest } = original;
  const next = {
    ...rest,
    source: resolveActor(draft, edit.source ?? original.source),
    target: resolveActor(draft, edit.target ?? original.target),
    type: edit.type ?? original.type,
    directed: edit.type === undefined ? original.directed : !isMutualType(edit.type),
    quote: edit.quote ?? original.quote,
  };
  const statusNow = edit.status === undefined ? status : (edit.status ?? undefined);
  const allegedNow = edit.allegedBy === undefined ? allegedBy : (edit.allegedBy ?? undefined);
  const whenNow = edit.when === undefined ? when : (edit.when ?? undefined);
  const reportedBy = original.reportedBy && resolveActor(draft, original.reportedBy);
  return {
    ...next,
    ...(statusNow ? { status: statusNow } : {}),
    ...(allegedNow ? { allegedBy: resolveActor(draft, allegedNow) } : {}),
    ...(reportedBy ? { reportedBy } : {}),
    ...(whenNow ? { when: whenNow } : {}),
  };
}

/** Each suggestion with its current fields and its state; the coder's first, then those added. */
export function reviewedRelations(draft: Draft): ReviewedRelation[] {
  const added = new Set(draft.added.map((relation) => relation.id));
  return originalRelations(draft).map((original) => ({
    relation: currentRelation(draft, original),
    state: draft.decisions[original.id] ?? 'pending',
    edited: draft.edits[original.id] !== undefined,
    added: added.has(original.id),
  }));
}

/** How many suggestions are pending, accepted and rejected. */
export function countsOf(reviewed: readonly ReviewedRelation[]): DraftCounts {
  const counts: DraftCounts = { pending: 0, accepted: 0, rejected: 0, total: reviewed.length };
  for (const { state } of reviewed) counts[state] += 1;
  return counts;
}

/** How many of the draft's suggestions are pending, accepted and rejected. */
export function draftCounts(draft: Draft): DraftCounts {
  return countsOf(reviewedRelations(draft));
}

/** A slug from words: "Talks in London" → "talks-in-london"; empty when nothing is left. */
export function slugOf(words: string): string {
  return words
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** The title a dataset gets from a draft: the person's, or words that say it has none. */
export function titleOf(draft: Pick<Draft, 'title'>): string {
  return draft.title.trim() || 'Untitled text';
}

/** The source as the dataset schema takes it: trimmed, empty fields dropped, only an http(s) address. */
function cleanSource(source: DatasetSource): DatasetSource {
  const clean: DatasetSource = {};
  for (const key of ['title', 'publisher', 'published', 'note', 'url'] as const) {
    const value = source[key]?.trim();
    if (value) clean[key] = value;
  }
  if (clean.url !== undefined && !(/^https?:\/\//i.test(clean.url) && URL.canParse(clean.url))) {
    delete clean.url;
  }
  return clean;
}

/**
 * The dataset the person's review makes: the accepted relations (those a person drew count as
 * accepted), between the actors as renamed, re-kinded and merged; actors a person added are kept
 * even before a relation names them.
 */
export function acceptedDataset(draft: Draft): DatasetFile {
  const actors = reviewedActors(draft);
  const live = new Set(actors.map((actor) => actor.id));
  const fromTitle = slugOf(draft.title);
  const fromId = slugOf(draft.id);
  return datasetFromSuggestions({
    id: fromTitle || (SLUG.test(fromId) ? fromId : 'draft'),
    title: titleOf(draft),
    source: cleanSource(draft.source),
    text: draft.text,
    actors,
    relations: reviewedRelations(draft)
      .filter(({ state }) => state === 'accepted')
      .map(({ relation }) => relation),
    keepActors: draft.actors.added.map((actor) => actor.id).filter((id) => live.has(id)),
  });
}
