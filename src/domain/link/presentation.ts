/**
 * What a link says about the page around its view rather than the view itself: whether the page
 * is embedded in another (`embed`), and which draft it is reviewing (`draft`). Read and written
 * by the same table as the view (linkParameters.ts).
 */
import { quote } from './linkText';

/** How the page shows the view. */
export interface Presentation {
  /** Only the graph, its legend and the details, for a page placed inside another (an iframe). */
  embed: boolean;
  /** The draft under review, kept in this browser; null: none. */
  draft: string | null;
}

/** What a link says when it says nothing about the page: the full explorer, no draft. */
export const NO_PRESENTATION: Presentation = { embed: false, draft: null };

/** A draft's id: letters, digits and hyphens, at most 64 of them. */
export const DRAFT_ID = /^[A-Za-z0-9-]{1,64}$/;

/** The draft a link names; a malformed id is noted and dropped. */
export function readDraft(draft: string | undefined, notes: string[]): string | null {
  if (draft === undefined) return null;
  if (DRAFT_ID.test(draft)) return draft;
  notes.push(`invalid draft id ${quote(draft)} in "draft"`);
  return null;
}

/** A yes-or-no parameter: 1 or true, 0 or false; anything else is noted and gives undefined. */
export function readFlag(
  text: string | undefined,
  param: string,
  notes: string[],
): boolean | undefined {
  if (text === undefined) return undefined;
  const flag = text.toLowerCase();
  if (flag === '1' || flag === 'true') return true;
  if (flag === '0' || flag === 'false') return false;
  notes.push(`invalid value ${quote(text)} in "${param}"; expected 1 or 0`);
  return undefined;
}
