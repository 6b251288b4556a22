import { describe, expect, it } from 'vitest';

import { locateQuote } from '../../src/domain/quotes';

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
