import { describe, expect, it } from 'vitest';

import {
  LINK_DATA_LIMIT,
  parseFragment,
  serializeFragment,
} from '../../../src/domain/link/fragment';

describe('the #data fragment', () => {
  it('reads the #data fragment, refusing one that is too long or holds foreign characters', () => {
    expect(parseFragment('')).toEqual({ data: null, ignored: [] });
    expect(parseFragment('#data=N4Ig+-$x')).toEqual({ data: 'N4Ig+-$x', ignored: [] });
    expect(serializeFragment('N4Ig')).toBe('#data=N4Ig');
    expect(serializeFragment(null)).toBe('');
    expect(parseFragment(`#data=${'A'.repeat(LINK_DATA_LIMIT + 1)}`).ignored).toEqual([
      `the data carried in this link is too long (${LINK_DATA_LIMIT + 1} characters; at most ${LINK_DATA_LIMIT}); ignored it`,
    ]);
    expect(parseFragment('#data=<script>').data).toBeNull();
    expect(parseFragment('#data=<script>').ignored[0]).toMatch(/damaged/);
    expect(parseFragment('#whatever').ignored).toEqual(['unknown fragment "whatever"']);
  });
});
