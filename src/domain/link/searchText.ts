/**
 * How much search text a link carries. The text box and the link measure with this one rule,
 * so the text a user sees is always the text the link reopens.
 */
import { codePoints, wellFormed } from './linkText';
import { encodeValue } from './percentEncoding';

/** Most characters of search text a link keeps, counted in code points. */
export const URL_QUERY_MAX_CHARS = 200;

/** Most characters the percent-encoded search text may take, so emoji cannot bloat a link. */
export const URL_QUERY_MAX_ENCODED = 600;

/**
 * Whether a link carries the search text whole: at most URL_QUERY_MAX_CHARS code points and
 * URL_QUERY_MAX_ENCODED characters once percent-encoded (66 Chinese characters, 100 accented
 * ones, 200 plain ones).
 */
export function fitsInLink(text: string): boolean {
  const safe = wellFormed(text);
  return (
    codePoints(safe).length <= URL_QUERY_MAX_CHARS &&
    encodeValue(safe).length <= URL_QUERY_MAX_ENCODED
  );
}

/** The longest start of the text, in whole code points, that a link carries whole. */
export function fitQueryToLink(text: string): string {
  const points = codePoints(wellFormed(text));
  let kept = 0;
  let encoded = 0;
  for (const point of points.slice(0, URL_QUERY_MAX_CHARS)) {
    encoded += encodeValue(point).length;
    if (encoded > URL_QUERY_MAX_ENCODED) break;
    kept += 1;
  }
  return points.slice(0, kept).join('');
}

/**
 * Trims the search text and shortens it to what a link may carry. `cutFrom` is the length in
 * code points before shortening, or null when nothing was cut.
 */
export function capQuery(text: string): { query: string; cutFrom: number | null } {
  const trimmed = wellFormed(text).trim();
  if (fitsInLink(trimmed)) return { query: trimmed, cutFrom: null };
  // Cutting can expose inner whitespace at the new end.
  return { query: fitQueryToLink(trimmed).trimEnd(), cutFrom: codePoints(trimmed).length };
}
