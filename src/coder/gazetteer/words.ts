/**
 * How the gazetteer cuts text into words and compares them: one tokenizer for the tables and
 * for the text, so a phrase in a table matches the same phrase in an article.
 */

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const SPACE = /\s/u;
const MARKS = /\p{M}/gu;
const APOSTROPHES = /[\u2018\u2019\u02bc\u2032]/g;
const HYPHENS = /[\u2010\u2011]/g;
const NON_ASCII = /[^ -~\s]/;

export interface Token {
  start: number;
  end: number;
  /** The word folded for comparison: no accents, one kind of apostrophe; case is kept. */
  word: string;
  /**
   * What stands between it and the previous token: "" (nothing, as inside "U.S."), " " (white
   * space) or "¶" (a paragraph break), so a phrase only matches as it is spaced in the table.
   */
  gap: '' | ' ' | '¶';
}

/** The form a word is compared in: accents dropped ("Élysée" = "Elysee"), apostrophes alike. */
export function foldWord(word: string): string {
  if (!NON_ASCII.test(word)) return word;
  return word.normalize('NFD').replace(MARKS, '').replace(APOSTROPHES, "'").replace(HYPHENS, '-');
}

function isSpace(code: number, text: string, at: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(text[at] as string);
}

function isWordChar(code: number, char: string): boolean {
  if (code < 128) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  }
  // The modifier apostrophe (U+02BC) is a letter to Unicode but an apostrophe to a reader.
  return code !== 0x02bc && WORD_CHAR.test(char);
}

/**
 * The words (runs of letters, marks and digits) and single other characters of a text, with
 * their places. Hand-rolled rather than a regular expression: it runs over whole books.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let newlines = 0;
  let spaced = false;
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i) as number;
    if (isSpace(code, text, i)) {
      spaced = true;
      if (code === 10) newlines += 1;
      i += 1;
      continue;
    }
    const start = i;
    let char = String.fromCodePoint(code);
    let ascii = code < 128;
    if (isWordChar(code, char)) {
      i += char.length;
      while (i < text.length) {
        const next = text.codePointAt(i) as number;
        char = next < 128 ? '' : String.fromCodePoint(next);
        if (!isWordChar(next, char)) break;
        ascii &&= next < 128;
        i += next > 0xffff ? 2 : 1;
      }
    } else {
      i += char.length;
    }
    const raw = text.slice(start, i);
    const gap = tokens.length === 0 || !spaced ? '' : newlines >= 2 ? '¶' : ' ';
    tokens.push({ start, end: i, word: ascii ? raw : foldWord(raw), gap });
    spaced = false;
    newlines = 0;
  }
  return tokens;
}

/** A lower-case slug of a name: "Côte d'Ivoire" → "cote-d-ivoire". */
export function slugOf(name: string): string {
  return name
    .normalize('NFD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
