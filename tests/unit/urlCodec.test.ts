import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { ACTOR_KIND_IDS } from '../../src/domain/actorKinds';
import { LAYOUTS } from '../../src/domain/layoutIds';
import { LOOKS } from '../../src/domain/looks';
import { RELATION_STATUS_IDS } from '../../src/domain/relationStatuses';
import { QUAD_CLASSES, RELATION_TYPE_IDS } from '../../src/domain/relationTypes';
import type { Selection } from '../../src/domain/selection';
import { TIME_STEPS, isDay } from '../../src/domain/timeRange';
import {
  DATASET_PENDING,
  type DatasetIds,
  LINK_DATA_LIMIT,
  URL_PARAMETERS,
  URL_QUERY_MAX_CHARS,
  URL_QUERY_MAX_ENCODED,
  URL_VERSION,
  datasetIds,
  fitQueryToLink,
  fitsInLink,
  parseFragment,
  parseView,
  serializeFragment,
  serializeView,
} from '../../src/domain/urlCodec';
import {
  FOCUS_DEPTHS,
  MAX_ZOOM,
  MIN_ZOOM,
  PANELS,
  type ViewState,
  defaultView,
  roundCamera,
} from '../../src/domain/view';
import { realDataset } from './realDataset';

const DATASET = 'russia-ukraine-talks';
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const QUAD_CLASS_IDS = QUAD_CLASSES.map((quadClass) => quadClass.id);
const LAYOUT_IDS = LAYOUTS.map((layout) => layout.id);
const PARAM_NAMES: readonly string[] = URL_PARAMETERS;

const dataset = realDataset();
const REAL_IDS: DatasetIds = {
  actorIds: new Set(dataset.actors.map((actor) => actor.id)),
  relationIds: new Set(dataset.relations.map((relation) => relation.id)),
};

/** The default view of the test dataset with some fields replaced. */
function view(overrides: Partial<ViewState> = {}): ViewState {
  return { ...defaultView(DATASET), ...overrides };
}

/** The length the codec's own encoding gives a value (commas stay readable). */
function encodedLength(text: string): number {
  return encodeURIComponent(text).replace(/%2C/g, ',').length;
}

function inRegistryOrder(list: readonly string[], universe: readonly string[]): boolean {
  // Equal to the registry filtered by it: only known ids, registry order, no duplicates.
  const expected = universe.filter((id) => list.includes(id));
  return list.length === expected.length && list.every((id, index) => id === expected[index]);
}

function sameKeys(value: object, keys: string[]): boolean {
  return Object.keys(value).sort().join() === keys.join();
}

