/** Helpers for the coder's rule tests: code a text and read its suggestions as a person would. */
import { codeText } from '../../../src/coder';
import type { CodedText, SuggestedRelation } from '../../../src/coder/types';

/** Codes a text (the engine is pure, so each call starts afresh). */
export function code(text: string): CodedText {
  return codeText(text);
}

/** The label of an actor id, as the review screen shows it. */
export function labelOf(coded: CodedText, id: string | undefined): string {
  return coded.actors.find((actor) => actor.id === id)?.label ?? String(id);
}

/** Each suggestion as "Source TYPE Target", the way a reader says it. */
export function said(coded: CodedText): string[] {
  return coded.relations.map(
    (relation) =>
      `${labelOf(coded, relation.source)} ${relation.type} ${labelOf(coded, relation.target)}`,
  );
}

/** The suggestion "Source TYPE Target" (by labels), or undefined. */
export function find(
  coded: CodedText,
  source: string,
  type: string,
  target: string,
): SuggestedRelation | undefined {
  return coded.relations.find(
    (relation) =>
      relation.type === type &&
      ((labelOf(coded, relation.source) === source && labelOf(coded, relation.target) === target) ||
        (!relation.directed &&
          labelOf(coded, relation.source) === target &&
          labelOf(coded, relation.target) === source)),
  );
}

/** The words a suggestion quotes. */
export function quoteOf(coded: CodedText, relation: SuggestedRelation | undefined): string {
  return relation ? coded.text.slice(relation.quote.start, relation.quote.end) : '';
}
