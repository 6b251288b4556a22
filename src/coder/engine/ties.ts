/** A standing tie as a rule found it, and how it becomes a candidate relation. */
import type { RelationTypeId } from '../../domain/relationTypes';
import type { Candidate, Link } from './candidates';
import type { CodingContext } from './context';
import { type SentenceView, type Slot, spanOf, wordsOf } from './view';

export interface Tie {
  type: RelationTypeId;
  source: Slot;
  target: Slot;
  from: number;
  to: number;
  trigger: [number, number];
  rule: string;
  explanation: string;
  base: number;
  sourceLink?: Link;
  notes?: string[];
}

/** Adds a tie to the context's candidates, unless it ties an actor to itself. */
export function push(view: SentenceView, context: CodingContext, tie: Tie): void {
  if (tie.source.actorId === tie.target.actorId) return;
  const candidate: Candidate = {
    sentence: view.sentence.index,
    type: tie.type,
    source: tie.source.actorId,
    target: tie.target.actorId,
    directed: tie.type !== 'ALLY_OF' && tie.type !== 'TIES_WITH',
    quote: spanOf(view, tie.from, tie.to),
    trigger: wordsOf(context.text, view, tie.trigger[0], tie.trigger[1]),
    triggerSpan: spanOf(view, tie.trigger[0], tie.trigger[1]),
    rule: tie.rule,
    explanation: tie.explanation,
    base: tie.base,
    sourceLink: tie.sourceLink ?? tie.source.via,
    targetLink: tie.target.via,
    notes: tie.notes ?? [],
  };
  context.candidates.push(candidate);
}
