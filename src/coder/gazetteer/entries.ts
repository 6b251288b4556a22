/** Short constructors for table rows, so each state or leader fits on a line or two. */
import type { LeaderEntry, StateEntry } from './types';
import { slugOf } from './words';

/** A state row: its id is the slug of its name. */
export function state(
  name: string,
  aliases: readonly string[],
  demonyms: readonly string[],
  metonyms: readonly string[],
): StateEntry {
  return { id: slugOf(name), name, aliases, demonyms, metonyms };
}

/** A leader row: its id is the slug of the name. */
export function leader(
  name: string,
  of: string,
  title: string,
  tie: LeaderEntry['tie'],
  more: { aliases?: readonly string[]; surnames?: readonly string[] } = {},
): LeaderEntry {
  const entry: LeaderEntry = {
    id: slugOf(name),
    name,
    aliases: more.aliases ?? [],
    of,
    title,
    tie,
  };
  return more.surnames ? { ...entry, surnames: more.surnames } : entry;
}
