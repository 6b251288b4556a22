import { describe, expect, it } from 'vitest';

import { RELATION_TYPE_IDS } from '../../src/domain/relationTypes';
import { type ViewState, defaultView } from '../../src/domain/view';
import { visibleGraph } from '../../src/domain/visibleGraph';
import { realDataset } from './realDataset';

const dataset = realDataset();
const view = (changes: Partial<ViewState>): ViewState => ({
  ...defaultView(dataset.id),
  ...changes,
});

describe('visibleGraph', () => {
  it('shows every relation in the default view, and every actor that has one', () => {
    const visible = visibleGraph(dataset, view({}));
    expect(visible.relationIds.size).toBe(dataset.relations.length);
    expect(visible.actorIds.has('russia')).toBe(true);
    // Named in the article, but in no relation: hidden until isolated actors are shown.
    expect(visible.actorIds.has('tass')).toBe(false);
    expect(visibleGraph(dataset, view({ showIsolated: true })).actorIds.size).toBe(
      dataset.actors.length,
    );
  });

  it('hides relations of a switched-off type, and actors left without relations', () => {
    const visible = visibleGraph(dataset, view({ hiddenTypes: ['ALLY_OF'] }));
    expect(visible.relationIds.has('russia-ally-of-belarus')).toBe(false);
    expect(visible.actorIds.has('belarus')).toBe(false);
    expect(visible.actorIds.has('russia')).toBe(true);
  });

  it('keeps actors left without relations when asked to', () => {
    const visible = visibleGraph(dataset, view({ hiddenTypes: ['ALLY_OF'], showIsolated: true }));
    expect(visible.actorIds.has('belarus')).toBe(true);
  });

  it('hides a whole quad class', () => {
    const visible = visibleGraph(dataset, view({ hiddenClasses: ['structural'] }));
    for (const relation of dataset.relations) {
      const structural = [
        'LEADS',
        'OFFICIAL_OF',
        'PART_OF',
        'MEMBER_OF',
        'ALLY_OF',
        'TIES_WITH',
      ].includes(relation.type);
      expect(visible.relationIds.has(relation.id), relation.id).toBe(!structural);
    }
  });

  it('hides actors of a switched-off kind and every relation that touches them', () => {
    const visible = visibleGraph(dataset, view({ hiddenKinds: ['leader'] }));
    expect(visible.actorIds.has('putin')).toBe(false);
    expect(visible.relationIds.has('putin-leads-russia')).toBe(false);
    expect(visible.relationIds.has('russia-strikes-ukraine')).toBe(true);
  });

  it('hides relations of a switched-off status, and actors left without relations', () => {
    const visible = visibleGraph(dataset, view({ hiddenStatuses: ['stalled', 'planned'] }));
    expect(visible.relationIds.has('russia-ukraine-peace-talks')).toBe(false);
    expect(visible.relationIds.has('zelenskyy-meets-south-africa-president')).toBe(false);
    expect(visible.relationIds.has('trump-deal-with-zelenskyy')).toBe(false);
    expect(visible.relationIds.has('russia-strikes-ukraine')).toBe(true);
    expect(visible.relationIds.size).toBe(dataset.relations.length - 3);
    // The president's only other tie is leading South Africa, so the president stays.
    expect(visible.actorIds.has('south-africa-president')).toBe(true);
    const onlyMarked = visibleGraph(dataset, view({ hiddenStatuses: ['reported'] }));
    expect([...onlyMarked.relationIds]).toEqual([
      'russia-ukraine-peace-talks',
      'zelenskyy-meets-south-africa-president',
      'trump-deal-with-zelenskyy',
    ]);
    expect([...onlyMarked.actorIds].sort()).toEqual([
      'russia',
      'south-africa-president',
      'trump',
      'ukraine',
      'zelenskyy',
    ]);
  });

  it('shows nothing when every type is off', () => {
    const visible = visibleGraph(dataset, view({ hiddenTypes: RELATION_TYPE_IDS }));
    expect(visible.relationIds.size).toBe(0);
    expect(visible.actorIds.size).toBe(0);
  });

  it('focus depth 1 keeps only the actor and its direct neighbours', () => {
    const visible = visibleGraph(dataset, view({ focus: { actor: 'belarus', depth: 1 } }));
    expect([...visible.actorIds].sort()).toEqual(['belarus', 'russia']);
    expect([...visible.relationIds]).toEqual(['russia-ally-of-belarus']);
  });

  it('focus depth grows the neighbourhood step by step', () => {
    const sizes = ([1, 2, 3] as const).map(
      (depth) => visibleGraph(dataset, view({ focus: { actor: 'belarus', depth } })).actorIds.size,
    );
    expect(sizes[0]).toBeLessThan(sizes[1]!);
    expect(sizes[1]).toBeLessThanOrEqual(sizes[2]!);
    const depth2 = visibleGraph(dataset, view({ focus: { actor: 'belarus', depth: 2 } }));
    expect(depth2.actorIds.has('brics')).toBe(true);
    expect(depth2.actorIds.has('south-africa-president')).toBe(false);
  });

  it('narrows by text in names, aliases, types and quotes, ignoring case and accents', () => {
    const byAlias = visibleGraph(dataset, view({ query: 'kremlin' }));
    expect(byAlias.relationIds.has('russia-strikes-ukraine')).toBe(true);
    expect(byAlias.relationIds.has('trump-leads-united-states')).toBe(false);
    const byQuote = visibleGraph(dataset, view({ query: 'land reform' }));
    expect([...byQuote.relationIds]).toEqual(['united-states-sanctions-south-africa']);
    const byType = visibleGraph(dataset, view({ query: 'SANCTION' }));
    expect([...byType.relationIds]).toEqual(['united-states-sanctions-south-africa']);
  });

  it('ignores a focus on an actor the dataset does not have', () => {
    const visible = visibleGraph(dataset, view({ focus: { actor: 'atlantis', depth: 1 } }));
    expect(visible.relationIds.size).toBe(dataset.relations.length);
  });
});