/** What is wrong with a view, one line per broken field; plain checks, as the fuzz calls it 10,000 times. */
function viewProblems(v: ViewState, ids?: DatasetIds): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  check(sameKeys(v, Object.keys(defaultView(DATASET)).sort()), 'fields');
  check(SLUG.test(v.dataset), 'dataset');
  check(inRegistryOrder(v.hiddenTypes, RELATION_TYPE_IDS), 'hiddenTypes');
  check(inRegistryOrder(v.hiddenClasses, QUAD_CLASS_IDS), 'hiddenClasses');
  check(inRegistryOrder(v.hiddenKinds, ACTOR_KIND_IDS), 'hiddenKinds');
  check(inRegistryOrder(v.hiddenStatuses, RELATION_STATUS_IDS), 'hiddenStatuses');
  if (v.focus !== null) {
    check(sameKeys(v.focus, ['actor', 'depth']), 'focus fields');
    check(SLUG.test(v.focus.actor), 'focus.actor');
    check(FOCUS_DEPTHS.includes(v.focus.depth), 'focus.depth');
    check(!ids || ids.actorIds.has(v.focus.actor), 'focus.actor known');
  }
  check(typeof v.query === 'string' && v.query === v.query.trim(), 'query trimmed');
  check(Array.from(v.query).length <= URL_QUERY_MAX_CHARS, 'query length');
  try {
    check(encodedLength(v.query) <= URL_QUERY_MAX_ENCODED, 'query encoded length');
  } catch {
    problems.push('query is not well-formed UTF-16');
  }
  check(typeof v.showIsolated === 'boolean', 'showIsolated');
  if (v.selection !== null) {
    check(sameKeys(v.selection, ['id', 'kind']), 'selection fields');
    check(v.selection.kind === 'actor' || v.selection.kind === 'relation', 'selection.kind');
    check(SLUG.test(v.selection.id), 'selection.id');
    const known = v.selection.kind === 'actor' ? ids?.actorIds : ids?.relationIds;
    check(!known || known.has(v.selection.id), 'selection.id known');
  }
  check((LAYOUT_IDS as string[]).includes(v.layout), 'layout');
  if (v.camera !== null) {
    const { zoom, x, y } = v.camera;
    check(sameKeys(v.camera, ['x', 'y', 'zoom']), 'camera fields');
    check(
      zoom >= MIN_ZOOM && zoom <= MAX_ZOOM && roundCamera(v.camera).zoom === zoom,
      'camera.zoom',
    );
    for (const pan of [x, y]) {
      check(Number.isInteger(pan) && Math.abs(pan) <= 100_000 && !Object.is(pan, -0), 'camera pan');
    }
  }
  check((PANELS as readonly string[]).includes(v.panel), 'panel');
  if (v.timeRange !== null) {
    check(sameKeys(v.timeRange, ['from', 'to']), 'timeRange fields');
    check(isDay(v.timeRange.from) && isDay(v.timeRange.to), 'timeRange days');
    check(v.timeRange.from <= v.timeRange.to, 'timeRange order');
  }
  check((TIME_STEPS as readonly string[]).includes(v.timeStep), 'timeStep');
  return problems;
}

/** Fails unless `v` is a view the app can show: every field within its registry or bounds. */
function assertValidView(v: ViewState, ids?: DatasetIds): void {
  expect(viewProblems(v, ids), JSON.stringify(v)).toEqual([]);
}

// ---------------------------------------------------------------------------------------------
// Arbitraries

const slugChar = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789');
const slugPart = (maxLength: number) => fc.string({ unit: slugChar, minLength: 1, maxLength });
const arbSlug = fc
  .array(slugPart(10), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join('-'));
/** Slugs of 21 to 25 characters, the length of the longest actor ids in real data. */
const arbLongSlug = fc
  .tuple(slugPart(12), slugPart(12))
  .filter(([a, b]) => a.length + b.length >= 20)
  .map(([a, b]) => `${a}-${b}`);

const queryUnit = fc.oneof(
  fc.constantFrom('&', '=', '#', '%', '+', ',', ' ', '?', '/', ';', '😀', '👩‍👩‍👧', '%2C', '%ZZ', 'é'),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
  fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }),
);
/** Printable search text of up to 200 units, before the codec's trimming and caps. */
const arbRawQuery = fc.string({ unit: queryUnit, maxLength: URL_QUERY_MAX_CHARS });
/** Search text already trimmed and within both caps, so it survives a round trip unchanged. */
const arbQuery = arbRawQuery.map((text) => {
  const points = Array.from(text.trim()).slice(0, URL_QUERY_MAX_CHARS);
  while (encodedLength(points.join('')) > URL_QUERY_MAX_ENCODED) points.pop();
  return points.join('').trim();
});

const arbCamera = fc.record({
  // Hundredths from 0.1, and two significant digits below it, down to MIN_ZOOM (0.001).
  zoom: fc.oneof(
    fc.integer({ min: 10, max: 400 }).map((hundredths) => hundredths / 100),
    fc
      .tuple(fc.integer({ min: 10, max: 99 }), fc.integer({ min: 2, max: 3 }))
      .map(([digits, shift]) => Number((digits / 10 ** (shift + 1)).toPrecision(2))),
  ),
  x: fc.integer({ min: -100_000, max: 100_000 }),
  y: fc.integer({ min: -100_000, max: 100_000 }),
});

