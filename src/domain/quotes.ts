/**
 * Finding evidence quotes in the article, with whitespace differences ignored. The article is
 * normalised and indexed once (see `PassageIndex`); each quote then costs about its own length,
 * not the article's, which is what lets 50,000 quotes be checked on load.
 */
import { PassageIndex } from './passageIndex';

export interface TextRange {
  start: number;
  end: number;
}

/** Whether a UTF-16 code unit is whitespace, exactly as JavaScript's `\s` defines it. */
function isWhitespace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    (code > 0x7f &&
      (code === 0xa0 ||
        code === 0x1680 ||
        (code >= 0x2000 && code <= 0x200a) ||
        code === 0x2028 ||
        code === 0x2029 ||
        code === 0x202f ||
        code === 0x205f ||
        code === 0x3000 ||
        code === 0xfeff))
  );
}

interface NormalisedText {
  text: string;
  /** For each character of `text`, its offset in the original string. */
  offsets: Uint32Array;
}

/**
 * Collapses every run of whitespace to one space and drops it at both ends, remembering where each
 * character came from. Text is copied in slices between the runs that change (a single space
 * between words stays as it is), not character by character.
 */
function normaliseWhitespace(original: string): NormalisedText {
  const offsets = new Uint32Array(original.length);
  const parts: string[] = [];
  let length = 0;
  /** Where the text not yet copied into `parts` starts. */
  let copyFrom = 0;
  let runStart = -1;
  for (let index = 0; index <= original.length; index++) {
    if (index < original.length && isWhitespace(original.charCodeAt(index))) {
      if (runStart < 0) runStart = index;
      continue;
    }
    if (runStart >= 0) {
      const keepsSpace = length > 0 && index < original.length;
      const unchanged =
        keepsSpace && index - runStart === 1 && original.charCodeAt(runStart) === 0x20;
      if (!unchanged) {
        parts.push(original.slice(copyFrom, runStart));
        if (keepsSpace) parts.push(' ');
        copyFrom = index;
      }
      if (keepsSpace) offsets[length++] = runStart;
      runStart = -1;
    }
    if (index < original.length) offsets[length++] = index;
  }
  parts.push(original.slice(copyFrom, runStart >= 0 ? runStart : original.length));
  return { text: parts.join(''), offsets: offsets.subarray(0, length) };
}

/** The text with whitespace normalised as above; a quote usually already is, and is kept as is. */
function collapseWhitespace(original: string): string {
  let normal = original.length > 0 && !isWhitespace(original.charCodeAt(original.length - 1));
  for (let index = 0; normal && index < original.length; index++) {
    const code = original.charCodeAt(index);
    if (code === 0x20) normal = index > 0 && original.charCodeAt(index + 1) !== 0x20;
    else if (isWhitespace(code)) normal = false;
  }
  return normal ? original : normaliseWhitespace(original).text;
}

/** Windows of 8 characters pick out a quote's passage; names are short, so they get 4. */
const QUOTE_GRAM = 8;
const NAME_GRAM = 4;

/** An article prepared for finding quotes and names in it; build it once per article. */
export class ArticleText {
  private readonly normalised: NormalisedText;
  private readonly passages: PassageIndex;
  private lowerCase: PassageIndex | undefined;

  constructor(readonly article: string) {
    this.normalised = normaliseWhitespace(article);
    this.passages = new PassageIndex(this.normalised.text, QUOTE_GRAM);
  }

  /** Where a quote stands in the article (first occurrence), or null if it is not a verbatim passage. */
  locate(quote: string): TextRange | null {
    const needle = collapseWhitespace(quote);
    if (needle.length === 0) return null;
    const at = this.passages.indexOf(needle);
    if (at < 0) return null;
    const { offsets } = this.normalised;
    return { start: offsets[at] as number, end: (offsets[at + needle.length - 1] as number) + 1 };
  }

  /** Whether the article contains a name anywhere, ignoring case and whitespace differences. */
  containsName(name: string): boolean {
    const needle = collapseWhitespace(name).toLowerCase();
    // Only validation asks about names, so the lower-case index is built on the first question.
    this.lowerCase ??= new PassageIndex(this.normalised.text.toLowerCase(), NAME_GRAM);
    return needle.length > 0 && this.lowerCase.indexOf(needle) >= 0;
  }
}

/**
 * The last article asked about, kept for the one-off lookups below (a click in the reader). Only
 * one: an index is several times the article's size, and the app shows one article at a time.
 */
let lastArticle: ArticleText | undefined;

/** The prepared article, reused while the same article is asked about. */
export function articleText(article: string): ArticleText {
  if (lastArticle?.article !== article) lastArticle = new ArticleText(article);
  return lastArticle;
}

/** Where a quote stands in the article (first occurrence), or null if it is not a verbatim passage. */
export function locateQuote(article: string, quote: string): TextRange | null {
  return articleText(article).locate(quote);
}

/** Whether the article contains a name anywhere, ignoring case and whitespace differences. */
export function articleContainsName(article: string, name: string): boolean {
  return articleText(article).containsName(name);
}
