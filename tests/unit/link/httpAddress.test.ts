import { describe, expect, it } from 'vitest';

import { httpAddress } from '../../../src/domain/link/httpAddress';

describe('httpAddress', () => {
  it('takes absolute http and https addresses, whatever the case of their scheme', () => {
    expect(httpAddress('https://example.org/data/graph.json?x=1')?.href).toBe(
      'https://example.org/data/graph.json?x=1',
    );
    expect(httpAddress('HTTP://Example.org')?.href).toBe('http://example.org/');
  });

  it('refuses every other scheme, relative addresses and plain text', () => {
    for (const text of [
      'javascript:alert(1)',
      'data:text/html,<b>x</b>',
      'file:///etc/passwd',
      'ftp://example.org/graph.json',
      '/data/graph.json',
      'example.org',
      'not a url',
      '',
    ]) {
      expect(httpAddress(text), text).toBeNull();
    }
  });
});
