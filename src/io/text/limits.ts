/**
 * How much text the coder takes at once, and the messages that say so with the figures. A
 * size is checked before anything is decoded, so a 10 MB file is refused without being read.
 */

const MB = 1024 * 1024;

/** The most text coded at once: 2 MB of UTF-8, about 300,000 words (several long books). */
export const MAX_TEXT_BYTES = 2 * MB;

/** A saved web page may be larger than its text: inline scripts and markup are most of it. */
export const MAX_PAGE_BYTES = 5 * MB;

/** Words per megabyte of English text (about 7 bytes a word, spaces included), for messages. */
const WORDS_PER_BYTE = 1 / 7;

const wholeMegabytes = (bytes: number) => `${Math.round((bytes / MB) * 10) / 10} MB`;

/** A size for messages, one decimal: "10.0 MB", "2.4 MB". */
export function formatSize(bytes: number): string {
  return `${(bytes / MB).toFixed(1)} MB`;
}

const aboutWords = (bytes: number) =>
  (Math.round((bytes * WORDS_PER_BYTE) / 10_000) * 10_000).toLocaleString('en-US');

/** What the coder takes, in words a person weighs: "2 MB (about 300,000 words)". */
export const TEXT_LIMIT_WORDS = `${wholeMegabytes(MAX_TEXT_BYTES)} (about ${aboutWords(MAX_TEXT_BYTES)} words)`;

export type SizeSubject = 'text' | 'file' | 'page' | 'readable';

/** Null when `byteLength` bytes may be read as `subject`; else the message naming both figures. */
export function checkTextSize(byteLength: number, subject: SizeSubject): string | null {
  const limit = subject === 'page' ? MAX_PAGE_BYTES : MAX_TEXT_BYTES;
  if (byteLength <= limit) return null;
  const size = formatSize(byteLength);
  switch (subject) {
    case 'page':
      return `This page is ${size}; pages of up to ${wholeMegabytes(MAX_PAGE_BYTES)} are read. Open the article on its own page, or copy its text and paste it here.`;
    case 'readable':
      return `The readable text of this page is ${size}; the coder takes at most ${TEXT_LIMIT_WORDS} at a time. Paste one article, or split the text.`;
    case 'file':
      return `This file is ${size}; the coder takes at most ${TEXT_LIMIT_WORDS} at a time. Open one article, or split the text into parts.`;
    case 'text':
      return `This text is ${size}; the coder takes at most ${TEXT_LIMIT_WORDS} at a time. Paste one article, or split the text.`;
  }
}

/** Bytes the text takes in UTF-8, counted without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      bytes += 4;
      index += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** Is the file a web page, by its name or declared type (read before its bytes are)? */
export function isPageName(fileName: string, mime = ''): boolean {
  return (
    /\.(?:html?|xhtml)$/i.test(fileName) || /^(?:text\/html|application\/xhtml\+xml)\b/i.test(mime)
  );
}

/** Is the file markdown, by its name or declared type? */
export function isMarkdownName(fileName: string, mime = ''): boolean {
  return /\.(?:md|markdown|mdown|mkd)$/i.test(fileName) || /^text\/(?:x-)?markdown\b/i.test(mime);
}
