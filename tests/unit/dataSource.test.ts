import { describe, expect, it } from 'vitest';

import { fragmentDataOf, linkedOf, sourceKey, sourceOfLink } from '../../src/domain/dataSource';

describe('the data source a link names', () => {
  it('follows the precedence #data > src > file > dataset', () => {
    expect(sourceOfLink('x', null, null).source).toEqual({ kind: 'builtin', id: 'x' });
    expect(sourceOfLink('x', { kind: 'file', key: '0123456789abcdef' }, null).source).toEqual({
      kind: 'file',
      key: '0123456789abcdef',
      data: null,
    });
    expect(sourceOfLink('x', { kind: 'url', url: 'https://e.org/g.json' }, null).source).toEqual({
      kind: 'url',
      url: 'https://e.org/g.json',
    });
    const withData = sourceOfLink('x', { kind: 'url', url: 'https://e.org/g.json' }, 'ABC');
    expect(withData.source).toEqual({ kind: 'link', data: 'ABC' });
    expect(withData.ignored).toEqual(['ignored "src" because the link carries its data']);
  });

  it('reads a kept file with its data as one source, so a reload finds it and a receiver gets the data', () => {
    const { source, ignored } = sourceOfLink('x', { kind: 'file', key: '0123456789abcdef' }, 'ABC');
    expect(source).toEqual({ kind: 'file', key: '0123456789abcdef', data: 'ABC' });
    expect(ignored).toEqual([]);
    expect(linkedOf(source)).toEqual({ kind: 'file', key: '0123456789abcdef' });
    expect(fragmentDataOf(source)).toBe('ABC');
    expect(sourceKey(source)).toBe(
      sourceKey({ kind: 'file', key: '0123456789abcdef', data: null }),
    );
  });
});
