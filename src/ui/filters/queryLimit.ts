/** Keeps the text filter within what a link carries, the way maxLength does for its own measure. */
import { fitsInLink } from '../../domain/link/searchText';

/**
 * The edit from `before` to `after`, with the inserted text cut short so the result fits in a
 * link: typing past the limit is refused, a paste keeps what fits, and the text on either side
 * of the caret is never touched. `cut` says whether anything was refused.
 */
export function limitQueryEdit(before: string, after: string): { text: string; cut: boolean } {
  if (fitsInLink(after)) return { text: after, cut: false };
  const old = Array.from(before);
  const next = Array.from(after);
  let start = 0;
  while (start < old.length && start < next.length && old[start] === next[start]) start += 1;
  let end = 0;
  while (
    end < old.length - start &&
    end < next.length - start &&
    old[old.length - 1 - end] === next[next.length - 1 - end]
  ) {
    end += 1;
  }
  const head = next.slice(0, start);
  const inserted = next.slice(start, next.length - end);
  const tail = next.slice(next.length - end);
  const build = (keep: number) => [...head, ...inserted.slice(0, keep), ...tail].join('');
  // Longer insertions only grow both measures, so the longest one that fits is found by halving.
  let low = 0;
  let high = inserted.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fitsInLink(build(middle))) low = middle;
    else high = middle - 1;
  }
  const text = build(low);
  // Only when the text before the edit did not fit either (it always does when typed here).
  if (!fitsInLink(text)) return { text: before, cut: true };
  return { text, cut: true };
}
