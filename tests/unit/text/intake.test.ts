import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import {
  EMPTY_TEXT_MESSAGE,
  type TextIntake,
  checkPastedText,
  textFromBytes,
} from '../../../src/io/text/intake';
import { scriptNotice } from '../../../src/io/text/language';

const utf8 = (text: string) => new TextEncoder().encode(text);
const newsPage = readFileSync('tests/unit/text/fixtures/news-article.html');
const english =
  'Efforts to resume peace talks between Russia and Ukraine have once again hit a deadlock, as fresh military strikes on both sides have undermined the diplomatic momentum of the talks in London.';

function accepted(result: TextIntake) {
  if (!result.ok) throw new Error(`refused: ${result.message}`);
  return result;
}
function refused(result: TextIntake): string {
  if (result.ok) throw new Error('accepted');
  return result.message;
}

/** Bytes that look like nothing in particular: a compressed or encrypted file. */
function noise(length: number, withNul: boolean): Uint8Array {
  const bytes = new Uint8Array(length);
  let seed = 7;
  for (let index = 0; index < length; index += 1) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    bytes[index] = withNul ? seed % 256 : 1 + (seed % 255);
  }
  return bytes;
}

describe('files that are not text', () => {
  it('names a PDF, an image and a Word file, and says to paste the text instead', () => {
    expect(refused(textFromBytes(utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'article.pdf'))).toBe(
      "“article.pdf” is a PDF document, not text; open it, copy the article's text and paste it here.",
    );
    const png = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0);
    expect(refused(textFromBytes(png, 'photo.txt'))).toContain('is a PNG image, not text');
    const docx = Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0);
    expect(refused(textFromBytes(docx, 'story.docx'))).toContain('a Word document');
  });

  it('refuses bytes with NULs, or mostly invalid UTF-8, as a binary file', () => {
    const message =
      "“notes.txt” looks like a binary file (a PDF? an image?), not text; paste the article's text instead.";
    expect(refused(textFromBytes(noise(4000, true), 'notes.txt'))).toBe(message);
    expect(refused(textFromBytes(noise(4000, false), 'notes.txt'))).toBe(message);
    const highBytesOnly = noise(4000, false).map((byte) => 0x80 | byte);
    expect(refused(textFromBytes(highBytesOnly, 'notes.txt'))).toBe(message);
  });
});

describe('sizes', () => {
  it('refuses a 10 MB file by its size before reading a byte of it', () => {
    // All NUL bytes: decoding would call it binary, so the size message proves the order.
    expect(refused(textFromBytes(new Uint8Array(10 * 1024 * 1024), 'big.txt'))).toBe(
      'This file is 10.0 MB; the coder takes at most 2 MB (about 300,000 words) at a time. Open one article, or split the text into parts.',
    );
  });

  it('lets a saved page be larger than its text, up to 5 MB', () => {
    expect(refused(textFromBytes(new Uint8Array(10 * 1024 * 1024), 'page.html'))).toMatch(
      /^This page is 10\.0 MB; pages of up to 5 MB are read\./,
    );
    const padded = `<html><body><script>${'x'.repeat(3 * 1024 * 1024)}</script><p>${english}</p></body></html>`;
    expect(accepted(textFromBytes(utf8(padded), 'page.html')).text).toBe(english);
  });

  it('refuses pasted text over 2 MB with the figure', () => {
    expect(refused(checkPastedText('a'.repeat(10 * 1024 * 1024)))).toBe(
      'This text is 10.0 MB; the coder takes at most 2 MB (about 300,000 words) at a time. Paste one article, or split the text.',
    );
  });
});

describe('empty text', () => {
  it('says an empty or blank file holds no text', () => {
    expect(refused(textFromBytes(new Uint8Array(0), 'a.txt'))).toBe(
      '“a.txt” is empty: it holds no text.',
    );
    expect(refused(textFromBytes(utf8(' \n\t\r\n '), 'a.txt'))).toContain('only blank space');
  });

  it('says pasted text is empty when it is only spaces', () => {
    expect(refused(checkPastedText(''))).toBe(EMPTY_TEXT_MESSAGE);
    expect(refused(checkPastedText('   \n\n  '))).toBe(EMPTY_TEXT_MESSAGE);
  });

  it('says so when a page has no readable text, only scripts', () => {
    const page = '<html><body><div id="app"></div><script>render()</script></body></html>';
    expect(refused(textFromBytes(utf8(page), 'app.html'))).toMatch(
      /^No readable text was found in “app\.html”.*paste it here\.$/,
    );
  });
});

