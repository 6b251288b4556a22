/**
 * What the coder carries from one sentence to the next: the actors so far, the relations found,
 * the meetings by venue, and who the last sentences were about (for "he", "it" and "the
 * Ukrainian leader").
 */
import { ActorRegistry } from './actors';
import type { Candidate } from './candidates';

export interface Discourse {
  /** The people of the previous sentence, its first (usually its subject) first. */
  previousPersons: string[];
  /** The states, blocs and bodies of the previous sentence, likewise. */
  previousBodies: string[];
  /** The last person and body named anywhere, for a pronoun with nothing nearer. */
  lastPerson?: string;
  lastBody?: string;
  /** The last "between X and Y" pair: what "both sides" refers to. */
  lastPair?: [string, string];
  /** The last meeting named, and in which sentence: what "the summit" refers to. */
  lastMeeting?: { id: string; sentence: number };
  /** Who the last attack the text reports was on: what a claim of responsibility is about. */
  lastAttackTargets?: string[];
  /** Who made it: whom "condemned the operation" condemns. */
  lastAttackSources?: string[];
}

export interface CodingContext {
  text: string;
  registry: ActorRegistry;
  candidates: Candidate[];
  /** Meeting actors by venue (a state id or the place's words). */
  meetings: Map<string, string>;
  discourse: Discourse;
}

/** A fresh context for one text. */
export function contextOf(text: string): CodingContext {
  return {
    text,
    registry: new ActorRegistry(text),
    candidates: [],
    meetings: new Map(),
    discourse: { previousPersons: [], previousBodies: [] },
  };
}
