/** A dataset with its own types and kinds, and no article, through every pure part of the app. */
import { describe, expect, it } from 'vitest';

import { indexArticle, sentenceOfQuote } from '../../src/domain/article';
import { explainHidden } from '../../src/domain/hiddenReason';
import { defaultLayoutOf, hasPositions, layoutsOf } from '../../src/domain/layoutIds';
import { DATASET_PENDING, datasetIds } from '../../src/domain/link/datasetIds';
import { parseView, serializeView } from '../../src/domain/link/viewQuery';
import { clearFilters, defaultView, onlyType, showClass } from '../../src/domain/view';
import { visibleGraph } from '../../src/domain/visibleGraph';
import { MAX_EXTRA_WIDTH, datasetElements, weightedWidths } from '../../src/graph/elements';
import { computePositions } from '../../src/graph/layouts';
import { EDGE_WIDTH } from '../../src/graph/stylesheet';
import { lookupFor, relationFromActor, relationSentence } from '../../src/ui/view/describe';
import { hiddenSentence } from '../../src/ui/view/hiddenText';
import { fundingDataset } from './fundingDataset';
import { realDataset } from './realDataset';

const dataset = fundingDataset();
const ids = datasetIds(dataset);
const SHIPPED = 'russia-ukraine-talks';
const view = (overrides = {}) => ({ ...defaultView(dataset.id, 'preset'), ...overrides });
const FUNDS = ['alice-funds-foundation', 'foundation-funds-trust', 'foundation-funds-green'];

describe('filters with a dataset’s own types and kinds', () => {
  it('hides the relations of an own type, class or kind, as with ours', () => {
    const byType = visibleGraph(dataset, view({ hiddenTypes: ['funds'] }));
    expect(FUNDS.filter((id) => byType.relationIds.has(id))).toEqual([]);
    expect(byType.relationIds.size).toBe(dataset.relations.length - FUNDS.length);

    // "funds" and "married to" declare no class: switching off "Other relations" hides both.
    const byClass = visibleGraph(dataset, view({ hiddenClasses: ['unclassified'] }));
    expect([...byClass.relationIds].sort()).toEqual([
      'carla-meets-council',
      'green-lobbies-council',
      'trust-lobbies-council',
    ]);

    const byKind = visibleGraph(dataset, view({ hiddenKinds: ['person'] }));
    expect(byKind.actorIds.has('alice-moreau')).toBe(false);
    expect(byKind.relationIds.has('moreaus-married')).toBe(false);
    expect(byKind.relationIds.has('foundation-funds-trust')).toBe(true);
  });

  it('finds relations by an own type’s label and by a relation’s own label', () => {
    const married = visibleGraph(dataset, view({ query: 'married' }));
    expect([...married.relationIds]).toEqual(['moreaus-married']);
    const gift = visibleGraph(dataset, view({ query: 'founding gift' }));
    expect([...gift.relationIds]).toEqual(['alice-funds-foundation']);
  });

  it('turns on only one own type, and a whole class back on', () => {
    const only = onlyType('funds', dataset.vocabulary)(view({ hiddenClasses: ['unclassified'] }));
    expect(only.hiddenClasses).toEqual([]);
    expect(only.hiddenTypes).toContain('married-to');
    expect(only.hiddenTypes).toContain('lobbies');
    expect(only.hiddenTypes).not.toContain('funds');
    expect([...visibleGraph(dataset, only).relationIds].sort()).toEqual([...FUNDS].sort());

    const back = showClass('unclassified', dataset.vocabulary)(only);
    expect(back.hiddenTypes).not.toContain('funds');
    expect(back.hiddenTypes).not.toContain('married-to');
    expect(back.hiddenTypes).toContain('lobbies');
  });

  it('names an own type and kind as the reason something is hidden', () => {
    const filters = view({ hiddenTypes: ['funds'], hiddenKinds: ['person'] });
    const relation = explainHidden(dataset, filters, {
      kind: 'relation',
      id: 'alice-funds-foundation',
    });
    expect(relation?.reasons).toEqual([
      { filter: 'kind', kinds: ['person'] },
      { filter: 'type', types: ['funds'], classes: [] },
    ]);
    expect(hiddenSentence(relation?.reasons ?? [], lookupFor(dataset), 'relation')).toBe(
      'Hidden in the graph: the actor kind Person is switched off and its type Funds is switched off.',
    );
  });

  it('clears every filter to the dataset’s default, keeping its layout', () => {
    const cleared = clearFilters(view({ hiddenTypes: ['funds'], layout: 'preset' }));
    expect(cleared.hiddenTypes).toEqual([]);
    expect(cleared.layout).toBe('preset');
  });
});

