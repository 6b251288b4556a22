/**
 * Every phrase of the tables in one word trie, built once on first use, and the scan that finds
 * them in a text: at each word the longest phrase starting there wins, so "South Africa" beats
 * "Africa" and "UN General Assembly" beats "UN".
 */
import type { MentionVia, TextSpan } from '../types';
import { BLOCKED_PHRASES } from './blocked';
import { LEADERS } from './leaders';
import { ORGANIZATIONS } from './organizations';
import { STATES } from './states';
import type { LeaderEntry, OrganizationEntry, StateEntry } from './types';
import { type Token, tokenize } from './words';

export type KnownEntity =
  | { kind: 'state'; entry: StateEntry }
  | { kind: 'organization'; entry: OrganizationEntry }
  | { kind: 'leader'; entry: LeaderEntry };

export interface KnownName {
  span: TextSpan;
  text: string;
  entity: KnownEntity;
  via: MentionVia;
}

interface Hit {
  /** Absent for a blocked phrase: it consumes its words and names nothing. */
  entity?: KnownEntity;
  via: MentionVia;
  /** The table wrote it with a leading "the", so a "the" before it belongs to the name. */
  takesThe: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  hit?: Hit;
}

/** A phrase two entries both claim; the earlier one (by table order and kind of name) keeps it. */
export interface PhraseConflict {
  phrase: string;
  kept: string;
  dropped: string;
}

export interface PhraseIndex {
  root: TrieNode;
  conflicts: PhraseConflict[];
}

const VIA_RANK: Record<MentionVia, number> = {
  name: 0,
  alias: 1,
  metonym: 2,
  demonym: 3,
  title: 4,
  surname: 5,
  pronoun: 6,
};

const THE = new Set(['the', 'The']);

function entityLabel(entity: KnownEntity | undefined): string {
  return entity ? `${entity.kind}:${entity.entry.id}` : 'blocked';
}

/** The words of a phrase as trie keys, without a leading "the", and whether it had one. */
function phraseKeys(phrase: string): { keys: string[]; takesThe: boolean } {
  const tokens = tokenize(phrase);
  const first = tokens[0];
  const takesThe = tokens.length > 1 && first !== undefined && THE.has(first.word);
  const words = takesThe ? tokens.slice(1) : tokens;
  return {
    keys: words.map((token, i) => (i === 0 ? token.word : token.gap + token.word)),
    takesThe,
  };
}

function insert(index: PhraseIndex, phrase: string, hit: Omit<Hit, 'takesThe'>): void {
  const { keys, takesThe } = phraseKeys(phrase);
  if (keys.length === 0) return;
  let node = index.root;
  for (const key of keys) {
    let child = node.next.get(key);
    if (!child) {
      child = { next: new Map() };
      node.next.set(key, child);
    }
    node = child;
  }
  const existing = node.hit;
  if (!existing) {
    node.hit = { ...hit, takesThe };
    return;
  }
  if (existing.entity === hit.entity) {
    if (VIA_RANK[hit.via] < VIA_RANK[existing.via]) existing.via = hit.via;
    existing.takesThe ||= takesThe;
    return;
  }
  index.conflicts.push({
    phrase,
    kept: entityLabel(existing.entity),
    dropped: entityLabel(hit.entity),
  });
}

/** The words a leader goes by alone: the table's, or the last word of the name. */
export function surnamesOf(leader: LeaderEntry): readonly string[] {
  if (leader.surnames) return leader.surnames;
  const words = leader.name.split(/\s+/);
  return [words[words.length - 1] ?? leader.name];
}

function lookup(root: TrieNode, phrase: string): TrieNode | undefined {
  let node: TrieNode | undefined = root;
  for (const key of phraseKeys(phrase).keys) node = node?.next.get(key);
  return node;
}

/** Builds the trie from the tables (states first, so a state keeps a phrase it shares). */
export function buildPhraseIndex(): PhraseIndex {
  const index: PhraseIndex = { root: { next: new Map() }, conflicts: [] };
  for (const phrase of BLOCKED_PHRASES) insert(index, phrase, { via: 'name' });
  for (const entry of STATES) {
    const entity: KnownEntity = { kind: 'state', entry };
    insert(index, entry.name, { entity, via: 'name' });
    for (const alias of entry.aliases) insert(index, alias, { entity, via: 'alias' });
    for (const metonym of entry.metonyms) insert(index, metonym, { entity, via: 'metonym' });
    for (const demonym of entry.demonyms) insert(index, demonym, { entity, via: 'demonym' });
  }
  for (const entry of ORGANIZATIONS) {
    const entity: KnownEntity = { kind: 'organization', entry };
    insert(index, entry.name, { entity, via: 'name' });
    for (const alias of entry.aliases) insert(index, alias, { entity, via: 'alias' });
  }
  const leaderEntities = LEADERS.map((entry) => ({ kind: 'leader' as const, entry }));
  for (const entity of leaderEntities) {
    insert(index, entity.entry.name, { entity, via: 'name' });
    for (const alias of entity.entry.aliases) insert(index, alias, { entity, via: 'alias' });
  }
  // A surname stands alone only when no other name, and no other leader, claims the word.
  const claims = new Map<string, number>();
  for (const entity of leaderEntities) {
    for (const surname of surnamesOf(entity.entry)) {
      claims.set(surname, (claims.get(surname) ?? 0) + 1);
    }
  }
  for (const entity of leaderEntities) {
    for (const surname of surnamesOf(entity.entry)) {
      const taken = lookup(index.root, surname)?.hit;
      if (claims.get(surname) === 1 && (!taken || taken.entity === entity)) {
        insert(index, surname, { entity, via: 'surname' });
      }
    }
  }
  return index;
}

let cachedIndex: PhraseIndex | undefined;

/** The phrase index, built on first use. */
export function phraseIndex(): PhraseIndex {
  cachedIndex ??= buildPhraseIndex();
  return cachedIndex;
}

function longestMatchAt(
  root: TrieNode,
  tokens: readonly Token[],
  first: number,
): { last: number; hit: Hit } | undefined {
  const firstToken = tokens[first];
  let node = firstToken ? root.next.get(firstToken.word) : undefined;
  let found: { last: number; hit: Hit } | undefined;
  for (let i = first; node;) {
    if (node.hit) found = { last: i, hit: node.hit };
    i += 1;
    const token = tokens[i];
    node = token ? node.next.get(token.gap + token.word) : undefined;
  }
  return found;
}

/** Every known name in the text, longest match first, never overlapping, in text order. */
export function findKnownNames(text: string): KnownName[] {
  const { root } = phraseIndex();
  const tokens = tokenize(text);
  const names: KnownName[] = [];
  for (let i = 0; i < tokens.length;) {
    const match = longestMatchAt(root, tokens, i);
    if (!match) {
      i += 1;
      continue;
    }
    const { last, hit } = match;
    const firstToken = tokens[i] as Token;
    const lastToken = tokens[last] as Token;
    const before = tokens[i - 1];
    // A "the" just before (same paragraph) is part of "the Kremlin", not of "the Russian army".
    const withThe = hit.takesThe && before && THE.has(before.word) && firstToken.gap === ' ';
    if (hit.entity) {
      const span = { start: withThe ? before.start : firstToken.start, end: lastToken.end };
      names.push({
        span,
        text: text.slice(span.start, span.end),
        entity: hit.entity,
        via: hit.via,
      });
    }
    i = last + 1;
  }
  return names;
}
