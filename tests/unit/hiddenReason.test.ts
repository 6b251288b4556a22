import { describe, expect, it } from 'vitest';

import { explainHidden, liftReasons } from '../../src/domain/hiddenReason';
import { type ViewState, defaultView } from '../../src/domain/view';
import { visibleGraph } from '../../src/domain/visibleGraph';
import { realDataset } from './realDataset';
import { timelineDataset } from './timelineDataset';

const dataset = realDataset();
const view = (changes: Partial<ViewState>): ViewState => ({
  ...defaultView(dataset.id),
  ...changes,
});
const actor = (id: string) => ({ kind: 'actor', id }) as const;
const relation = (id: string) => ({ kind: 'relation', id }) as const;

describe('explainHidden', () => {
  it('has nothing to explain for a shown element or an unknown id', () => {
    expect(explainHidden(dataset, view({}), actor('russia'))).toBeNull();
    expect(explainHidden(dataset, view({}), relation('russia-strikes-ukraine'))).toBeNull();
    expect(explainHidden(dataset, view({}), actor('atlantis'))).toBeNull();
  });

  it('blames the isolated-actors switch, not the filters, for an actor without relations', () => {
    // TASS is named in the article (it reports a quote) but takes part in no relation.
    expect(explainHidden(dataset, view({}), actor('tass'))?.reasons).toEqual([
      { filter: 'isolated', hasRelations: false },
    ]);
    // Clearing every filter (the old action) does not show TASS; lifting the reason does.
    expect(visibleGraph(dataset, defaultView(dataset.id)).actorIds.has('tass')).toBe(false);
    const lifted = liftReasons(view({}), [{ filter: 'isolated', hasRelations: false }]);
    expect(visibleGraph(dataset, lifted).actorIds.has('tass')).toBe(true);
  });

  it('names a switched-off status, and lifting it shows the relation', () => {
    const stalledHidden = view({ hiddenStatuses: ['stalled', 'planned'] });
    const explanation = explainHidden(
      dataset,
      stalledHidden,
      relation('russia-ukraine-peace-talks'),
    );
    expect(explanation).toEqual({ reasons: [{ filter: 'status', status: 'stalled' }] });
    const lifted = liftReasons(stalledHidden, explanation!.reasons);
    expect(lifted.hiddenStatuses).toEqual(['planned']);
    expect(visibleGraph(dataset, lifted).relationIds.has('russia-ukraine-peace-talks')).toBe(true);
  });

  it('names the switched-off kind of an actor', () => {
    expect(explainHidden(dataset, view({ hiddenKinds: ['leader'] }), actor('putin'))).toEqual({
      reasons: [{ filter: 'kind', kinds: ['leader'] }],
    });
  });

  it('says no visible relation touches an actor whose relations are all switched off', () => {
    expect(
      explainHidden(dataset, view({ hiddenTypes: ['ALLY_OF'] }), actor('belarus'))?.reasons,
    ).toEqual([{ filter: 'isolated', hasRelations: true }]);
  });

  it('names the text filter and the focus', () => {
    expect(explainHidden(dataset, view({ query: 'land reform' }), actor('putin'))?.reasons).toEqual(
      [{ filter: 'text', query: 'land reform' }],
    );
    expect(
      explainHidden(dataset, view({ focus: { actor: 'belarus', depth: 1 } }), actor('putin'))
        ?.reasons,
    ).toEqual([{ filter: 'focus', actor: 'belarus' }]);
  });

  it('names every filter when it takes several to hide an actor, and lifting them shows it', () => {
    // "TASS" matches TASS itself, so only its kind and the isolated switch hide it.
    const byName = view({ hiddenKinds: ['organization'], query: 'tass' });
    expect(explainHidden(dataset, byName, actor('tass'))?.reasons).toEqual([
      { filter: 'kind', kinds: ['organization'] },
      { filter: 'isolated', hasRelations: false },
    ]);
    // Isolated actors are kept only when they match the text, so another text must go too.
    const other = view({ hiddenKinds: ['organization'], query: 'nuclear' });
    const explanation = explainHidden(dataset, other, actor('tass'));
    expect(explanation?.reasons.map((reason) => reason.filter)).toEqual([
      'kind',
      'text',
      'isolated',
    ]);
    const lifted = liftReasons(other, explanation!.reasons);
    expect(visibleGraph(dataset, lifted).actorIds.has('tass')).toBe(true);
  });

  it('names the type, class and end kinds that hide a relation, and only those', () => {
    const hidden = view({
      hiddenTypes: ['ASSAULT', 'ACCUSE'],
      hiddenClasses: ['material-conflict', 'structural'],
      hiddenKinds: ['leader'],
    });
    expect(explainHidden(dataset, hidden, relation('russia-strikes-ukraine'))?.reasons).toEqual([
      { filter: 'type', types: ['ASSAULT'], classes: ['material-conflict'] },
    ]);
    expect(explainHidden(dataset, hidden, relation('putin-leads-russia'))?.reasons).toEqual([
      { filter: 'kind', kinds: ['leader'] },
      { filter: 'type', types: [], classes: ['structural'] },
    ]);
  });
});

describe('explainHidden with a time range', () => {
  const timed = timelineDataset();
  const range = { from: '2025-02-01', to: '2025-03-31' };
  const ranged = { ...defaultView(timed.id), timeRange: range };

  it('blames the range for a relation outside it and an actor whose relations all are, and lifting it shows them', () => {
    const aid = relation('corvania-aids-belmora');
    expect(explainHidden(timed, ranged, aid)?.reasons).toEqual([{ filter: 'time', range }]);
    const front = actor('eastern-front');
    const explained = explainHidden(timed, ranged, front);
    expect(explained?.reasons).toEqual([{ filter: 'time', range }]);
    const lifted = liftReasons(ranged, explained!.reasons);
    expect(lifted.timeRange).toBeNull();
    expect(visibleGraph(timed, lifted).actorIds.has('eastern-front')).toBe(true);
  });

  it('never blames the range for an undated relation', () => {
    expect(explainHidden(timed, ranged, relation('corvania-member-of-northern-pact'))).toBeNull();
  });
});
