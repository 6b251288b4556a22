/** Finding evidence quotes in the article, with whitespace differences ignored. */

export interface TextRange {
  start: number;
  end: number;
}

interface NormalizedText {
  text: string;
  /** For each character of `text`, its offset in the original string. */
  offsets: number[];
}

/** Collapses every run of whitespace to one space, remembering where each character came from. */
function normalizeWhitespace(original: string): NormalizedText {
  let text = '';
  const offsets: number[] = [];
  let pendingSpaceAt = -1;
  for (let index = 0; index < original.length; index++) {
    const char = original[index] as string;
    if (/\s/.test(char)) {
      if (pendingSpaceAt < 0) pendingSpaceAt = index;
      continue;
    }
    if (pendingSpaceAt >= 0 && text.length > 0) {
      text += ' ';
      offsets.push(pendingSpaceAt);
    }
    pendingSpaceAt = -1;
    text += char;
    offsets.push(index);
  }
  return { text, offsets };
}

const normalizedArticles = new Map<string, NormalizedText>();

function normalizedArticle(article: string): NormalizedText {
  let normalized = normalizedArticles.get(article);
  if (!normalized) {
    normalized = normalizeWhitespace(article);
    normalizedArticles.set(article, normalized);
  }
  return normalized;
}

/** Where a quote stands in the article (first occurrence), or null if it is not a verbatim passage. */
export function locateQuote(article: string, quote: string): TextRange | null {
  const needle = normalizeWhitespace(quote).text;
  if (needle.length === 0) return null;
  const haystack = normalizedArticle(article);
  const at = haystack.text.indexOf(needle);
  if (at < 0) return null;
  const start = haystack.offsets[at] as number;
  const end = (haystack.offsets[at + needle.length - 1] as number) + 1;
  return { start, end };
}

/** Whether the article contains a name anywhere, ignoring case and whitespace differences. */
export function articleContainsName(article: string, name: string): boolean {
  const needle = normalizeWhitespace(name).text.toLowerCase();
  return needle.length > 0 && normalizedArticle(article).text.toLowerCase().includes(needle);
}
