/**
 * One road in for a text to code: a file's bytes (plain text, markdown or a saved web page) or
 * pasted text become plain text plus what the source says about itself, or a message saying
 * why not. Sizes are checked before anything is decoded. Pure: runs in the page and a worker.
 */
import { decodeText } from './decodeText';
import { scriptNotice } from './language';
import { MAX_TEXT_BYTES, checkTextSize, isMarkdownName, isPageName, utf8Length } from './limits';
import { markdownMeta, markdownText } from './markdown';
import type { PageMeta } from './pageMeta';
import { readableText } from './readableText';

export type { PageMeta as TextMeta };

export type TextIntake =
  { ok: true; text: string; meta: PageMeta; notes: string[] } | { ok: false; message: string };

export const EMPTY_TEXT_MESSAGE =
  'The text is empty: paste an article, open a file or give a web address.';

/** A web page's source, pasted or saved under another name, by how it starts. */
const LOOKS_LIKE_PAGE =
  /^\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i;

/** Control characters that never belong in an article (tab, newline, form feed do). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;

/** The text as it is coded: line ends made \n, stray control characters gone, ends trimmed. */
function normalise(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '')
    .replace(/\f/g, '\n')
    .trim();
}

/** The last checks every text passes: not empty, not too long, and a word on its script. */
function finish(
  text: string,
  meta: PageMeta,
  notes: string[],
  empty: string,
  reduced: boolean,
): TextIntake {
  const normalised = normalise(text);
  if (normalised === '') return { ok: false, message: empty };
  const tooLong = checkTextSize(utf8Length(normalised), reduced ? 'readable' : 'text');
  if (tooLong) return { ok: false, message: tooLong };
  const notice = scriptNotice(normalised);
  return { ok: true, text: normalised, meta, notes: notice ? [...notes, notice] : notes };
}

function fromPage(html: string, empty: string, leadingNotes: string[] = []): TextIntake {
  const { text, notes, ...meta } = readableText(html);
  return finish(text, meta, [...leadingNotes, ...notes], empty, true);
}

/**
 * A file's bytes as text to code: a .html or .htm page (or one that starts like a page) reduced
 * to its readable text and metadata, a .md file to its plain text, anything else read as text.
 */
export function textFromBytes(bytes: Uint8Array, fileName: string, mime?: string): TextIntake {
  const label = `“${fileName}”`;
  const page = isPageName(fileName, mime);
  const tooLarge = checkTextSize(bytes.length, page ? 'page' : 'file');
  if (tooLarge) return { ok: false, message: tooLarge };
  if (bytes.length === 0) return { ok: false, message: `${label} is empty: it holds no text.` };

  const decoded = decodeText(bytes, label);
  if (!decoded.ok) return decoded;
  const { text, notes } = decoded;
  if (page || LOOKS_LIKE_PAGE.test(text.slice(0, 1024))) {
    return fromPage(
      text,
      `No readable text was found in ${label}: the page may write its text with scripts as it opens. Open the page in the browser, copy its text and paste it here.`,
      notes,
    );
  }
  const empty = `${label} holds only blank space: there is no text to read.`;
  if (isMarkdownName(fileName, mime)) {
    return finish(markdownText(text), markdownMeta(text), notes, empty, false);
  }
  return finish(text, {}, notes, empty, false);
}

/** Share of control characters above which pasted "text" is a binary file's bytes. */
const MAX_CONTROL_SHARE = 0.02;

/** Pasted text checked as a file is: empty, too long, binary, a page's source, another script. */
export function checkPastedText(text: string): TextIntake {
  // A cheap bound first: a string takes at most 3 UTF-8 bytes per UTF-16 unit.
  const tooLong = text.length * 3 > MAX_TEXT_BYTES && checkTextSize(utf8Length(text), 'text');
  if (tooLong) return { ok: false, message: tooLong };
  if (text.trim() === '') return { ok: false, message: EMPTY_TEXT_MESSAGE };
  const sample = text.slice(0, 8192);
  const controls = sample.match(CONTROL)?.length ?? 0;
  if (sample.includes('\u0000') || controls > sample.length * MAX_CONTROL_SHARE) {
    return {
      ok: false,
      message:
        "This text holds characters that never appear in an article: it looks like a binary file pasted as text. Paste the article's text instead.",
    };
  }
  if (LOOKS_LIKE_PAGE.test(sample)) {
    return fromPage(
      text,
      "No readable text was found in the pasted page source. Open the page in the browser, copy the article's text (not its source) and paste it here.",
      ["The pasted text was a web page's source; it was reduced to its readable text."],
    );
  }
  return finish(text, {}, [], EMPTY_TEXT_MESSAGE, false);
}
