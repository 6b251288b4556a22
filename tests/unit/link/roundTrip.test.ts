import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { URL_VERSION, parseView, serializeView } from '../../../src/domain/link/viewQuery';
import { RELATION_TYPE_IDS } from '../../../src/domain/relationTypes';
import {
  DATASET,
  PARAM_NAMES,
  REAL_IDS,
  arbPresentation,
  arbView,
  assertValidPresentation,
  assertValidView,
  idsOf,
  view,
  worstCaseView,
} from './linkTestKit';

describe('round trip', () => {
  it('opens every serialised valid view exactly, with nothing ignored', () => {
    fc.assert(
      fc.property(arbView(), arbPresentation, (v, presentation) => {
        const link = serializeView(v, DATASET, undefined, null, presentation);
        expect(link.startsWith('?')).toBe(false);
        if (link !== '') expect(link.startsWith(`v=${URL_VERSION}&`)).toBe(true);
        expect(link.includes('%2C')).toBe(false);

        const parsed = parseView(link, DATASET);
        expect(parsed.view).toEqual(v);
        expect(parsed.presentation).toEqual(presentation);
        expect(parsed.ignored).toEqual([]);
        // With the ids checked, and with the "?" a location.search carries.
        expect(parseView(`?${link}`, DATASET, idsOf(v))).toEqual({
          view: v,
          ignored: [],
          linked: null,
          presentation,
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
        assertValidPresentation(parsed.presentation);
        for (const line of parsed.ignored) expect(line.length).toBeGreaterThan(0);
        // What was read is itself a clean link: writing it back loses nothing.
        const again = parseView(
          serializeView(parsed.view, DATASET, ids ?? undefined, parsed.linked, parsed.presentation),
          DATASET,
          ids ?? undefined,
        );
        expect(again).toEqual({ ...parsed, ignored: [] });
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
