import { describe, expect, it } from 'vitest';

import { NO_PRESENTATION } from '../../../src/domain/link/presentation';
import { parseView, serializeView } from '../../../src/domain/link/viewQuery';
import { DATASET, REAL_IDS, view } from './linkTestKit';

describe('embed and draft in the link', () => {
  it('writes embed=1 last and a draft after the data, leaving out what is off', () => {
    const selected = view({ selection: { kind: 'actor', id: 'russia' }, panel: 'table' });
    expect(serializeView(selected, DATASET, undefined, null, { embed: true, draft: null })).toBe(
      'v=1&actor=russia&panel=table&embed=1',
    );
    expect(
      serializeView(
        selected,
        DATASET,
        undefined,
        { kind: 'file', key: '0123456789abcdef' },
        {
          embed: false,
          draft: 'draft-2025-04-23-x7',
        },
      ),
    ).toBe('v=1&file=0123456789abcdef&draft=draft-2025-04-23-x7&actor=russia&panel=table');
    // The default view, embedded, is still a link of its own.
    expect(serializeView(view(), DATASET, undefined, null, { embed: true, draft: null })).toBe(
      'v=1&embed=1',
    );
    expect(serializeView(selected, DATASET, undefined, null, NO_PRESENTATION)).toBe(
      serializeView(selected, DATASET),
    );
  });

  it('reads embed and draft beside the view, which they leave as it is', () => {
    const parsed = parseView('?embed=1&draft=Ab-9&actor=russia', DATASET, REAL_IDS);
    expect(parsed.presentation).toEqual({ embed: true, draft: 'Ab-9' });
    expect(parsed.view).toEqual(view({ selection: { kind: 'actor', id: 'russia' } }));
    expect(parsed.ignored).toEqual([]);
    expect(parseView('actor=russia', DATASET).presentation).toEqual(NO_PRESENTATION);
    expect(parseView('embed=0', DATASET)).toMatchObject({
      presentation: NO_PRESENTATION,
      ignored: [],
    });
    expect(parseView('embed=%20TRUE%20', DATASET).presentation.embed).toBe(true);
  });

  it('drops a bad embed flag or draft id with a notice, and opens the rest', () => {
    const cases: [string, string][] = [
      ['embed=yes', 'invalid value "yes" in "embed"; expected 1 or 0'],
      ['embed=', 'invalid value "" in "embed"; expected 1 or 0'],
      ['embed=2', 'invalid value "2" in "embed"; expected 1 or 0'],
      ['draft=', 'invalid draft id "" in "draft"'],
      ['draft=../keys', 'invalid draft id "../keys" in "draft"'],
      ['draft=a%20b', 'invalid draft id "a b" in "draft"'],
      ['draft=caf%C3%A9', 'invalid draft id "café" in "draft"'],
      [`draft=${'a'.repeat(65)}`, `invalid draft id "${'a'.repeat(40)}…" in "draft"`],
    ];
    for (const [query, note] of cases) {
      const parsed = parseView(`${query}&panel=table`, DATASET);
      expect(parsed.presentation, query).toEqual(NO_PRESENTATION);
      expect(parsed.ignored, query).toEqual([note]);
      expect(parsed.view.panel, query).toBe('table');
    }
    // 64 characters is the longest draft id.
    expect(parseView(`draft=${'a'.repeat(64)}`, DATASET).presentation.draft).toBe('a'.repeat(64));
  });

  it('reads the first of a repeated embed or draft and says so', () => {
    const parsed = parseView('embed=1&embed=0&draft=one&draft=two', DATASET);
    expect(parsed.presentation).toEqual({ embed: true, draft: 'one' });
    expect(parsed.ignored).toEqual([
      'repeated parameter "embed"; ignored the value "0"',
      'repeated parameter "draft"; ignored the value "two"',
    ]);
  });
});
