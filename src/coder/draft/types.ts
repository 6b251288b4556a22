/**
 * A draft: one text a person is reviewing, what the coder proposed for it, and every decision and
 * change the person made. The proposals stay as the coder made them; the person's work lies
 * beside them (decisions, edits, additions, actor changes), so what a person did is never lost
 * in what the coder said, and the reviewed view is derived (see derive.ts).
 */
import type { DatasetSource } from '../../domain/dataset';
import type { RelationStatusId } from '../../domain/relationStatuses';
import type { CodedText, SuggestedActor, SuggestedRelation, TextSpan } from '../types';

/** What a person decided about a suggestion; a suggestion with none is pending. */
export type Decision = 'accepted' | 'rejected';

/** A suggestion's state in the review. */
export type ReviewState = 'pending' | Decision;

/**
 * A person's changes to one suggested relation's fields. An absent field keeps the coder's value;
 * null removes an optional one (`status: null`: it happened; `allegedBy: null`: nobody's claim).
 */
export interface RelationEdit {
  source?: string;
  target?: string;
  type?: string;
  status?: Exclude<RelationStatusId, 'reported'> | null;
  quote?: TextSpan;
  allegedBy?: string | null;
  when?: string | null;
}

/** How a person changed the actors: names, kinds, merges, and actors named by hand. */
export interface ActorChanges {
  /** New labels, by actor id. */
  labels: Record<string, string>;
  /** New kinds, by actor id. */
  kinds: Record<string, string>;
  /** Actor id → the id it was merged into: its mentions and relations are that actor's now. */
  mergedInto: Record<string, string>;
  /** Actors a person named by selecting words in the text. */
  added: SuggestedActor[];
}

/** What a person may change about where the text came from (the dataset's `source`). */
export type DraftDetails = Pick<DatasetSource, 'publisher' | 'published' | 'url'> & {
  title?: string;
};

export interface Draft {
  /** This browser's id for it: `?draft=<id>`. */
  id: string;
  /** ms since 1970 */
  createdAt: number;
  updatedAt: number;
  title: string;
  source: DatasetSource;
  text: string;
  /** What the coder proposed; null until it has run. */
  coded: CodedText | null;
  /** By suggestion id; absent means pending. */
  decisions: Record<string, Decision>;
  /** By suggestion id. */
  edits: Record<string, RelationEdit>;
  /** Relations a person made from a quote they selected (rule `person`, confidence 1). */
  added: SuggestedRelation[];
  actors: ActorChanges;
}

/** A relation a person draws from words they selected in the text. */
export interface NewRelation {
  source: string;
  target: string;
  type: string;
  quote: TextSpan;
  status?: Exclude<RelationStatusId, 'reported'>;
}

/** One step of a review, as data: what the reducer applies and what undo takes back. */
export type Command =
  | { kind: 'accept'; id: string }
  | { kind: 'reject'; id: string }
  /** Back to pending. */
  | { kind: 'undecide'; id: string }
  | { kind: 'edit'; id: string; edit: RelationEdit }
  /** Drops a person's edits of a suggestion: the coder's fields again. */
  | { kind: 'restore'; id: string }
  | { kind: 'add-relation'; relation: NewRelation }
  /** An actor named by the words at `span`, and every other place the text uses them. */
  | { kind: 'add-actor'; span: TextSpan; actorKind: string }
  | { kind: 'rename-actor'; id: string; label: string }
  | { kind: 'set-actor-kind'; id: string; actorKind: string }
  | { kind: 'merge-actors'; from: string; into: string }
  /** Accepts every pending suggestion of a type; a rejected one stays rejected. */
  | { kind: 'accept-type'; type: string }
  /** Accepts every pending suggestion at least this confident; a rejected one stays rejected. */
  | { kind: 'accept-confident'; threshold: number }
  /** Fields given replace the draft's; an empty string removes one. */
  | { kind: 'set-details'; details: DraftDetails };

/** How many suggestions are in each state (added relations count as accepted ones). */
export interface DraftCounts {
  pending: number;
  accepted: number;
  rejected: number;
  total: number;
}