describe('links to a dataset with its own vocabulary', () => {
  it('reads its own types and kinds, and drops unknown ones with a notice', () => {
    const parsed = parseView(
      'hide=funds,bribes&hidekind=person&hideclass=unclassified',
      SHIPPED,
      ids,
    );
    expect(parsed.view.hiddenTypes).toEqual(['funds']);
    expect(parsed.view.hiddenKinds).toEqual(['person']);
    expect(parsed.view.hiddenClasses).toEqual(['unclassified']);
    expect(parsed.ignored).toEqual(['unknown relation type "bribes" in "hide"']);
  });

  it('writes hidden types in the vocabulary’s order, ours first, and reads them back', () => {
    const hidden = view({ hiddenTypes: ['lobbies', 'funds', 'CONSULT'], hiddenKinds: ['person'] });
    const link = serializeView(hidden, SHIPPED, ids);
    expect(link).toContain('hide=CONSULT,funds,lobbies');
    expect(link).toContain('hidekind=person');
    expect(parseView(link, SHIPPED, ids).view.hiddenTypes).toEqual(['CONSULT', 'funds', 'lobbies']);
  });

  it('keeps its own ids while the dataset is loading, for the dataset to check', () => {
    const pending = parseView('hide=funds,ACCUSE&hidekind=person', SHIPPED, DATASET_PENDING);
    expect(pending.view.hiddenTypes).toEqual(['ACCUSE', 'funds']);
    expect(pending.view.hiddenKinds).toEqual(['person']);
    expect(pending.ignored).toEqual([]);
    // Without any ids, a link is read against our vocabulary, as before.
    expect(parseView('hide=funds', SHIPPED).ignored).toEqual([
      'unknown relation type "funds" in "hide"',
    ]);
  });

  it('opens a dataset with positions "As in the file", and leaves that default out of links', () => {
    expect(ids.layouts?.[0]).toBe('preset');
    const opened = parseView('', SHIPPED, ids).view;
    expect(opened.layout).toBe('preset');
    expect(serializeView({ ...opened, dataset: dataset.id }, dataset.id, ids)).toBe('');
    const forced = { ...opened, dataset: dataset.id, layout: 'fcose' as const };
    expect(serializeView(forced, dataset.id, ids)).toBe('v=1&layout=fcose');
    expect(parseView('v=1&layout=fcose', dataset.id, ids).view.layout).toBe('fcose');
  });

  it('refuses "As in the file" for a dataset without positions, as an unknown layout', () => {
    const shipped = datasetIds(realDataset());
    const parsed = parseView('layout=preset', SHIPPED, shipped);
    expect(parsed.view.layout).toBe('fcose');
    expect(parsed.ignored).toEqual(['unknown layout "preset" in "layout"']);
  });
});

