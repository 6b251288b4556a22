import { describe, expect, it } from 'vitest';

import { embedCode, htmlAttribute } from '../../../src/domain/link/embedCode';

describe('embed code', () => {
  it('is an iframe of the link, titled with the dataset, at the chosen height', () => {
    expect(
      embedCode({
        src: 'https://example.org/graph/?v=1&actor=russia&embed=1',
        datasetTitle: 'Peace talks stall',
        height: 400,
      }),
    ).toBe(
      '<iframe src="https://example.org/graph/?v=1&amp;actor=russia&amp;embed=1" ' +
        'title="Actor Graph: Peace talks stall" width="100%" height="400" style="border:0" ' +
        'loading="lazy" allow="clipboard-write"></iframe>',
    );
  });

  it('escapes a hostile title so it cannot leave its attribute', () => {
    const code = embedCode({
      src: 'https://example.org/?embed=1',
      datasetTitle: `"><script>alert(1)</script> & 'x'`,
      height: 600,
    });
    expect(code).toContain(
      'title="Actor Graph: &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#39;x&#39;"',
    );
    // One tag opens and one closes: nothing in the title made another.
    expect(code.match(/</g)).toHaveLength(2);
    expect(code.match(/"/g)).toHaveLength(2 * 7);
  });

  it('leaves text without markup characters as it is', () => {
    expect(htmlAttribute('Kyiv – “talks”, 2025')).toBe('Kyiv – “talks”, 2025');
    expect(htmlAttribute('a&amp;b')).toBe('a&amp;amp;b');
  });
});
