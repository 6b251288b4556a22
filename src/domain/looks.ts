/**
 * How actors are drawn: by our kinds (shape and colour per kind), as the file that brought
 * them drew them (Gephi writes each node's colour and size), or coloured by the community
 * Louvain finds them in (shape still by kind). A view names one; the graph adapter maps it to
 * classes.
 */
import type { Actor } from './dataset';

export const LOOKS = [
  { id: 'kind', label: 'Shaped by kind' },
  // Only for a dataset whose file colours or sizes its actors (see looksOf).
  { id: 'file', label: 'Coloured as in the file' },
  // Only for a dataset with relations: without them every actor is a community of its own.
  { id: 'community', label: 'Coloured by community' },
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
 * Gephi's picture, with ours one choice away. Communities are found on demand, never first.
 */
export function looksOf(dataset: {
  actors: readonly Pick<Actor, 'color' | 'size'>[];
  relations: readonly unknown[];
}): Look[] {
  const [kind, file, community] = LOOKS;
  const drawn: Look[] = hasFileLook(dataset) ? [file, kind] : [kind];
  return dataset.relations.length > 0 ? [...drawn, community] : drawn;
}
