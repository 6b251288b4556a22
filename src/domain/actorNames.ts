/** The names of actors, and the folding that makes name search forgiving. */
import type { Actor } from './dataset';

/** Lower-cases and strips accents, so "zelensky" finds "Zelenskyy" and "kyiv" finds "Kyiv". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Every name of an actor: its label first, then its aliases. */
export function actorNames(actor: Actor): string[] {
  return [actor.label, ...actor.aliases];
}
