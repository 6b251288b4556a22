/**
 * A relation while the rules are still at work on it: the rule that found it, its quote and
 * trigger as token ranges, and what changed it. `relations.ts` turns these into suggestions.
 */
import type { RelationStatusId } from '../../domain/relationStatuses';
import type { RelationTypeId } from '../../domain/relationTypes';
import type { MentionVia, TextSpan } from '../types';

/** How directly the text ties an actor to its place in the relation. */
export type Link =
  | MentionVia
  /** "Russian strikes": the actor qualifies the noun that acts. */
  | 'modifier'
  /** "officials from the UK": the actor's people act. */
  | 'members'
  /** The subject of an earlier verb in the same sentence. */
  | 'inherited';

export interface Candidate {
  sentence: number;
  type: RelationTypeId;
  source: string;
  target: string;
  directed: boolean;
  quote: TextSpan;
  trigger: string;
  triggerSpan: TextSpan;
  rule: string;
  explanation: string;
  /** How the rule itself rates the pattern, before the links are counted in. */
  base: number;
  sourceLink: Link;
  targetLink: Link;
  notes: string[];
  status?: Exclude<RelationStatusId, 'reported'>;
  allegedBy?: string;
  reportedBy?: string;
  when?: string;
}

/** Relation types whose two ends read the same either way. */
export const UNDIRECTED_TYPES: ReadonlySet<string> = new Set([
  'AGREE',
  'CONSULT',
  'COOPERATE',
  'ALLY_OF',
  'TIES_WITH',
]);

/** The conflict types a "could" or "threatened to" turns into a threat. */
export const MATERIAL_CONFLICT: ReadonlySet<string> = new Set([
  'ASSAULT',
  'SANCTION',
  'COERCE',
  'MOBILIZE',
  'PROTEST',
]);
