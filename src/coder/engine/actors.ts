/**
 * The actors a text names, one record each however many names it uses: ids are slugs of the
 * label, so the same text always gives the same ids, and a second name ("Zelensky") or a
 * reference ("the Ukrainian leader", "he") becomes a mention of the first.
 */
import type { KnownEntity } from '../gazetteer';
import type { Mention, MentionVia, SuggestedActor, TextSpan } from '../types';

export interface ActorRecord {
  id: string;
  label: string;
  /** One of our kinds, or "person". */
  kind: string;
  names: string[];
  mentions: Mention[];
  why: string;
  confidence: number;
  known?: KnownEntity;
  /** States or bodies the text (or the leaders table) ties this person to, by title. */
  offices: { of: string; tie: 'LEADS' | 'OFFICIAL_OF'; title: string }[];
  /** Where a meeting took place, as an actor id or the place's own words. */
  venue?: string;
  /** The state a body belongs to, when the text says ("Turkish Ministry of Foreign Affairs"). */
  partOf?: string;
}

export interface NewActor {
  label: string;
  kind: string;
  why: string;
  confidence: number;
  known?: KnownEntity;
}

const PERSON_KINDS = new Set(['leader', 'person']);
const BODY_KINDS = new Set(['state', 'bloc', 'organization', 'group']);

/** Whether an actor is a person (a leader, an official, anyone named). */
export function isPerson(actor: ActorRecord | undefined): boolean {
  return actor !== undefined && PERSON_KINDS.has(actor.kind);
}

/** Whether an actor is a state, bloc, organisation or group: what "it" and "we" stand for. */
export function isBody(actor: ActorRecord | undefined): boolean {
  return actor !== undefined && BODY_KINDS.has(actor.kind);
}

/** A lower-case slug of a label: "Côte d'Ivoire" → "cote-d-ivoire". */
export function slugOf(label: string): string {
  const slug = label
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return slug === '' ? 'actor' : slug;
}

/** The text's actors, in the order the text first names them. */
export class ActorRegistry {
  private readonly byId = new Map<string, ActorRecord>();
  /** Grows whenever an actor or a name is added, so lookups built on the names can be reused. */
  version = 0;

  constructor(private readonly text: string) {}

  /** The actor with this label's id, created on first use. */
  ensure(actor: NewActor): ActorRecord {
    const id = slugOf(actor.label);
    const existing = this.byId.get(id);
    if (existing) {
      // A person first seen without a title becomes a leader once a title ties them.
      if (existing.kind === 'person' && actor.kind === 'leader') existing.kind = 'leader';
      return existing;
    }
    const record: ActorRecord = {
      id,
      label: actor.label,
      kind: actor.kind,
      names: [],
      mentions: [],
      why: actor.why,
      confidence: actor.confidence,
      offices: [],
    };
    if (actor.known) record.known = actor.known;
    this.byId.set(id, record);
    this.version++;
    return record;
  }

  get(id: string): ActorRecord | undefined {
    return this.byId.get(id);
  }

  all(): ActorRecord[] {
    return [...this.byId.values()];
  }

  /**
   * Records that the text names the actor at `span`; a name (not a pronoun) joins its names,
   * unless `named` is false (the words that report a meeting are not its name).
   */
  mention(actor: ActorRecord, span: TextSpan, via: MentionVia, named = true): void {
    const last = actor.mentions[actor.mentions.length - 1];
    if (last && last.span.start === span.start && last.span.end === span.end) return;
    actor.mentions.push({ actorId: actor.id, span, via });
    if (via === 'pronoun' || !named) return;
    const name = this.text.slice(span.start, span.end).replace(/[’']s$/, '');
    this.addName(actor, name);
  }

  /** Adds a name the text uses without marking a mention ("the TASS news agency"). */
  addName(actor: ActorRecord, name: string): void {
    if (actor.names.includes(name)) return;
    actor.names.push(name);
    this.version++;
  }

  /** The actors as the contract has them, mentions in text order. */
  suggested(): SuggestedActor[] {
    return this.all().map((actor) => ({
      id: actor.id,
      label: actor.label,
      kind: actor.kind,
      // A state known only from a table ("the Trump administration" → United States) has none.
      names: actor.names,
      mentions: [...actor.mentions].sort((a, b) => a.span.start - b.span.start),
      why: actor.why,
      confidence: actor.confidence,
    }));
  }
}
