import { describe, expect, it } from 'vitest';

import { parseView, serializeView } from '../../src/domain/link/viewQuery';
import {
  clearFilters,
  clearFiltersOf,
  defaultView,
  isolatedShownByDefault,
  setCamera,
  setFocus,
  setHiddenKinds,
  setQuery,
} from '../../src/domain/view';
import { realDataset } from './realDataset';

const camera = { zoom: 1.5, x: 120, y: -40 };
const panned = setCamera(camera)(defaultView('russia-ukraine-talks'));

describe('the camera across view transitions', () => {
  it('choosing or leaving a focus frames the new view (no camera of its own)', () => {
    expect(setFocus({ actor: 'belarus', depth: 1 })(panned).camera).toBeNull();
    const focused = setCamera(camera)(setFocus({ actor: 'belarus', depth: 1 })(panned));
    expect(setFocus({ actor: 'belarus', depth: 2 })(focused).camera).toBeNull();
    expect(setFocus(null)(focused).camera).toBeNull();
    expect(clearFilters(focused).camera).toBeNull();
  });

  it('kind and text filters, and clearing filters without a focus, keep the camera', () => {
    expect(setHiddenKinds(['leader'])(panned).camera).toEqual(camera);
    expect(setQuery('nuclear')(panned).camera).toEqual(camera);
    expect(clearFilters(setQuery('nuclear')(panned)).camera).toEqual(camera);
  });
});

describe('isolated actors by default', () => {
  it('a file’s graph shows every node; an article’s graph waits to show actors it quotes in no relation', () => {
    const article = realDataset();
    expect(isolatedShownByDefault(article)).toBe(false);
    const relation = { ...article.relations[0]!, evidence: [] };
    const ends = article.actors.filter((a) => [relation.source, relation.target].includes(a.id));
    const lone = article.actors.find((a) => !ends.includes(a))!;
    // A file whose every actor has a relation: a filter narrows its actors too.
    expect(isolatedShownByDefault({ actors: ends, relations: [relation] })).toBe(false);
    // One that holds actors without relations shows them, as the tool that wrote it did.
    const file = { actors: [...ends, lone], relations: [relation] };
    expect(isolatedShownByDefault(file)).toBe(true);
    expect(isolatedShownByDefault({ actors: [lone], relations: [] })).toBe(true);

    const ids = { actorIds: new Set<string>(), relationIds: new Set<string>(), showIsolated: true };
    expect(parseView('', 'nodes', ids).view.showIsolated).toBe(true);
    const hidden = parseView('v=1&isolated=0', 'nodes', ids).view;
    expect(hidden.showIsolated).toBe(false);
    expect(serializeView(hidden, 'nodes', ids)).toBe('v=1&isolated=0');
    // Clearing the filters returns to the dataset's default, not to hiding them.
    expect(clearFiltersOf(file)(hidden).showIsolated).toBe(true);
  });
});

describe('a dataset’s own time step', () => {
  it('is what a link leaves out: two days of events step by day, and week is then written', () => {
    const ids = {
      actorIds: new Set<string>(),
      relationIds: new Set<string>(),
      timeStep: 'day' as const,
    };
    expect(parseView('', 'events', ids).view.timeStep).toBe('day');
    const weekly = parseView('v=1&step=week', 'events', ids).view;
    expect(weekly.timeStep).toBe('week');
    expect(serializeView(weekly, 'events', ids)).toBe('v=1&step=week');
    expect(serializeView({ ...weekly, timeStep: 'day' }, 'events', ids)).toBe('');
  });
});
