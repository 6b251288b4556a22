/**
 * Candidates become suggestions: each gets its confidence and a stable id, and repeats go. An
 * event is suggested once per sentence that reports it (each sentence is its own evidence); a
 * standing tie ("President Zelenskyy" leads Ukraine) once per text, from its best quote.
 */
import { findRelationType } from '../../domain/relationTypes';
import type { SuggestedRelation } from '../types';
import type { Candidate } from './candidates';
import { confidenceOf } from './confidence';

interface Scored {
  candidate: Candidate;
  confidence: number;
}

/** The suggestions of a text, in text order, one per relation and sentence (one per tie). */
export function buildRelations(candidates: readonly Candidate[]): SuggestedRelation[] {
  const best = new Map<string, Scored>();
  for (const candidate of candidates) {
    if (candidate.source === candidate.target) continue;
    const confidence = confidenceOf(candidate);
    const key = keyOf(candidate);
    const kept = best.get(key);
    if (!kept || confidence > kept.confidence) best.set(key, { candidate, confidence });
  }
  const ordered = [...best.values()].sort(
    (a, b) =>
      a.candidate.sentence - b.candidate.sentence ||
      a.candidate.quote.start - b.candidate.quote.start ||
      a.candidate.triggerSpan.start - b.candidate.triggerSpan.start ||
      a.candidate.type.localeCompare(b.candidate.type) ||
      a.candidate.source.localeCompare(b.candidate.source) ||
      a.candidate.target.localeCompare(b.candidate.target),
  );
  const ids = new Map<string, number>();
  return ordered.map(({ candidate, confidence }) => {
    const base = `s${candidate.sentence}-${candidate.type.toLowerCase().replace(/_/g, '-')}-${candidate.source}-${candidate.target}`;
    const seen = ids.get(base) ?? 0;
    ids.set(base, seen + 1);
    return suggestionOf(candidate, confidence, seen === 0 ? base : `${base}-${seen + 1}`);
  });
}

function keyOf(candidate: Candidate): string {
  const ends = candidate.directed
    ? `${candidate.source}>${candidate.target}`
    : [candidate.source, candidate.target].sort().join('~');
  const standing = findRelationType(candidate.type)?.quadClass === 'structural';
  return `${standing ? 'tie' : candidate.sentence}|${candidate.type}|${ends}`;
}

function suggestionOf(candidate: Candidate, confidence: number, id: string): SuggestedRelation {
  const suggestion: SuggestedRelation = {
    id,
    source: candidate.source,
    target: candidate.target,
    type: candidate.type,
    directed: candidate.directed,
    sentence: candidate.sentence,
    quote: candidate.quote,
    why: {
      trigger: candidate.trigger,
      triggerSpan: candidate.triggerSpan,
      rule: candidate.rule,
      explanation: candidate.explanation,
    },
    confidence,
    notes: [...new Set(candidate.notes)],
  };
  if (candidate.status) suggestion.status = candidate.status;
  if (candidate.allegedBy) suggestion.allegedBy = candidate.allegedBy;
  if (candidate.reportedBy) suggestion.reportedBy = candidate.reportedBy;
  if (candidate.when) suggestion.when = candidate.when;
  return suggestion;
}
