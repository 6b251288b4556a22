/**
 * What the coder reads and proposes: the contract between the coder (pure, no React, no DOM),
 * its worker, the command line and the review screen. A suggestion is data with a reason: its
 * words in the text, the rule or lexicon entry that fired, and a confidence. Nothing here is a
 * fact until a person accepts it.
 */
import type { RelationStatusId } from '../domain/relationStatuses';

/** A stretch of the coded text, in UTF-16 code units: `text.slice(start, end)`. */
export interface TextSpan {
  start: number;
  end: number;
}

export interface Sentence {
  index: number;
  span: TextSpan;
}

/** How a name in the text was tied to its actor. */
export type MentionVia =
  | 'name' // the actor's own name: "Ukraine", "Vladimir Putin"
  | 'alias' // another name from a table: "UK", "the United Nations"
  | 'demonym' // "Russian strikes", "Ukrainians"
  | 'metonym' // a capital or seat of government: "Moscow", "the Kremlin", "Downing Street"
  | 'surname' // "Putin" after "Vladimir Putin"
  | 'title' // "the Ukrainian leader", "the President of South Africa"
  | 'pronoun'; // "he" right after him

export interface Mention {
  actorId: string;
  span: TextSpan;
  via: MentionVia;
}

/** Why a suggestion was made: what triggered it and which rule or table entry fired. */
export interface Reason {
  /** The words that triggered it, verbatim: "accused", "sanctions", "Russian President". */
  trigger: string;
  triggerSpan: TextSpan;
  /** A stable id of the rule or lexicon entry: "lexicon:ACCUSE:accuse", "title:leads". */
  rule: string;
  /** One sentence a person reads: "“accused” is an ACCUSE verb; subject Russia, object Zelenskyy." */
  explanation: string;
}

export interface SuggestedActor {
  /** A slug, stable for the same text: "russia", "vladimir-putin". */
  id: string;
  label: string;
  /** One of ours (state, leader, bloc, organization, group, meeting) or "person". */
  kind: string;
  /** Every name the text uses for it, verbatim and distinct (these become its aliases). */
  names: string[];
  mentions: Mention[];
  /** Why it is an actor: "Country table: Russia", "Named person (title: President)". */
  why: string;
  /** 0..1 */
  confidence: number;
}

export interface SuggestedRelation {
  /** A slug, stable for the same text: "s12-accuse-russia-vladimir-zelenskyy". */
  id: string;
  source: string;
  target: string;
  /** A relation type id of ours (PLOVER's verbs plus the standing ties: LEADS, MEMBER_OF…). */
  type: string;
  directed: boolean;
  sentence: number;
  /** The verbatim clause or sentence that reports it; `text.slice(quote.start, quote.end)`. */
  quote: TextSpan;
  /** Absent means the text reports it as having happened (or holding). */
  status?: Exclude<RelationStatusId, 'reported'>;
  /** Who the text says claims it ("Trump claimed …"): an actor id. */
  allegedBy?: string;
  /** Who the text says reports it ("according to TASS"): an actor id. */
  reportedBy?: string;
  /** When, in the text's own words: "on Wednesday". */
  when?: string;
  why: Reason;
  /** 0..1: how sure the rule is; the review screen can accept all above a threshold. */
  confidence: number;
  /** What changed the suggestion, in words: "“could” makes it a threat, not an assault". */
  notes: string[];
}

export interface CodedText {
  text: string;
  sentences: Sentence[];
  actors: SuggestedActor[];
  relations: SuggestedRelation[];
  /**
   * What the reader should know about the whole text: "Most of this text is in Cyrillic
   * script; the coder reads English only, so few suggestions were made."
   */
  notices: string[];
}

export interface CodeOptions {
  /** Called as sentences are coded, for a progress bar on long texts. */
  onProgress?: (done: number, total: number) => void;
}
