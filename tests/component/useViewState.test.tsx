import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { select, setCamera, setHiddenTypes, setQuery } from '../../src/domain/view';
import { useViewState } from '../../src/ui/view/useViewState';

const DEFAULT = 'russia-ukraine-talks';
const ids = {
  actorIds: new Set(['russia', 'ukraine']),
  relationIds: new Set(['russia-strikes-ukraine']),
};

function open(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  return renderHook(() => useViewState(DEFAULT, [DEFAULT]));
}

describe('useViewState', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
  afterEach(() => vi.useRealTimers());

  it('opens the view a link names and writes each discrete change as a new entry', () => {
    const { result } = open('?v=1&hide=ACCUSE');
    expect(result.current.view.hiddenTypes).toEqual(['ACCUSE']);
    const pushState = vi.spyOn(window.history, 'pushState');
    act(() => result.current.update(select({ kind: 'actor', id: 'russia' })));
    expect(pushState).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe('?v=1&hide=ACCUSE&actor=russia');
    pushState.mockRestore();
  });

  it('does nothing for a change that leaves the link as it is', () => {
    const { result } = open('');
    const pushState = vi.spyOn(window.history, 'pushState');
    const before = result.current.view;
    act(() => result.current.update(select(null)));
    expect(pushState).not.toHaveBeenCalled();
    expect(result.current.view).toBe(before);
    pushState.mockRestore();
  });

  it('throttles continuous changes to one write per 400 ms, keeping the latest', () => {
    const { result } = open('');
    const replaceState = vi.spyOn(window.history, 'replaceState');
    act(() => {
      for (let step = 1; step <= 10; step++) {
        result.current.update(setCamera({ zoom: 1, x: step, y: 0 }), { history: 'replace' });
      }
    });
    expect(replaceState).toHaveBeenCalledTimes(1);
    act(() => vi.advanceTimersByTime(400));
    expect(replaceState).toHaveBeenCalledTimes(2);
    expect(window.location.search).toBe('?v=1&zoom=1&x=10&y=0');
    replaceState.mockRestore();
  });

  it('flushes a waiting replace before a push, so Back returns to the latest camera', () => {
    const { result } = open('');
    act(() => {
      result.current.update(setCamera({ zoom: 1, x: 1, y: 0 }), { history: 'replace' });
      result.current.update(setCamera({ zoom: 1, x: 2, y: 0 }), { history: 'replace' });
    });
    const replaceState = vi.spyOn(window.history, 'replaceState');
    act(() => result.current.update(setHiddenTypes(['ACCUSE'])));
    expect(replaceState.mock.calls[0]?.[2]).toBe('/?v=1&zoom=1&x=2&y=0');
    replaceState.mockRestore();
  });

  it('coalesces typing into one entry', () => {
    const { result } = open('');
    const pushState = vi.spyOn(window.history, 'pushState');
    act(() => {
      for (const text of ['n', 'nu', 'nuc'])
        result.current.update(setQuery(text), { coalesce: 'query' });
    });
    act(() => vi.advanceTimersByTime(400));
    expect(pushState).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe('?v=1&q=nuc');
    pushState.mockRestore();
  });

  it('follows Back and Forward', () => {
    const { result } = open('?v=1&actor=russia');
    act(() => {
      window.history.replaceState(null, '', '/?v=1&actor=ukraine');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(result.current.view.selection).toEqual({ kind: 'actor', id: 'ukraine' });
  });

  it('checks ids once the dataset is known, reports what it dropped and cleans the link in place', () => {
    const { result } = open('?v=1&actor=atlantis&hide=ACCUSE&foo=1');
    const pushState = vi.spyOn(window.history, 'pushState');
    act(() => result.current.adoptDataset(ids));
    expect(result.current.view.selection).toBeNull();
    expect(result.current.notice).toEqual(
      expect.arrayContaining(['unknown parameter "foo"', 'unknown actor "atlantis" in "actor"']),
    );
    expect(window.location.search).toBe('?v=1&hide=ACCUSE');
    expect(pushState).not.toHaveBeenCalled();
    act(() => result.current.dismissNotice());
    expect(result.current.notice).toEqual([]);
    pushState.mockRestore();
  });

  it('reads a link back to data loaded before against its ids at once, and cleans it in place', () => {
    const { result } = open('');
    act(() => result.current.adoptDataset(ids));
    const file = { kind: 'file', key: '0123456789abcdef', data: null } as const;
    act(() => result.current.openSource(file, 'push', ids));
    act(() => {
      window.history.replaceState(null, '', '/?v=1&actor=atlantis&panel=table');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(result.current.source).toEqual({ kind: 'builtin', id: DEFAULT });
    expect(result.current.view.selection).toBeNull();
    expect(result.current.view.panel).toBe('table');
    expect(result.current.notice).toContain('unknown actor "atlantis" in "actor"');
    expect(window.location.search).toBe('?v=1&panel=table');
    // Its data then loads: the view was read against its ids already, and stays as it is.
    const before = result.current.view;
    act(() => result.current.adoptDataset(ids));
    expect(result.current.view).toBe(before);
  });

  it('opens the default dataset for an unknown one, and says so', () => {
    const { result } = open('?v=1&dataset=elsewhere');
    expect(result.current.view.dataset).toBe(DEFAULT);
    expect(result.current.notice).toContain('unknown dataset "elsewhere"; opened the default one');
  });

  it('opens a file already loaded in its own default layout, never the article’s for a moment', () => {
    const { result } = open('');
    expect(result.current.view.layout).toBe('fcose');
    const bigFile = {
      ...ids,
      vocabulary: undefined,
      layouts: ['concentric', 'fcose', 'circle', 'grid', 'breadthfirst'] as const,
    };
    act(() =>
      result.current.openSource({ kind: 'file', key: '0123456789abcdef', data: null }, 'push', {
        ...bigFile,
        layouts: [...bigFile.layouts],
      }),
    );
    expect(result.current.view.layout).toBe('concentric');
    expect(window.location.search).toBe('?v=1&file=0123456789abcdef');
  });
});
