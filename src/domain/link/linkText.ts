/** Text as a link carries it, and as the notes about a link quote it. */

/** The text with lone surrogates made U+FFFD: encodeURIComponent throws on them, and none shows. */
export function wellFormed(text: string): string {
  return text.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  );
}

/** The characters of the text as a reader counts them: code points, not UTF-16 units. */
export function codePoints(text: string): string[] {
  return Array.from(text);
}

/** The text cut to 40 code points, marked "…" when it was longer. */
export function shorten(text: string): string {
  const points = codePoints(text);
  return points.length > 40 ? `${points.slice(0, 40).join('')}…` : text;
}

/** The text as a note quotes it: JSON quoting shows spaces, control characters and empty values. */
export function quote(text: string): string {
  return JSON.stringify(shorten(text));
}
