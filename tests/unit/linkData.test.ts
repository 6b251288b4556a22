import LZString from 'lz-string';
import { describe, expect, it, vi } from 'vitest';

import { validateDataset } from '../../src/domain/validate';
import {
  LINK_DATA_LIMIT,
  MAX_COMPRESSION_RATIO,
  decodeLinkData,
  encodeLinkData,
} from '../../src/io/linkData';

const small = JSON.stringify({
  id: 'tiny',
  title: 'Two ministers',
  source: { note: 'test' },
  actors: [
    { id: 'a', label: 'Äsa “Minister”', kind: 'leader', aliases: [] },
    { id: 'b', label: '北京', kind: 'state', aliases: [] },
  ],
  relations: [
    {
      id: 'a-meets-b',
      source: 'a',
      target: 'b',
      type: 'CONSULT',
      directed: false,
      evidence: [{ url: 'https://example.org/a?b=1&c=2#x' }],
    },
  ],
});

/** A graph.json text that compresses to more than the limit: many distinct random labels. */
function bigGraph(): string {
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647).toString(36).slice(2);
  const actors = Array.from({ length: 600 }, (_, i) => ({
    id: `actor-${i}`,
    label: `${random()} ${random()}`,
    kind: 'state',
    aliases: [],
  }));
  return JSON.stringify({ id: 'big', title: 'Big', source: {}, actors, relations: [] });
}

describe('data carried in a link', () => {
  it('round-trips a graph.json text, non-ASCII and URLs included, into fragment-safe characters', () => {
    const encoded = encodeLinkData(small);
    expect(encoded).not.toBeNull();
    expect(encoded).toMatch(/^[A-Za-z0-9+\-$]+$/);
    const decoded = decodeLinkData(encoded!);
    expect(decoded).toEqual({ ok: true, graphText: small });
    expect(validateDataset({ graphText: small }).ok).toBe(true);
  });

  it('refuses data whose compressed form exceeds the limit, so the link carries the view only', () => {
    const text = bigGraph();
    expect(encodeLinkData(text)).toBeNull();
    expect(LINK_DATA_LIMIT).toBe(8192);
  });

  it('refuses a text too long for any compression to fit without compressing it', () => {
    const compress = vi.spyOn(LZString, 'compressToEncodedURIComponent');
    try {
      const repetitive = `{"relations": [${'{"id":"a"},'.repeat(40_000)}]}`;
      // Repetitive text does shrink past the ratio, but a text this long is never a link.
      expect(repetitive.length).toBeGreaterThan(LINK_DATA_LIMIT * MAX_COMPRESSION_RATIO);
      expect(encodeLinkData(repetitive)).toBeNull();
      expect(compress).not.toHaveBeenCalled();
      expect(encodeLinkData(small)).not.toBeNull();
      expect(compress).toHaveBeenCalledTimes(1);
    } finally {
      compress.mockRestore();
    }
  });

  it('reads a cut-off or edited fragment as damaged, with a message a receiver can act on', () => {
    const encoded = encodeLinkData(small)!;
    for (const broken of [encoded.slice(0, Math.floor(encoded.length / 2)), 'AAAA', 'not-lz$$$']) {
      const decoded = decodeLinkData(broken);
      expect(decoded.ok).toBe(false);
      if (!decoded.ok) expect(decoded.message).toMatch(/damaged or cut off/);
    }
  });
});
