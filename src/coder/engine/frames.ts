/**
 * An event as the rules found it (a trigger, who acts, on whom, and the words around it) and
 * how it becomes candidate relations: one per source and target, with what negation, modality,
 * conditions and reporting changed written into its notes.
 */
import type { RelationTypeId } from '../../domain/relationTypes';
import type { Argument } from './arguments';
import { attributionOf } from './attribution';
import { type Candidate, type Link, MATERIAL_CONFLICT, UNDIRECTED_TYPES } from './candidates';
import type { CodingContext } from './context';
import type { LexiconEntry } from './lexicon';
import { type Modality, clauseAround, whenOf } from './modality';
import { type SentenceView, type Slot, spanOf, wordsOf } from './view';

export interface Frame {
  entry: LexiconEntry;
  from: number;
  to: number;
  source?: Argument;
  target?: Argument;
  /** "between Russia and Ukraine", "both sides": parties on either end. */
  pairs?: [Slot, Slot][];
  modality: Modality;
  /** How the parties were found, for the explanation: "subject and object". */
  how: string;
  base: number;
  notes: string[];
  /** Overrides the type's direction: attending a meeting runs from the party to the meeting. */
  directed?: boolean;
  /** Words the quote must cover beyond the trigger's clause (a second mention of the event). */
  quoteFrom?: number;
  quoteTo?: number;
  /** Where the reported clause starts, when that is not the source ("a deal with Zelenskyy …"). */
  attributionFrom?: number;
  /** Who claims it, when the rule knows better than the words around it ("claimed responsibility"). */
  allegedBy?: string;
}

/** Bodies that speak and act for their state: "the Turkish Ministry of Foreign Affairs denounced …". */
const GOVERNMENT_BODY =
  /\b(ministry|foreign office|department|government|cabinet|presidency|embassy)\b/i;

const COOPERATION = new Set([
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
]);

/** The type and status a frame's words leave it with, or undefined when it reports nothing. */
export function settle(
  frame: Frame,
): { type: RelationTypeId; status?: 'planned' | 'stalled'; notes: string[] } | undefined {
  const { modality, entry } = frame;
  const trigger = `“${entry.lemma}”`;
  const notes = [...frame.notes];
  let type: RelationTypeId = entry.type;
  let status: 'planned' | 'stalled' | undefined;
  if (modality.hypothetical && !(type === 'THREATEN')) return undefined;
  if (modality.refused) {
    if (!COOPERATION.has(type)) return undefined;
    notes.push(
      `“${modality.refused}” ${trigger}: a refusal, proposed as REJECT rather than ${type}.`,
    );
    type = 'REJECT';
  } else if (modality.negated) {
    return undefined;
  }
  const conflict = MATERIAL_CONFLICT.has(type);
  if (conflict && modality.threatened) {
    notes.push(
      `“${modality.threatened}”: a threat, not the act itself (${type} proposed as THREATEN).`,
    );
    type = 'THREATEN';
  } else if (conflict && modality.possible) {
    notes.push(
      `“${modality.possible}”: a threat, not the act itself (${type} proposed as THREATEN).`,
    );
    type = 'THREATEN';
  } else if (conflict && modality.planned === 'would') {
    notes.push(`“would”: a threat, not the act itself (${type} proposed as THREATEN).`);
    type = 'THREATEN';
  } else if (type !== 'THREATEN' && (modality.planned || modality.possible)) {
    const cue = modality.planned ?? modality.possible;
    notes.push(`“${cue}”: announced or intended, not reported as done.`);
    status = 'planned';
  }
  if (modality.stalled && COOPERATION.has(type)) {
    notes.push(`“${modality.stalled}”: sought but at a standstill.`);
    status = 'stalled';
  }
  if (modality.hypothetical) notes.push(`A threat under a condition (“${modality.hypothetical}”).`);
  return status ? { type, status, notes } : { type, notes };
}

