/** The forms of ids, kept apart from the dataset schema so the start-up path needs no zod. */

/** The form of every id: a dataset's, an actor's, a relation's. Links rely on it too. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The id of a relation type: ours are PLOVER's upper-case names ("SANCTION", "OFFICIAL_OF"), a
 * dataset's own are slugs ("married-to"). Links carry them, so they stay plain.
 */
export const TYPE_ID = /^[A-Za-z0-9]+(?:[_-][A-Za-z0-9]+)*$/;
