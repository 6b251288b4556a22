import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { fitQueryToLink, fitsInLink } from '../../../src/domain/link/searchText';
import { parseView, serializeView } from '../../../src/domain/link/viewQuery';
import { DATASET, queryUnit, view } from './linkTestKit';

describe('the one measure of search text, shared by the text box and the link', () => {
  const roundTrip = (query: string) =>
    parseView(serializeView(view({ query }), DATASET), DATASET).view.query;

  for (const { name, char, most } of [
    { name: 'plain', char: 'a', most: 200 },
    { name: 'accented', char: 'é', most: 100 },
    { name: 'Chinese', char: '中', most: 66 },
    { name: 'emoji', char: '😀', most: 50 },
  ]) {
    it(`fits ${most} ${name} characters, not one more, and the link reopens exactly them`, () => {
      expect(fitsInLink(char.repeat(most))).toBe(true);
      expect(fitsInLink(char.repeat(most + 1))).toBe(false);
      expect(fitQueryToLink(char.repeat(most + 40))).toBe(char.repeat(most));
      expect(roundTrip(char.repeat(most))).toBe(char.repeat(most));
    });
  }

  it('measures mixed text the same way, and whatever fits reopens unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: queryUnit, maxLength: 300 }), (text) => {
        const kept = fitQueryToLink(text);
        expect(fitsInLink(kept)).toBe(true);
        expect(text.startsWith(kept)).toBe(true);
        expect(roundTrip(kept)).toBe(kept.trim());
      }),
      { numRuns: 300 },
    );
  });
});
