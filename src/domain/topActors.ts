/**
 * How many actors the canvas draws. A graph of thousands of actors opens as a hairball whose
 * labels no one can read, so a large dataset opens on its most connected actors and the
 * relations among them, with every actor one choice away. A view names the number (`top` in the
 * link); the filters, search, table, details and exports still cover the whole dataset, and a
 * focus or search draws from all of it (see drawnView in overview.ts).
 */

/** The N most connected actors, or every actor. */
export type TopActors = number | 'all';

/** What the control offers. */
export const TOP_ACTOR_CHOICES: readonly TopActors[] = [50, 150, 500, 'all'];

/**
 * How many actors a large dataset opens on: at the fitted zoom of a laptop screen 150 labelled
 * actors can still be told apart, and the force layout places them in a fraction of a second.
 */
export const DEFAULT_TOP_ACTORS = 150;

/**
 * A dataset opens on its most connected actors above both of these. Twice the default number of
 * actors, so the view always leaves out at least half of them; and the relations above which the
 * canvas already draws for speed (plain lines, no relation labels: README, "Large graphs"), where
 * the whole picture has stopped being readable. The article (24 actors) and sparse graphs of
 * many actors open whole, as before.
 */
export const TOP_VIEW_MIN_ACTORS = 300;
export const TOP_VIEW_MIN_RELATIONS = 2000;

/** The largest number a link may name: more actors than any file this app has opened. */
export const MAX_TOP_ACTORS = 1_000_000;

/** The number of actors a dataset opens on. */
export function defaultTopOf(dataset: {
  actors: readonly unknown[];
  relations: readonly unknown[];
}): TopActors {
  const large =
    dataset.actors.length > TOP_VIEW_MIN_ACTORS &&
    dataset.relations.length > TOP_VIEW_MIN_RELATIONS;
  return large ? DEFAULT_TOP_ACTORS : 'all';
}

/** How a link writes a choice: the number, or "all". */
export function topActorsText(top: TopActors): string {
  return String(top);
}

/** The choice a link's text names: "all" or a whole number from 1 to MAX_TOP_ACTORS; else null. */
export function parseTopActors(text: string): TopActors | null {
  if (text === 'all') return 'all';
  if (!/^\d{1,7}$/.test(text)) return null;
  const count = Number(text);
  return count >= 1 && count <= MAX_TOP_ACTORS ? count : null;
}