/** Turns a frame into candidates: one per source and target actor, never an actor with itself. */
export function emit(view: SentenceView, context: CodingContext, frame: Frame): void {
  const settled = settle(frame);
  if (!settled) return;
  const pairs: [Slot, Slot, Link, Link][] = [];
  for (const [a, b] of frame.pairs ?? []) pairs.push([a, b, a.via, b.via]);
  if (frame.source && frame.target) {
    for (const source of frame.source.slots) {
      for (const target of frame.target.slots)
        pairs.push([source, target, frame.source.link, frame.target.link]);
    }
  }
  if (pairs.length === 0) return;
  const attribution = attributionOf(
    view,
    frame.attributionFrom ?? frame.source?.from ?? frame.from,
  );
  const [clauseStart, clauseEnd] = clauseAround(view, frame.from);
  const { text, registry } = context;
  for (const [ownSource, ownTarget, sourceLink, targetLink] of pairs) {
    const body = registry.get(ownSource.actorId);
    const forState = body?.partOf && GOVERNMENT_BODY.test(body.label) ? body.partOf : undefined;
    const source = forState ? { ...ownSource, actorId: forState } : ownSource;
    // An attack on a state's body (its company, its service) is an attack on the state.
    const struck = registry.get(ownTarget.actorId);
    const onState =
      (settled.type === 'ASSAULT' || settled.type === 'COERCE') && struck?.partOf
        ? struck.partOf
        : undefined;
    const target = onState ? { ...ownTarget, actorId: onState } : ownTarget;
    if (source.actorId === target.actorId) continue;
    const sourceFrom = frame.source?.from ?? source.from;
    const from = Math.min(
      frame.quoteFrom ?? frame.from,
      sourceFrom,
      target.from,
      clauseStart,
      attribution.speakerFrom ?? clauseStart,
    );
    let to = Math.max(frame.quoteTo ?? frame.to, source.to, target.to, clauseEnd);
    if (target.from >= frame.to) to = Math.max(to, clauseAround(view, target.from)[1]);
    const sourceLabel = registry.get(source.actorId)?.label ?? source.actorId;
    const targetLabel = registry.get(target.actorId)?.label ?? target.actorId;
    const trigger = wordsOf(text, view, frame.from, frame.to);
    const candidate: Candidate = {
      sentence: view.sentence.index,
      type: settled.type,
      source: source.actorId,
      target: target.actorId,
      directed: frame.directed ?? (!UNDIRECTED_TYPES.has(settled.type) && frame.entry.directed),
      quote: spanOf(view, from, to),
      trigger,
      triggerSpan: spanOf(view, frame.from, frame.to),
      rule: frame.entry.id,
      explanation: `“${trigger}” reports ${frame.entry.type} (${frame.how}): ${sourceLabel} → ${targetLabel}.`,
      base: frame.base,
      sourceLink,
      targetLink,
      notes: [...settled.notes],
    };
    if (settled.status) candidate.status = settled.status;
    if (onState)
      candidate.notes.push(
        `${struck?.label ?? ''} belongs to ${registry.get(onState)?.label ?? onState}: coded to the state.`,
      );
    const allegedBy = frame.allegedBy ?? attribution.allegedBy;
    if (allegedBy) {
      candidate.allegedBy = allegedBy;
      candidate.notes.push(`Claimed, not established: “${attribution.cue ?? frame.how}”.`);
    } else if (forState) {
      candidate.reportedBy = ownSource.actorId;
      candidate.notes.push(
        `${body?.label ?? ''} acts for ${registry.get(forState)?.label ?? forState}: coded to the state.`,
      );
    } else if (attribution.reportedBy && attribution.reportedBy !== source.actorId) {
      candidate.reportedBy = attribution.reportedBy;
    }
    const when = whenOf(text, view, frame.from);
    if (when) candidate.when = when;
    context.candidates.push(candidate);
  }
}
