/**
 * The coder's tables and its name matcher: which states, organisations and leaders a text
 * names, and which titles tie a person to them.
 */
import { LEADERS, LEADERS_AS_OF, LEADERS_NOTE } from './leaders';
import { ORGANIZATIONS } from './organizations';
import { STATES } from './states';
import { TITLES } from './titles';
import type { LeaderEntry, OrganizationEntry, StateEntry, TitleEntry } from './types';

export { findKnownNames } from './phraseIndex';
export type { KnownEntity, KnownName } from './phraseIndex';
export type { LeaderEntry, OrganizationEntry, StateEntry, TitleEntry } from './types';
export { STATES, ORGANIZATIONS, LEADERS, LEADERS_AS_OF, LEADERS_NOTE, TITLES };

function byId<T extends { id: string }>(entries: readonly T[]): Map<string, T> {
  return new Map(entries.map((entry) => [entry.id, entry]));
}

const statesById = byId(STATES);
const organizationsById = byId(ORGANIZATIONS);
const leadersById = byId(LEADERS);
const titlesByWords = new Map(TITLES.flatMap((entry) => entry.words.map((w) => [w, entry])));

/** The state with this id ("south-africa"). */
export function stateById(id: string): StateEntry | undefined {
  return statesById.get(id);
}

/** The organisation or bloc with this id ("un-general-assembly"). */
export function organizationById(id: string): OrganizationEntry | undefined {
  return organizationsById.get(id);
}

/** The leader with this id ("vladimir-putin"). */
export function leaderById(id: string): LeaderEntry | undefined {
  return leadersById.get(id);
}

/** The title entry a lower-cased phrase is, if any ("prime minister" → LEADS). */
export function titleOf(words: string): TitleEntry | undefined {
  const normalized = words
    .toLowerCase()
    .replace(/[\u2010\u2011\u2013]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  return titlesByWords.get(normalized);
}