/** Valid ranges: two real days, in order. */
const arbTimeRange = fc
  .tuple(
    fc.date({ min: new Date('1900-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
    fc.integer({ min: 0, max: 800 }),
  )
  .map(([start, length]) => ({
    from: start.toISOString().slice(0, 10),
    to: new Date(start.getTime() + length * 86_400_000).toISOString().slice(0, 10),
  }));

interface ArbViewOptions {
  actorId?: fc.Arbitrary<string>;
  relationId?: fc.Arbitrary<string>;
  datasetId?: fc.Arbitrary<string>;
  query?: fc.Arbitrary<string>;
}

/** Valid views whose camera is rounded and whose query is normalised. */
function arbView(options: ArbViewOptions = {}): fc.Arbitrary<ViewState> {
  const actorId = options.actorId ?? arbSlug;
  const relationId = options.relationId ?? arbSlug;
  const selection: fc.Arbitrary<Selection> = fc.oneof(
    actorId.map((id) => ({ kind: 'actor' as const, id })),
    relationId.map((id) => ({ kind: 'relation' as const, id })),
  );
  return fc.record({
    dataset: options.datasetId ?? fc.oneof(fc.constant(DATASET), arbSlug),
    hiddenTypes: fc.subarray(RELATION_TYPE_IDS),
    hiddenClasses: fc.subarray(QUAD_CLASS_IDS),
    hiddenKinds: fc.subarray(ACTOR_KIND_IDS),
    hiddenStatuses: fc.subarray(RELATION_STATUS_IDS),
    focus: fc.option(fc.record({ actor: actorId, depth: fc.constantFrom(...FOCUS_DEPTHS) })),
    query: options.query ?? arbQuery,
    showIsolated: fc.boolean(),
    timeRange: fc.option(arbTimeRange),
    timeStep: fc.constantFrom(...TIME_STEPS),
    selection: fc.option(selection),
    layout: fc.constantFrom(...LAYOUT_IDS),
    look: fc.constantFrom(...LOOKS.map((look) => look.id)),
    camera: fc.option(arbCamera),
    panel: fc.constantFrom(...PANELS),
  });
}

/** The ids a view names, as a dataset that holds exactly those. */
function idsOf(v: ViewState): DatasetIds {
  const actorIds = new Set<string>();
  const relationIds = new Set<string>();
  if (v.focus) actorIds.add(v.focus.actor);
  if (v.selection?.kind === 'actor') actorIds.add(v.selection.id);
  if (v.selection?.kind === 'relation') relationIds.add(v.selection.id);
  return { actorIds, relationIds };
}

// ---------------------------------------------------------------------------------------------

describe('serializeView', () => {
  it('writes nothing for the default view of the default dataset', () => {
    expect(serializeView(defaultView(DATASET), DATASET)).toBe('');
  });

  it('writes the version first, then the parameters in a fixed order', () => {
    const link = serializeView(
      view({
        dataset: 'other-set',
        hiddenTypes: ['ACCUSE', 'THREATEN'],
        hiddenClasses: ['verbal-conflict', 'structural'],
        hiddenKinds: ['leader', 'meeting'],
        hiddenStatuses: ['stalled', 'planned'],
        focus: { actor: 'russia', depth: 2 },
        query: 'peace talks',
        showIsolated: true,
        timeRange: { from: '2025-03-01', to: '2025-04-15' },
        timeStep: 'month',
        selection: { kind: 'relation', id: 'russia-strikes-ukraine' },
        layout: 'grid',
        camera: { zoom: 1.5, x: -20, y: 310 },
        panel: 'table',
      }),
      DATASET,
    );
    expect(link).toBe(
      'v=1&dataset=other-set&hide=ACCUSE,THREATEN&hideclass=verbal-conflict,structural' +
        '&hidekind=leader,meeting&hidestatus=stalled,planned&focus=russia&depth=2' +
        '&q=peace%20talks&isolated=1&from=2025-03-01&to=2025-04-15&step=month' +
        '&relation=russia-strikes-ukraine&layout=grid&zoom=1.5&x=-20&y=310&panel=table',
    );
  });

  it('orders and deduplicates lists by the registry', () => {
    const link = serializeView(view({ hiddenTypes: ['THREATEN', 'ACCUSE', 'THREATEN'] }), DATASET);
    expect(link).toBe('v=1&hide=ACCUSE,THREATEN');
  });

  it('leaves out depth 1 and encodes only what must be encoded', () => {
    const link = serializeView(
      view({ focus: { actor: 'russia', depth: 1 }, query: ' a&b=c, d#%+ 😀 ' }),
      DATASET,
    );
    expect(link).toBe('v=1&focus=russia&q=a%26b%3Dc,%20d%23%25%2B%20%F0%9F%98%80');
  });

  it('rounds the camera, and leaves out one the reader would refuse', () => {
    const rounded = serializeView(view({ camera: { zoom: 1.23456, x: 10.6, y: -0.4 } }), DATASET);
    expect(rounded).toBe('v=1&zoom=1.23&x=11&y=0');
    // A big graph's overview: two significant digits, never rounded to a zoom of 0.
    const overview = serializeView(view({ camera: { zoom: 0.008234, x: 0, y: 0 } }), DATASET);
    expect(overview).toBe('v=1&zoom=0.0082&x=0&y=0');
    for (const camera of [
      { zoom: 5, x: 0, y: 0 },
      { zoom: 1, x: 100_001, y: 0 },
      { zoom: Number.NaN, x: 0, y: 0 },
      { zoom: 1, x: 0, y: Number.POSITIVE_INFINITY },
    ]) {
      expect(serializeView(view({ camera }), DATASET)).toBe('');
    }
  });

  it('does not throw on a query with a lone surrogate', () => {
    expect(serializeView(view({ query: 'a\uD800b' }), DATASET)).toBe('v=1&q=a%EF%BF%BDb');
  });
});

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

describe('the time range and play step (from, to, step)', () => {
  const span = { from: '2025-01-06', to: '2025-04-27' };
  const timed: DatasetIds = { ...REAL_IDS, timeSpan: span };

  it('round-trips a range and a step, and leaves out the default step (week)', () => {
    const link = serializeView(
      view({ timeRange: { from: '2025-02-01', to: '2025-02-28' }, timeStep: 'day' }),
      DATASET,
    );
    expect(link).toBe('v=1&from=2025-02-01&to=2025-02-28&step=day');
    expect(parseView(link, DATASET, timed)).toMatchObject({
      view: { timeRange: { from: '2025-02-01', to: '2025-02-28' }, timeStep: 'day' },
      ignored: [],
    });
    expect(serializeView(view({ timeStep: 'week' }), DATASET)).toBe('');
    expect(parseView('step=week', DATASET).ignored).toEqual([]);
  });

  it('leaves out a range the reader would refuse', () => {
    for (const timeRange of [
      { from: '2025-03-02', to: '2025-03-01' },
      { from: '2025-02-30', to: '2025-03-01' },
      { from: '2025-03', to: '2025-04-01' },
    ]) {
      expect(serializeView(view({ timeRange }), DATASET)).toBe('');
    }
  });

  const bad: [string, string[]][] = [
    [
      'from=2025-02-30&to=2025-03-01',
      [
        'invalid date "2025-02-30" in "from"; expected a day written YYYY-MM-DD; ignored the time range',
      ],
    ],
    [
      'from=2025-03-01&to=March',
      ['invalid date "March" in "to"; expected a day written YYYY-MM-DD; ignored the time range'],
    ],
    [
      'from=2025-03&to=2025-04-01',
      [
        'invalid date "2025-03" in "from"; expected a day written YYYY-MM-DD; ignored the time range',
      ],
    ],
    [
      'from=2025-04-01&to=2025-03-01',
      ['"from" 2025-04-01 is after "to" 2025-03-01; ignored the time range'],
    ],
    ['from=2025-03-01', ['ignored the time range because "to" is missing']],
    ['to=2025-03-01', ['ignored the time range because "from" is missing']],
    ['step=year', ['unknown step "year" in "step"; expected day, week, month']],
    ['step=', ['unknown step "" in "step"; expected day, week, month']],
  ];
  for (const [link, ignored] of bad) {
    it(`drops ${JSON.stringify(link)} and says why, opening the rest`, () => {
      const parsed = parseView(`${link}&panel=table`, DATASET, timed);
      expect(parsed.ignored).toEqual(ignored);
      expect(parsed.view).toEqual(view({ panel: 'table' }));
    });
  }

  it('keeps a range outside the data but says so', () => {
    const parsed = parseView('from=2030-01-01&to=2030-01-31', DATASET, timed);
    expect(parsed.view.timeRange).toEqual({ from: '2030-01-01', to: '2030-01-31' });
    expect(parsed.ignored).toEqual([
      'the time range 2030-01-01 to 2030-01-31 lies outside the data (2025-01-06 to 2025-04-27); only undated relations are shown',
    ]);
    // Touching the data by one day is inside.
    expect(parseView('from=2024-12-01&to=2025-01-06', DATASET, timed).ignored).toEqual([]);
  });

  it('drops a range on data without dates, and checks nothing while the dataset loads', () => {
    const undated = parseView('from=2025-01-01&to=2025-01-31', DATASET, {
      ...REAL_IDS,
      timeSpan: null,
    });
    expect(undated.view.timeRange).toBeNull();
    expect(undated.ignored).toEqual(['ignored the time range because this data has no dates']);
    expect(parseView('from=2030-01-01&to=2030-01-31', DATASET, DATASET_PENDING).ignored).toEqual(
      [],
    );
  });

  it('says the shipped article has no dates', () => {
    const parsed = parseView('from=2025-04-01&to=2025-04-30', DATASET, datasetIds(dataset));
    expect(parsed.ignored).toEqual(['ignored the time range because this data has no dates']);
  });
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

describe('round trip', () => {
  it('opens every serialised valid view exactly, with nothing ignored', () => {
    fc.assert(
      fc.property(arbView(), (v) => {
        const link = serializeView(v, DATASET);
        expect(link.startsWith('?')).toBe(false);
        if (link !== '') expect(link.startsWith(`v=${URL_VERSION}&`)).toBe(true);
        expect(link.includes('%2C')).toBe(false);

        const parsed = parseView(link, DATASET);
        expect(parsed.view).toEqual(v);
        expect(parsed.ignored).toEqual([]);
        // With the ids checked, and with the "?" a location.search carries.
        expect(parseView(`?${link}`, DATASET, idsOf(v))).toEqual({
          view: v,
          ignored: [],
          linked: null,
        });
        // And interoperates with the platform's own reader.
        expect(new URLSearchParams(link).get('q') ?? '').toBe(v.query);
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseView on hostile input', () => {
  const valueToken = fc.constantFrom(
    '',
    'ACCUSE',
    'HUG',
    'ACCUSE,THREATEN',
    'verbal-conflict',
    'state,leader',
    'stalled,planned',
    'russia',
    'atlantis',
    'Bad Id',
    '0',
    '1',
    '2',
    '4',
    '-0',
    '0.19',
    '1.5',
    '.5',
    '1e3',
    'NaN',
    'Infinity',
    '100001',
    'true',
    'table',
    'grid',
    '%',
    '%%',
    '%E0%A4%A',
    '%ZZ',
    '%2C',
    '%F0%9F',
    '%ED%A0%80',
    '%00',
    '+',
    '=',
  );
  const paramSoup = fc
    .array(fc.tuple(fc.constantFrom(...PARAM_NAMES, 'foo', '', '%76', 'V', 'hide[]'), valueToken), {
      maxLength: 20,
    })
    .map((pairs) => pairs.map(([name, value]) => `${name}=${value}`).join('&'));
  const tokenSoup = fc
    .array(fc.oneof(valueToken, fc.constantFrom(...PARAM_NAMES, '&', '?', '#')), {
      maxLength: 40,
    })
    .map((tokens) => tokens.join(''));
  const hex = (byte: number) => `%${byte.toString(16).padStart(2, '0')}`;
  const bytes = fc.uint8Array({ maxLength: 60 });
  const garbage = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 100 }),
    fc.string({ unit: 'grapheme', maxLength: 50 }),
    // Lone surrogates and other ill-formed UTF-16.
    fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
    bytes.map((array) => String.fromCharCode(...array)),
    bytes.map((array) => `q=${Array.from(array, hex).join('')}`),
    bytes.map((array) => Array.from(array, hex).join('')),
  );
  const mutated = arbView().chain((v) => {
    const link = serializeView(v, DATASET);
    const offset = fc.nat({ max: link.length });
    return fc.oneof(
      offset.map((end) => link.slice(0, end)),
      offset.map((start) => link.slice(start)),
      fc
        .tuple(offset, offset)
        .map(([a, b]) => link.slice(0, Math.min(a, b)) + link.slice(Math.max(a, b))),
      fc
        .tuple(offset, fc.oneof(valueToken, garbage))
        .map(([at, junk]) => link.slice(0, at) + junk + link.slice(at)),
      fc.constant(`${link}&${link}`),
      paramSoup.map((soup) => `${soup}&${link}`),
    );
  });
  const longValue = fc
    .tuple(
      fc.constantFrom(...PARAM_NAMES, 'foo'),
      fc.constantFrom('a', '%', '😀', 'ACCUSE,', '%E0'),
    )
    .map(([name, unit]) => `${name}=${unit.repeat(Math.ceil(100_000 / unit.length))}`);
  const anyQuery = fc.oneof(
    { arbitrary: paramSoup, weight: 16 },
    { arbitrary: tokenSoup, weight: 8 },
    { arbitrary: garbage, weight: 16 },
    { arbitrary: mutated, weight: 24 },
    { arbitrary: longValue, weight: 1 },
  );

  // A generous timeout: shared CI machines can run this several times slower than a laptop.
  it('never throws on random and mutated links, and always opens a valid view', () => {
    fc.assert(
      fc.property(anyQuery, fc.option(fc.constant(REAL_IDS)), (query, ids) => {
        const parsed = parseView(query, DATASET, ids ?? undefined);
        assertValidView(parsed.view, ids ?? undefined);
        for (const line of parsed.ignored) expect(line.length).toBeGreaterThan(0);
        // What was read is itself a clean link: writing it back loses nothing.
        const again = parseView(
          serializeView(parsed.view, DATASET, ids ?? undefined, parsed.linked),
          DATASET,
          ids ?? undefined,
        );
        expect(again).toEqual({ view: parsed.view, ignored: [], linked: parsed.linked });
      }),
      { numRuns: 10_000 },
    );
  }, 30_000);

  it('reads every cut-off prefix and suffix of long links', () => {
    const longest = [...REAL_IDS.relationIds].reduce((a, b) => (b.length > a.length ? b : a));
    const links = [
      serializeView(worstCaseView(), DATASET),
      serializeView(
        view({
          dataset: 'other-set',
          hiddenTypes: RELATION_TYPE_IDS.filter((_, index) => index % 2 === 0),
          hiddenKinds: ['bloc'],
          focus: { actor: 'united-states', depth: 2 },
          query: 'a&b=c, d#%+ 中文 👩‍👩‍👧 end',
          showIsolated: true,
          selection: { kind: 'relation', id: longest },
          layout: 'concentric',
          camera: { zoom: 0.37, x: -12345, y: 678 },
          panel: 'table',
        }),
        DATASET,
      ),
    ];
    for (const link of links) {
      for (let offset = 0; offset <= link.length; offset += 1) {
        for (const part of [link.slice(0, offset), link.slice(offset)]) {
          const parsed = parseView(part, DATASET);
          assertValidView(parsed.view);
          assertValidView(parseView(part, DATASET, REAL_IDS).view, REAL_IDS);
        }
      }
    }
  });

  it('drops or cuts 100,000-character values of every parameter', () => {
    for (const name of PARAM_NAMES) {
      const other = name === 'panel' ? 'layout=grid' : 'panel=table';
      const parsed = parseView(`${name}=${'%E0'.repeat(33_334)}&${other}`, DATASET);
      assertValidView(parsed.view);
      expect(parsed.ignored.length).toBeGreaterThan(0);
      // The rest of the link still opens.
      const { view: rest } = parseView(other, DATASET);
      expect([parsed.view.panel, parsed.view.layout]).toEqual([rest.panel, rest.layout]);
    }
  });
});

/** The longest view of the shipped dataset: everything hidden, the longest ids and text. */
function worstCaseView(idLength = 0): ViewState {
  const longest = (ids: Iterable<string>) =>
    [...ids].reduce((a, b) => (b.length > a.length ? b : a));
  const padded = (id: string) => (id.length >= idLength ? id : 'x'.repeat(idLength));
  return {
    dataset: padded(DATASET),
    hiddenTypes: RELATION_TYPE_IDS,
    hiddenClasses: QUAD_CLASS_IDS,
    hiddenKinds: ACTOR_KIND_IDS,
    hiddenStatuses: RELATION_STATUS_IDS,
    focus: { actor: padded(longest(REAL_IDS.actorIds)), depth: 3 },
    // Four-byte characters encode to 12 characters each, the most any character takes.
    query: '😀'.repeat(URL_QUERY_MAX_CHARS),
    showIsolated: true,
    timeRange: { from: '2025-01-01', to: '2025-12-31' },
    timeStep: 'month',
    selection: { kind: 'relation', id: padded(longest(REAL_IDS.relationIds)) },
    layout: LAYOUT_IDS.reduce((a, b) => (b.length > a.length ? b : a)),
    look: 'file',
    camera: { zoom: 0.25, x: -100_000, y: -100_000 },
    panel: 'article',
  };
}

describe('link length', () => {
  it('stays within 2,000 characters for any view of a 23-actor, 45-relation dataset', () => {
    const arbIds = fc.record({
      actors: fc.uniqueArray(arbLongSlug, { minLength: 23, maxLength: 23 }),
      relations: fc.uniqueArray(arbLongSlug, { minLength: 45, maxLength: 45 }),
    });
    fc.assert(
      fc.property(
        arbIds.chain(({ actors, relations }) =>
          arbView({
            actorId: fc.constantFrom(...actors),
            relationId: fc.constantFrom(...relations),
            datasetId: arbLongSlug,
            // Raw text: the serialiser itself must keep it short.
            query: arbRawQuery,
          }),
        ),
        (v) => {
          expect(serializeView(v, DATASET).length).toBeLessThanOrEqual(2000);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('stays within 2,000 characters in the worst case', () => {
    const link = serializeView(worstCaseView(), DATASET);
    const query = new URLSearchParams(link).get('q') ?? '';
    expect(encodedLength(query)).toBe(URL_QUERY_MAX_ENCODED);
    expect(link.length).toBeLessThanOrEqual(2000);
    // Even ids of 100 characters leave room to spare.
    expect(serializeView(worstCaseView(100), DATASET).length).toBeLessThanOrEqual(2000);
  });
});

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
