/**
 * How sure a suggestion is, from 0 to 1: the rule's own rating of its pattern (an explicit
 * subject, verb and object rate high; a noun alone, or two halves of a sentence joined, low),
 * times how directly each end is named (a name beats a capital city, a demonym or a pronoun).
 */
import type { Candidate, Link } from './candidates';

const LINK_FACTOR: Record<Link, number> = {
  name: 1,
  alias: 1,
  surname: 0.97,
  title: 0.9,
  metonym: 0.9,
  members: 0.9,
  inherited: 0.9,
  demonym: 0.88,
  modifier: 0.85,
  pronoun: 0.82,
};

/** The confidence of a candidate, rounded to two decimals. */
export function confidenceOf(candidate: Candidate): number {
  let score =
    candidate.base * LINK_FACTOR[candidate.sourceLink] * LINK_FACTOR[candidate.targetLink];
  if (candidate.allegedBy) score *= 0.9;
  if (candidate.status) score *= 0.95;
  const clamped = Math.min(0.99, Math.max(0.05, score));
  return Math.round(clamped * 100) / 100;
}
