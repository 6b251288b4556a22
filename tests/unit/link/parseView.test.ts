import { describe, expect, it } from 'vitest';

import type { DatasetIds } from '../../../src/domain/link/datasetIds';
import { parseView, serializeView } from '../../../src/domain/link/viewQuery';
import type { ViewState } from '../../../src/domain/view';
import { DATASET, REAL_IDS, assertValidView, view } from './linkTestKit';

describe('parseView golden links', () => {
  const cases: {
    link: string;
    ids?: DatasetIds;
    view: ViewState;
    ignored: string[];
  }[] = [
    { link: '', view: view(), ignored: [] },
    { link: '?', view: view(), ignored: [] },
    { link: 'v=1', view: view(), ignored: [] },
    {
      link: 'v=1&hide=ACCUSE,THREATEN&actor=russia',
      ids: REAL_IDS,
      view: view({
        hiddenTypes: ['ACCUSE', 'THREATEN'],
        selection: { kind: 'actor', id: 'russia' },
      }),
      ignored: [],
    },
    {
      link: '?hide=THREATEN,,ACCUSE,THREATEN,&hideclass=structural,verbal-conflict&hidekind=meeting,state',
      view: view({
        hiddenTypes: ['ACCUSE', 'THREATEN'],
        hiddenClasses: ['verbal-conflict', 'structural'],
        hiddenKinds: ['state', 'meeting'],
      }),
      ignored: [],
    },
    {
      link: 'hidestatus=planned,,stalled,planned,&hidekind=meeting',
      view: view({ hiddenKinds: ['meeting'], hiddenStatuses: ['stalled', 'planned'] }),
      ignored: [],
    },
    {
      link: 'hidestatus=planned,held,Stalled&panel=table',
      view: view({ hiddenStatuses: ['planned'], panel: 'table' }),
      ignored: [
        'unknown relation status "held" in "hidestatus"',
        'unknown relation status "Stalled" in "hidestatus"',
      ],
    },
    {
      link: 'hide=HUG',
      view: view(),
      ignored: ['unknown relation type "HUG" in "hide"'],
    },
    {
      link: 'hide=ACCUSE,accuse&hideclass=chatter&hidekind=robot',
      view: view({ hiddenTypes: ['ACCUSE'] }),
      ignored: [
        'unknown relation type "accuse" in "hide"',
        'unknown class "chatter" in "hideclass"',
        'unknown actor kind "robot" in "hidekind"',
      ],
    },
    {
      link: 'v=9&panel=table',
      view: view({ panel: 'table' }),
      ignored: ['link version 9 is newer than this app (1); read as version 1'],
    },
    {
      link: 'panel=article&v=banana',
      view: view({ panel: 'article' }),
      ignored: ['unrecognised link version "banana"; read as version 1'],
    },
    {
      link: 'zoom=1.5&x=10',
      view: view(),
      ignored: ['ignored the camera because "y" is missing'],
    },
    {
      link: 'y=3',
      view: view(),
      ignored: ['ignored the camera because "zoom" and "x" are missing'],
    },
    {
      link: 'zoom=0.5&x=-0&y=12.4',
      view: view({ camera: { zoom: 0.5, x: 0, y: 12 } }),
      ignored: [],
    },
    {
      link: 'zoom=0.0082&x=-40000&y=3',
      view: view({ camera: { zoom: 0.0082, x: -40000, y: 3 } }),
      ignored: [],
    },
    {
      link: 'zoom=0.0004&x=0&y=0',
      view: view(),
      ignored: ['zoom 0.0004 is outside 0.001 to 4; ignored the camera'],
    },
    {
      link: 'zoom=9&x=0&y=100001',
      view: view(),
      ignored: [
        'zoom 9 is outside 0.001 to 4; ignored the camera',
        'y 100001 is outside ±100000; ignored the camera',
      ],
    },
    {
      link: 'zoom=1&x=1e3&y=Infinity',
      view: view(),
      ignored: [
        'invalid number "1e3" in "x"; ignored the camera',
        'invalid number "Infinity" in "y"; ignored the camera',
      ],
    },
    {
      link: 'depth=2',
      view: view(),
      ignored: ['ignored "depth" because there is no "focus"'],
    },
    {
      link: 'focus=russia&depth=3',
      ids: REAL_IDS,
      view: view({ focus: { actor: 'russia', depth: 3 } }),
      ignored: [],
    },
    {
      link: 'focus=russia&depth=4',
      view: view({ focus: { actor: 'russia', depth: 1 } }),
      ignored: ['invalid depth "4" in "depth"; used 1'],
    },
    {
      link: 'actor=russia&actor=ukraine',
      view: view({ selection: { kind: 'actor', id: 'russia' } }),
      ignored: ['repeated parameter "actor"; ignored the value "ukraine"'],
    },
    {
      link: 'actor=russia&relation=russia-strikes-ukraine',
      view: view({ selection: { kind: 'actor', id: 'russia' } }),
      ignored: ['ignored "relation" because "actor" is also given'],
    },
    {
      link: 'focus=atlantis&depth=2&relation=atlantis-invades-russia',
      ids: REAL_IDS,
      view: view(),
      ignored: [
        'unknown actor "atlantis" in "focus"',
        'ignored "depth" because there is no "focus"',
        'unknown relation "atlantis-invades-russia" in "relation"',
      ],
    },
    {
      link: 'focus=Russia&actor=russia_1',
      view: view(),
      ignored: ['invalid actor id "Russia" in "focus"', 'invalid actor id "russia_1" in "actor"'],
    },
    {
      link: '%E0%A4%A',
      view: view(),
      ignored: ['unknown parameter "\uFFFD%A"'],
    },
    {
      link: 'foo=bar&utm_source=x&&',
      view: view(),
      ignored: ['unknown parameter "foo"', 'unknown parameter "utm_source"'],
    },
    {
      link: 'q=%ZZ',
      view: view({ query: '%ZZ' }),
      ignored: ['malformed percent-encoding in "q"; read it as "%ZZ"'],
    },
    {
      link: 'q=+peace++talks+%26+more+',
      view: view({ query: 'peace  talks & more' }),
      ignored: [],
    },
    {
      link: 'isolated=true&layout=grid&panel=table&dataset=other-set',
      view: view({ showIsolated: true, layout: 'grid', panel: 'table', dataset: 'other-set' }),
      ignored: [],
    },
    {
      link: 'isolated=yes&layout=spiral&panel=map&dataset=Other_Set',
      view: view(),
      ignored: [
        'invalid dataset id "Other_Set" in "dataset"',
        'invalid value "yes" in "isolated"; expected 1 or 0',
        'unknown layout "spiral" in "layout"',
        'unknown panel "map" in "panel"',
      ],
    },
    {
      link: `hide=${'A'.repeat(2001)}&panel=table`,
      view: view({ panel: 'table' }),
      ignored: ['value of "hide" is too long (2001 characters); ignored it'],
    },
  ];

  for (const testCase of cases) {
    it(`opens ${JSON.stringify(testCase.link.slice(0, 80))}`, () => {
      const parsed = parseView(testCase.link, DATASET, testCase.ids);
      expect(parsed.view).toEqual(testCase.view);
      expect(parsed.ignored).toEqual(testCase.ignored);
      assertValidView(parsed.view, testCase.ids);
    });
  }
});

