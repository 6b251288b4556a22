import { describe, expect, it } from 'vitest';

import { countOfId, isShown, shownCounts } from '../../src/domain/counts';
import { defaultView } from '../../src/domain/view';
import { entireGraph, visibleGraph } from '../../src/domain/visibleGraph';
import { realDataset } from './realDataset';

const dataset = realDataset();
const leaders = dataset.actors.filter((actor) => actor.kind === 'leader').length;

describe('shownCounts', () => {
  it('counts, per kind, type and status, what a view shows of what the dataset has', () => {
    const all = shownCounts(dataset, entireGraph(dataset));
    expect(countOfId(all.kinds, 'leader')).toEqual({ shown: leaders, total: leaders });
    expect(all.statuses.get('stalled')).toEqual({ shown: 2, total: 2 });
    const withoutLeaders = shownCounts(
      dataset,
      visibleGraph(dataset, { ...defaultView(dataset.id), hiddenKinds: ['leader'] }),
    );
    expect(countOfId(withoutLeaders.kinds, 'leader')).toEqual({ shown: 0, total: leaders });
    expect(isShown(withoutLeaders.kinds, 'leader')).toBe(false);
  });

  it('has no entry for what the dataset has none of, which counts as 0 of 0', () => {
    const all = shownCounts(dataset, entireGraph(dataset));
    expect(all.types.has('PROTEST')).toBe(false);
    expect(countOfId(all.types, 'PROTEST')).toEqual({ shown: 0, total: 0 });
  });
});
