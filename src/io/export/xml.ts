/** XML text for the hand-written exports: escaping that keeps any label or quote as text. */

// Characters XML 1.0 does not allow at all, even escaped: C0 controls other than tab, line
// feed and carriage return, lone surrogates, and U+FFFE/U+FFFF. Matching control characters is
// the point here.
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text as element content: `&`, `<` and `>` escaped, characters XML forbids dropped. */
export function xmlText(value: string): string {
  return value
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/**
 * Text as an attribute value in double quotes: also `"` escaped, and line breaks and tabs as
 * character references, which a parser would otherwise turn into spaces.
 */
export function xmlAttribute(value: string): string {
  return xmlText(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}