describe('the preset layout', () => {
  it('is offered, first, only to a dataset that places most of its actors', () => {
    expect(hasPositions(dataset)).toBe(true);
    expect(layoutsOf(dataset)[0]?.id).toBe('preset');
    expect(defaultLayoutOf(dataset)).toBe('preset');
    const shipped = realDataset();
    expect(layoutsOf(shipped).map((layout) => layout.id)).not.toContain('preset');
    expect(defaultLayoutOf(shipped)).toBe('fcose');
  });

  it('keeps the file’s positions and rings the actors it does not place outside them', async () => {
    const { layout, positions } = await computePositions(dataset, 'preset');
    expect(layout).toBe('preset');
    expect(positions.get('alice-moreau')).toEqual({ x: -220, y: -80 });
    expect(positions.get('green-riverton')).toEqual({ x: 420, y: 0 });
    const placed = dataset.actors.flatMap((actor) => (actor.position ? [actor.position] : []));
    const lone = positions.get('dev-lopes');
    expect(lone).toBeDefined();
    const outside =
      (lone?.x ?? 0) < Math.min(...placed.map((p) => p.x)) ||
      (lone?.x ?? 0) > Math.max(...placed.map((p) => p.x)) ||
      (lone?.y ?? 0) < Math.min(...placed.map((p) => p.y)) ||
      (lone?.y ?? 0) > Math.max(...placed.map((p) => p.y));
    expect(outside).toBe(true);
  });
});

describe('words for a dataset’s own types', () => {
  const lookup = lookupFor(dataset);
  const relation = (id: string) => dataset.relations.find((candidate) => candidate.id === id)!;

  it('uses the phrasing a type declares, and quotes the label of one that declares none', () => {
    expect(relationSentence(relation('moreaus-married'), lookup)).toBe(
      'Alice Moreau is married to Bruno Moreau',
    );
    expect(relationSentence(relation('trust-lobbies-council'), lookup)).toBe(
      'River Trust lobbies Riverton Council',
    );
    expect(relationSentence(relation('alice-funds-foundation'), lookup)).toBe(
      'Alice Moreau funds Moreau Foundation',
    );
    expect(
      relationFromActor(relation('alice-funds-foundation'), 'moreau-foundation', lookup),
    ).toEqual({ verb: 'receives “funds” from', otherId: 'alice-moreau' });
    expect(
      relationFromActor(relation('trust-lobbies-council'), 'riverton-council', lookup).verb,
    ).toBe('is lobbied by');
  });

  it('names an own kind by its label', () => {
    expect(lookup.kind('person').label).toBe('Person');
    expect(lookup.type('married-to').relationClass).toBe('unclassified');
    expect(lookup.type('lobbies').relationClass).toBe('verbal-cooperation');
  });
});

describe('a dataset without an article', () => {
  it('has an empty article index, and no sentence for any quote', () => {
    const index = indexArticle(dataset);
    expect(index.blocks).toEqual([]);
    expect(index.sentencesByRelation.size).toBe(0);
    expect(sentenceOfQuote(index, dataset.article, 'A small grant went to Green Riverton.')).toBe(
      undefined,
    );
  });
});

describe('weights', () => {
  it('widen a relation by where its weight lies in the dataset, up to a cap', () => {
    const widths = weightedWidths(dataset);
    expect(widths.get('alice-funds-foundation')).toBe(EDGE_WIDTH.plain + MAX_EXTRA_WIDTH);
    expect(widths.get('foundation-funds-green')).toBe(EDGE_WIDTH.plain);
    const middle = widths.get('foundation-funds-trust') ?? 0;
    expect(middle).toBeGreaterThan(EDGE_WIDTH.plain);
    expect(middle).toBeLessThan(EDGE_WIDTH.plain + MAX_EXTRA_WIDTH);
    // Unweighted relations keep their type's width.
    expect(widths.has('moreaus-married')).toBe(false);
    const edge = datasetElements(dataset).find((element) => element.data.id === 'moreaus-married');
    expect(edge?.data.width).toBeUndefined();
  });

  it('leave the shipped dataset, which has none, exactly as drawn before', () => {
    expect(weightedWidths(realDataset()).size).toBe(0);
  });
});
