import { describe, expect, it } from 'vitest';

import { limitQueryEdit } from '../../src/ui/filters/queryLimit';

describe('limitQueryEdit', () => {
  const full = 'é'.repeat(100);

  it('accepts an edit that fits', () => {
    expect(limitQueryEdit('nuc', 'nucl')).toEqual({ text: 'nucl', cut: false });
  });

  it('refuses typing past the limit, wherever the caret is', () => {
    expect(limitQueryEdit(full, `${full}x`)).toEqual({ text: full, cut: true });
    expect(limitQueryEdit(full, `é${'x'}${'é'.repeat(99)}`)).toEqual({ text: full, cut: true });
  });

  it('keeps the part of a paste that fits, and the text after the caret', () => {
    const before = `${'é'.repeat(90)}END`;
    const after = `${'é'.repeat(90)}${'中'.repeat(10)}END`;
    // 90 é take 540 of 600 encoded characters, END 3: room for 6 Chinese characters.
    expect(limitQueryEdit(before, after)).toEqual({
      text: `${'é'.repeat(90)}${'中'.repeat(6)}END`,
      cut: true,
    });
  });
});
