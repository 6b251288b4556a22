import { describe, expect, it } from 'vitest';

import { serializeView } from '../../../src/domain/link/viewQuery';
import { defaultView } from '../../../src/domain/view';
import { DATASET, view } from './linkTestKit';

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
