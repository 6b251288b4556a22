/** What the link tests share: the test dataset, what makes a view valid, and arbitrary views. */
import fc from 'fast-check';
import { expect } from 'vitest';

import { ACTOR_KIND_IDS } from '../../../src/domain/actorKinds';
import { LAYOUTS } from '../../../src/domain/layoutIds';
import type { DatasetIds } from '../../../src/domain/link/datasetIds';
import { MAX_LAYOUT_ITERATIONS } from '../../../src/domain/link/layoutIterations';
import { DRAFT_ID, type Presentation } from '../../../src/domain/link/presentation';
import { URL_QUERY_MAX_CHARS, URL_QUERY_MAX_ENCODED } from '../../../src/domain/link/searchText';
import { URL_PARAMETERS } from '../../../src/domain/link/viewQuery';
import { LOOKS } from '../../../src/domain/looks';
import { RELATION_STATUS_IDS } from '../../../src/domain/relationStatuses';
import { QUAD_CLASSES, RELATION_TYPE_IDS } from '../../../src/domain/relationTypes';
import type { Selection } from '../../../src/domain/selection';
import { TIME_STEPS, isDay } from '../../../src/domain/timeRange';
import { MAX_TOP_ACTORS } from '../../../src/domain/topActors';
import {
  FOCUS_DEPTHS,
  MAX_ZOOM,
  MIN_ZOOM,
  PANELS,
  type ViewState,
  defaultView,
  roundCamera,
} from '../../../src/domain/view';
import { realDataset } from '../realDataset';

export const DATASET = 'russia-ukraine-talks';
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const QUAD_CLASS_IDS = QUAD_CLASSES.map((quadClass) => quadClass.id);
const LAYOUT_IDS = LAYOUTS.map((layout) => layout.id);
export const PARAM_NAMES: readonly string[] = URL_PARAMETERS;

export const dataset = realDataset();
export const REAL_IDS: DatasetIds = {
  actorIds: new Set(dataset.actors.map((actor) => actor.id)),
  relationIds: new Set(dataset.relations.map((relation) => relation.id)),
};

/** The default view of the test dataset with some fields replaced. */
export function view(overrides: Partial<ViewState> = {}): ViewState {
  return { ...defaultView(DATASET), ...overrides };
}

/** The length the codec's own encoding gives a value (commas stay readable). */
export function encodedLength(text: string): number {
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
  const steps = v.layoutIterations;
  check(
    steps === null || (Number.isInteger(steps) && steps >= 1 && steps <= MAX_LAYOUT_ITERATIONS),
    'layoutIterations',
  );
  check(!ids || steps === null || v.layout === 'forceatlas2', 'layoutIterations for ForceAtlas2');
  check(
    v.top === 'all' || (Number.isInteger(v.top) && v.top >= 1 && v.top <= MAX_TOP_ACTORS),
    'top',
  );
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
export function assertValidView(v: ViewState, ids?: DatasetIds): void {
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
export const arbLongSlug = fc
  .tuple(slugPart(12), slugPart(12))
  .filter(([a, b]) => a.length + b.length >= 20)
  .map(([a, b]) => `${a}-${b}`);

export const queryUnit = fc.oneof(
  fc.constantFrom('&', '=', '#', '%', '+', ',', ' ', '?', '/', ';', '😀', '👩‍👩‍👧', '%2C', '%ZZ', 'é'),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
  fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }),
);
/** Printable search text of up to 200 units, before the codec's trimming and caps. */
export const arbRawQuery = fc.string({ unit: queryUnit, maxLength: URL_QUERY_MAX_CHARS });
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
export function arbView(options: ArbViewOptions = {}): fc.Arbitrary<ViewState> {
  const actorId = options.actorId ?? arbSlug;
  const relationId = options.relationId ?? arbSlug;
  const selection: fc.Arbitrary<Selection> = fc.oneof(
    actorId.map((id) => ({ kind: 'actor' as const, id })),
    relationId.map((id) => ({ kind: 'relation' as const, id })),
  );
  return fc
    .record({
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
      layoutIterations: fc.option(fc.integer({ min: 1, max: MAX_LAYOUT_ITERATIONS })),
      look: fc.constantFrom(...LOOKS.map((look) => look.id)),
      top: fc.oneof(fc.constant('all' as const), fc.integer({ min: 1, max: MAX_TOP_ACTORS })),
      camera: fc.option(arbCamera),
      panel: fc.constantFrom(...PANELS),
    })
    .map((v) => (v.layout === 'forceatlas2' ? v : { ...v, layoutIterations: null }));
}

const draftChar = fc.constantFrom(...'abcXYZ0189-');
/** How a page may show a view: embedded or not, reviewing a well-formed draft or none. */
export const arbPresentation: fc.Arbitrary<Presentation> = fc.record({
  embed: fc.boolean(),
  draft: fc.option(fc.string({ unit: draftChar, minLength: 1, maxLength: 64 })),
});

/** Fails unless the presentation is one the app can show: a draft id of the allowed form. */
export function assertValidPresentation(presentation: Presentation): void {
  expect(Object.keys(presentation).sort()).toEqual(['draft', 'embed']);
  expect(typeof presentation.embed).toBe('boolean');
  if (presentation.draft !== null) expect(presentation.draft).toMatch(DRAFT_ID);
}

/** The ids a view names, as a dataset that holds exactly those. */
export function idsOf(v: ViewState): DatasetIds {
  const actorIds = new Set<string>();
  const relationIds = new Set<string>();
  if (v.focus) actorIds.add(v.focus.actor);
  if (v.selection?.kind === 'actor') actorIds.add(v.selection.id);
  if (v.selection?.kind === 'relation') relationIds.add(v.selection.id);
  return { actorIds, relationIds };
}

/** The longest view of the shipped dataset: everything hidden, the longest ids and text. */
export function worstCaseView(idLength = 0): ViewState {
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
    // Longer than the longest layout id alone: a stopped ForceAtlas2 run names its steps too.
    layout: 'forceatlas2',
    layoutIterations: MAX_LAYOUT_ITERATIONS,
    look: LOOKS.map((look) => look.id).reduce((a, b) => (b.length > a.length ? b : a)),
    top: MAX_TOP_ACTORS,
    camera: { zoom: 0.25, x: -100_000, y: -100_000 },
    panel: 'article',
  };
}
