import { describe, expect, it } from 'vitest';

import { articleContainsName, locateQuote } from '../../src/domain/quotes';
import { seededRandom } from '../../src/domain/random';

describe('locateQuote', () => {
  const article = 'First  line\nof text.\n\nSecond “quoted” part.';

  it('finds an exact passage at its offsets', () => {
    const range = locateQuote(article, 'Second “quoted”');
    expect(range).not.toBeNull();
    expect(article.slice(range!.start, range!.end)).toBe('Second “quoted”');
  });

  it('ignores differences in whitespace and maps back to the original text', () => {
    const range = locateQuote(article, 'line of   text.');
    expect(article.slice(range!.start, range!.end)).toBe('line\nof text.');
  });

  it('does not match other punctuation or wording', () => {
    expect(locateQuote(article, 'Second "quoted" part.')).toBeNull();
    expect(locateQuote(article, 'Third part')).toBeNull();
    expect(locateQuote(article, '   ')).toBeNull();
  });
});

/** The straightforward search this module replaced: normalise both, then `indexOf`. */
function referenceLocate(article: string, quote: string) {
  const normalise = (original: string) => {
    let text = '';
    const offsets: number[] = [];
    let pendingSpaceAt = -1;
    for (let index = 0; index < original.length; index++) {
      const char = original[index]!;
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
  };
  const needle = normalise(quote).text;
  if (needle.length === 0) return null;
  const haystack = normalise(article);
  const at = haystack.text.indexOf(needle);
  if (at < 0) return null;
  return { start: haystack.offsets[at]!, end: haystack.offsets[at + needle.length - 1]! + 1 };
}

function referenceContainsName(article: string, name: string) {
  const collapse = (text: string) => text.split(/\s+/).filter(Boolean).join(' ');
  const needle = collapse(name).toLowerCase();
  return needle.length > 0 && collapse(article).toLowerCase().includes(needle);
}

describe('locateQuote in a long article', () => {
  // Long enough that quotes are found through the index, not by a plain scan.
  const filler = Array.from({ length: 400 }, (_, i) => `Filler sentence number ${i}.`).join(' ');
  const article = [
    filler,
    'The envoy said\nthe  talks would resume. The envoy said the talks would resume.',
    'He wrote “yes” and the minister said "no".',
    'Zürich, 東京 and 🇺🇦 Kyiv\u00a0met; Genève\u2009too.',
    filler,
  ].join('\n');

  it('finds a quote that spans a line break or double spaces, at its first occurrence', () => {
    const range = locateQuote(article, 'The envoy said the talks would resume.');
    expect(article.slice(range!.start, range!.end)).toBe(
      'The envoy said\nthe  talks would resume.',
    );
    expect(range!.start).toBe(article.indexOf('The envoy said\n'));
  });

  it('gives the first of two occurrences', () => {
    const range = locateQuote(article, 'Filler sentence number 12.');
    expect(range).toEqual({
      start: article.indexOf('Filler sentence number 12.'),
      end: article.indexOf('Filler sentence number 12.') + 'Filler sentence number 12.'.length,
    });
    expect(article.lastIndexOf('Filler sentence number 12.')).toBeGreaterThan(range!.start);
  });

  it('finds nothing for a quote that is not in the article, even when its words are', () => {
    expect(locateQuote(article, 'Filler sentence number 400.')).toBeNull();
    expect(locateQuote(article, 'the talks would resume. He said')).toBeNull();
    expect(locateQuote(article, 'number 7. Filler sentence number 9.')).toBeNull();
  });

  it('tells curly quotes from straight ones', () => {
    expect(locateQuote(article, 'He wrote "yes"')).toBeNull();
    expect(locateQuote(article, 'the minister said “no”')).toBeNull();
    const range = locateQuote(article, 'He wrote “yes” and the minister said "no".');
    expect(article.slice(range!.start, range!.end)).toBe(
      'He wrote “yes” and the minister said "no".',
    );
  });

  it('finds accented, CJK and emoji text, and treats a no-break or thin space as a space', () => {
    const range = locateQuote(article, 'Zürich, 東京 and 🇺🇦 Kyiv met; Genève too.');
    expect(article.slice(range!.start, range!.end)).toBe(
      'Zürich, 東京 and 🇺🇦 Kyiv\u00a0met; Genève\u2009too.',
    );
    expect(locateQuote(article, 'Zurich, 東京')).toBeNull();
    // A zero-width space is not whitespace to JavaScript, so it must match as written.
    expect(locateQuote(article, 'Kyiv\u200bmet')).toBeNull();
  });

  it('finds a quote shorter than the index window', () => {
    const range = locateQuote(article, '東京');
    expect(article.slice(range!.start, range!.end)).toBe('東京');
    expect(locateQuote(article, 'ü')).toEqual({
      start: article.indexOf('ü'),
      end: article.indexOf('ü') + 1,
    });
  });

  it('finds names whatever their case and spacing, short or long', () => {
    expect(articleContainsName(article, 'KYIV')).toBe(true);
    expect(articleContainsName(article, 'the  ENVOY said')).toBe(true);
    expect(articleContainsName(article, 'zürich')).toBe(true);
    expect(articleContainsName(article, 'Odesa')).toBe(false);
    expect(articleContainsName(article, ' ')).toBe(false);
  });
});

describe('locateQuote agrees with a plain search of the normalised text', () => {
  it('on random articles full of repeats, whitespace and surrogate pairs', () => {
    const random = seededRandom(9);
    const alphabet = [
      'a',
      'b',
      'ab',
      'ba',
      ' ',
      '  ',
      '\n',
      '\t',
      '\u00a0',
      '“',
      '"',
      'É',
      '😀',
      '.',
    ];
    const pick = () => alphabet[Math.floor(random() * alphabet.length)]!;
    for (let round = 0; round < 60; round++) {
      const article = Array.from({ length: 50 + Math.floor(random() * 400) }, pick).join('');
      for (let query = 0; query < 40; query++) {
        // Half are passages of the article (often with their whitespace changed), half invented.
        let quote: string;
        if (random() < 0.5) {
          const start = Math.floor(random() * article.length);
          quote = article.slice(start, start + 1 + Math.floor(random() * 30));
          if (random() < 0.5) quote = quote.replace(/\s+/g, random() < 0.5 ? ' ' : ' \n ');
        } else {
          quote = Array.from({ length: 1 + Math.floor(random() * 20) }, pick).join('');
        }
        expect(locateQuote(article, quote), JSON.stringify({ article, quote })).toEqual(
          referenceLocate(article, quote),
        );
        expect(articleContainsName(article, quote), JSON.stringify({ article, quote })).toBe(
          referenceContainsName(article, quote),
        );
      }
    }
  });
});