describe('encodings', () => {
  it('reads UTF-8 with and without its byte-order mark, line ends made \\n', () => {
    const withBom = Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8(`${english}\r\nKyiv – Київ`));
    expect(accepted(textFromBytes(withBom, 'a.txt'))).toMatchObject({
      text: `${english}\nKyiv – Київ`,
      notes: [],
    });
  });

  it('reads UTF-16 in either byte order', () => {
    const text = `${english} Zelenskyy’s visit.`;
    const little = new Uint8Array(2 + text.length * 2);
    const big = new Uint8Array(2 + text.length * 2);
    little.set([0xff, 0xfe]);
    big.set([0xfe, 0xff]);
    for (let index = 0; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      little.set([code & 0xff, code >> 8], 2 + index * 2);
      big.set([code >> 8, code & 0xff], 2 + index * 2);
    }
    expect(accepted(textFromBytes(little, 'a.txt')).text).toBe(text);
    expect(accepted(textFromBytes(big, 'a.txt')).text).toBe(text);
  });

  it('reads an older Windows-1252 file and says so', () => {
    const bytes = Uint8Array.from([
      ...utf8(`${english} The caf`),
      0xe9,
      0x20,
      0x93,
      ...utf8('quote'),
      0x94,
    ]);
    const result = accepted(textFromBytes(bytes, 'old.txt'));
    expect(result.text).toBe(`${english} The café “quote”`);
    expect(result.notes.join(' ')).toContain('Windows-1252');
  });
});

describe('formats', () => {
  it('reduces a .html page to its article, with its title, date, site and address', () => {
    const result = accepted(textFromBytes(newsPage, 'peace-talks.html'));
    expect(result.text.split('\n\n')[0]).toBe('Russia–Ukraine peace talks hit a deadlock');
    expect(result.text).not.toMatch(/<|dataLayer|Share on X/);
    expect(result.meta).toMatchObject({
      title: 'Russia–Ukraine peace talks hit a deadlock as strikes continue',
      published: '2025-04-24T07:30:00+01:00',
      siteName: 'World News Daily',
      url: 'https://news.example.org/world/2025/04/24/peace-talks-deadlock',
    });
    expect(result.notes[0]).toMatch(/^Dropped 5 scripts, navigation, an ad, /);
  });

  it('reads a page saved as .txt, or served as text/html, as a page', () => {
    expect(accepted(textFromBytes(newsPage, 'saved.txt')).meta.siteName).toBe('World News Daily');
    const served = utf8(`<p>${english}</p><script>x()</script>`);
    expect(accepted(textFromBytes(served, 'talks', 'text/html; charset=utf-8')).text).toBe(english);
  });

  it('strips markdown from a .md file and takes its first heading as the title', () => {
    const result = accepted(textFromBytes(utf8(`# Talks **stall**\n\n${english}`), 'talks.md'));
    expect(result.text).toBe(`Talks stall\n\n${english}`);
    expect(result.meta).toEqual({ title: 'Talks stall' });
  });

  it('keeps a plain text file as written, markup characters included, with nothing invented', () => {
    const text = `${english}\nIt quoted <b>bold</b> & more.`;
    expect(accepted(textFromBytes(utf8(text), 'a.txt'))).toEqual({
      ok: true,
      text,
      meta: {},
      notes: [],
    });
  });
});

describe('pasted text', () => {
  it('is trimmed and otherwise kept as written', () => {
    expect(accepted(checkPastedText(`\n  ${english}\r\n\r\nSecond paragraph.  \n`))).toEqual({
      ok: true,
      text: `${english}\n\nSecond paragraph.`,
      meta: {},
      notes: [],
    });
  });

  it("reduces a pasted page's source to its text, and says so", () => {
    const result = accepted(checkPastedText(newsPage.toString('utf8')));
    expect(result.text).not.toContain('<');
    expect(result.notes[0]).toBe(
      "The pasted text was a web page's source; it was reduced to its readable text.",
    );
  });

  it('refuses a binary file pasted as text', () => {
    const pasted = String.fromCharCode(...noise(2000, false).map((byte) => (byte % 32) + 1));
    expect(refused(checkPastedText(pasted))).toMatch(/looks like a binary file pasted as text/);
  });

  it('codes text in another script, with a notice naming the script', () => {
    const russian =
      'Усилия по возобновлению мирных переговоров между Россией и Украиной вновь зашли в тупик, поскольку новые военные удары с обеих сторон подорвали дипломатический импульс.';
    const result = accepted(checkPastedText(russian));
    expect(result.text).toBe(russian);
    expect(result.notes).toEqual([
      'Most of this text is in Cyrillic script; the coder reads English only, so it will suggest few actors or relations, if any.',
    ]);
  });
});

describe('the script and language notice', () => {
  it('names the script most of the letters are in', () => {
    expect(
      scriptNotice('روسيا وأوكرانيا فشلتا في الاتفاق على وقف إطلاق النار يوم الأربعاء في لندن'),
    ).toMatch(/^Most of this text is in Arabic script;/);
    expect(
      scriptNotice(
        '俄罗斯和乌克兰的和平谈判再次陷入僵局，双方新的军事打击削弱了外交势头。伦敦会议没有取得进展。',
      ),
    ).toMatch(/^Most of this text is in Chinese \(Han\) script;/);
  });

  it('notices Latin-script text that is not English', () => {
    expect(
      scriptNotice(
        "Les efforts pour relancer les pourparlers de paix entre la Russie et l'Ukraine sont une nouvelle fois dans l'impasse, car de nouvelles frappes militaires des deux côtés ont sapé l'élan diplomatique. Des responsables se sont réunis mercredi à Londres.",
      ),
    ).toMatch(/^This text does not read like English/);
  });

  it('says nothing of English, or of a text too short to judge', () => {
    expect(scriptNotice(english)).toBeNull();
    expect(scriptNotice('Київ')).toBeNull();
  });
});
