/**
 * How actors are drawn: by our kinds (shape and colour per kind), or as the file that brought
 * them drew them (Gephi writes each node's colour and size). A view names one; the graph
 * adapter maps it to classes.
 */
import type { Actor } from './dataset';

export const LOOKS = [
  { id: 'kind', label: 'Shaped by kind' },
  // Only for a dataset whose file colours or sizes its actors (see looksOf).
  { id: 'file', label: 'Coloured as in the file' },
] as const;

export type LookName = (typeof LOOKS)[number]['id'];
export type Look = (typeof LOOKS)[number];
export const DEFAULT_LOOK: LookName = 'kind';

export function isLookName(value: string): value is LookName {
  return LOOKS.some((look) => look.id === value);
}

/** Whether a file gives most of its actors a colour or a size of their own. */
export function hasFileLook(dataset: {
  actors: readonly Pick<Actor, 'color' | 'size'>[];
}): boolean {
  const drawn = dataset.actors.filter(
    (actor) => actor.color !== undefined || actor.size !== undefined,
  ).length;
  return drawn > 0 && drawn * 2 >= dataset.actors.length;
}

/**
 * The looks a dataset offers, its default first: a Gephi user opening a Gephi file expects
 * Gephi's picture, with ours one choice away.
 */
export function looksOf(dataset: { actors: readonly Pick<Actor, 'color' | 'size'>[] }): Look[] {
  const [kind, file] = LOOKS;
  return hasFileLook(dataset) ? [file, kind] : [kind];
}
