/** The names of actors, and the folding that makes name search forgiving. */
import type { Actor } from './dataset';

/** Lower-cases and strips accents, so "zelensky" finds "Zelenskyy" and "kyiv" finds "Kyiv". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The names the article uses for an actor: its label first, then its aliases. */
export function articleNames(actor: Actor): string[] {
  return [actor.label, ...actor.aliases];
}

/** Every name search finds an actor by: the article's names, then names only for search ("Kyiv"). */
export function actorNames(actor: Actor): string[] {
  return [...articleNames(actor), ...(actor.searchAliases ?? [])];
}