describe('parseView search text', () => {
  it('cuts text longer than 200 characters and says so', () => {
    const parsed = parseView(`q=${'a'.repeat(250)}`, DATASET);
    expect(parsed.view.query).toBe('a'.repeat(200));
    expect(parsed.ignored).toEqual(['shortened the search text in "q" from 250 to 200 characters']);
  });

  it('cuts emoji on a code-point boundary so the encoding fits in 600 characters', () => {
    const emoji = '😀'.repeat(200);
    const parsed = parseView(`q=${encodeURIComponent(emoji)}`, DATASET);
    expect(parsed.view.query).toBe('😀'.repeat(50));
    expect(parsed.ignored).toEqual(['shortened the search text in "q" from 200 to 50 characters']);
    const link = serializeView(view({ query: emoji }), DATASET);
    expect(link).toBe(`v=1&q=${encodeURIComponent('😀'.repeat(50))}`);
  });

  it('cuts three-byte characters to 66, the most whose encoding fits', () => {
    const parsed = parseView(`q=${'中'.repeat(100)}`, DATASET);
    expect(parsed.view.query).toBe('中'.repeat(66));
  });

  it('trims whitespace the cut exposes', () => {
    const parsed = parseView(`q=${'a'.repeat(199)}%20%20b`, DATASET);
    expect(parsed.view.query).toBe('a'.repeat(199));
  });
});
