import { describe, expect, it } from 'vitest';

import {
  clearFilters,
  defaultView,
  setCamera,
  setFocus,
  setHiddenKinds,
  setQuery,
} from '../../src/domain/view';

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
