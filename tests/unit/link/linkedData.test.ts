import { describe, expect, it } from 'vitest';

import { parseView, serializeView } from '../../../src/domain/link/viewQuery';
import { defaultView } from '../../../src/domain/view';
import { DATASET } from './linkTestKit';

describe('data sources in the link (src, file, #data)', () => {
  const view = defaultView(DATASET);

  it('writes src and file in place of dataset, and reads them back', () => {
    const url = 'https://example.org/data/graph.json?x=1&y=2';
    const query = serializeView(view, DATASET, undefined, { kind: 'url', url });
    expect(query).toBe('v=1&src=https://example.org/data/graph.json%3Fx%3D1%26y%3D2');
    expect(parseView(query, DATASET)).toMatchObject({ ignored: [], linked: { kind: 'url', url } });
    const kept = serializeView({ ...view, panel: 'table' }, DATASET, undefined, {
      kind: 'file',
      key: '0123456789abcdef',
    });
    expect(kept).toBe('v=1&file=0123456789abcdef&panel=table');
    expect(parseView(kept, DATASET).linked).toEqual({ kind: 'file', key: '0123456789abcdef' });
    expect(parseView('', DATASET).linked).toBeNull();
  });

  it('leaves out a src that is not http(s) or too long, and a file that is not a key, saying why', () => {
    const cases: [string, string][] = [
      [
        'src=javascript:alert(1)',
        'invalid data address "javascript:alert(1)" in "src"; only http and https addresses are opened',
      ],
      [
        'src=file:///etc/passwd',
        'invalid data address "file:///etc/passwd" in "src"; only http and https addresses are opened',
      ],
      [
        'src=not a url',
        'invalid data address "not a url" in "src"; only http and https addresses are opened',
      ],
      [
        `src=https://e.org/${'a'.repeat(2000)}`,
        'value of "src" is too long (2014 characters); ignored it',
      ],
      ['file=../../etc', 'invalid data key "../../etc" in "file"'],
      ['file=0123456789ABCDEF', 'invalid data key "0123456789ABCDEF" in "file"'],
    ];
    for (const [query, note] of cases) {
      const parsed = parseView(query, DATASET);
      expect(parsed.linked, query).toBeNull();
      expect(parsed.ignored, query).toEqual([note]);
    }
  });

  it('lets src win over file and dataset, and says what it ignored', () => {
    const parsed = parseView(
      'dataset=other&src=https://e.org/g.json&file=0123456789abcdef',
      DATASET,
    );
    expect(parsed.linked).toEqual({ kind: 'url', url: 'https://e.org/g.json' });
    expect(parsed.view.dataset).toBe(DATASET);
    expect(parsed.ignored).toEqual([
      'ignored "file" because "src" is also given',
      'ignored "dataset" because "src" names the data',
    ]);
  });
});
