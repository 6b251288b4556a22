/** The `fa2` parameter of a link: the steps a stopped ForceAtlas2 run reached. */
import type { LayoutName } from '../layoutIds';
import type { DatasetIds } from './datasetIds';
import { quote } from './linkText';

/** Far more steps than any run takes: a larger count is junk, and would keep a page busy. */
export const MAX_LAYOUT_ITERATIONS = 100_000;

/**
 * The steps `fa2` names: a whole number from 1 to MAX_LAYOUT_ITERATIONS, for the ForceAtlas2
 * layout. Against a dataset's ids (`ids`) it is dropped, and noted, for any other layout; while
 * the dataset loads its layout is not known yet, and the count is kept.
 */
export function readLayoutIterations(
  text: string | undefined,
  layout: LayoutName,
  ids: DatasetIds | undefined,
  notes: string[],
): number | null {
  if (text === undefined) return null;
  const count = /^\d{1,6}$/.test(text) ? Number(text) : NaN;
  if (!(count >= 1 && count <= MAX_LAYOUT_ITERATIONS)) {
    notes.push(
      `invalid number of steps ${quote(text)} in "fa2"; expected 1 to ${MAX_LAYOUT_ITERATIONS}`,
    );
    return null;
  }
  if (ids !== undefined && layout !== 'forceatlas2') {
    notes.push(`ignored "fa2" because the layout is not ForceAtlas2`);
    return null;
  }
  return count;
}
