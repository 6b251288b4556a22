// @vitest-environment node
/**
 * The one road for data: a file chosen by the user and the same file named by a `src=` link
 * give the same report; what failed says why in one line; the session's memory is the service's
 * own (two apps do not share it) and holds the last few datasets only.
 */
import { readFileSync } from 'node:fs';

import { describe, expect, it, vi } from 'vitest';

import type { DataSource } from '../../../src/domain/dataSource';
import * as linkData from '../../../src/io/linkData';
import { openBytes, openSheets } from '../../../src/io/open/openDataset';
import { problemsAsCsv, problemsAsText } from '../../../src/io/open/problemText';
import { createDatasetService } from '../../../src/ui/data/datasetService';
import type { DataStore, OpenServices, StoredDataset } from '../../../src/ui/data/serviceTypes';

const messyCsv = 'From,To,Type\nA,B,AID\nC,,AID\nB,C,AID\n';

function memoryStore(): DataStore {
  const records = new Map<string, StoredDataset>();
  return {
    contentKey: async (text) => text.length.toString(16).padStart(16, '0'),
    getDataset: async (key) => records.get(key),
    listDatasets: async () => [...records.values()],
    putDataset: async (record) => void records.set(record.key, record),
    forgetDataset: async (key) => void records.delete(key),
  };
}

function fakeServices(files: Record<string, string> = {}): OpenServices {
  const store = memoryStore();
  return {
    open: async () => ({ openBytes, openSheets, problemsAsText, problemsAsCsv }),
    store: async () => store,
    linkData: async () => linkData,
    fetch: vi.fn(async (url: string) => {
      const text = files[url];
      if (text === undefined)
        return new Response('not here', { status: 404, statusText: 'Not Found' });
      return new Response(text, { status: 200 });
    }),
  };
}

const never = new AbortController().signal;

describe('one road for every origin', () => {
  it('gives a src= link and the file input the same report', async () => {
    const url = 'https://example.org/data/messy.csv';
    const service = createDatasetService(fakeServices({ [url]: messyCsv }));
    const fromLink = await service.load({ kind: 'url', url });
    const fromFile = await service.open(
      { kind: 'file', file: new File([messyCsv], 'messy.csv') },
      never,
      () => {},
    );
    if (!fromLink.ok || !fromFile.ok) throw new Error('both should open');
    expect(fromLink.report?.summary).toBe(
      'Opened messy.csv: 3 actors, 2 relations; 1 skipped, 2 kept.',
    );
    expect(fromFile.report?.report).toEqual(fromLink.report);
    expect(fromLink.origin).toEqual({ kind: 'url', url, fileName: 'messy.csv' });
  });

  it('says in one line why a link’s data did not open', async () => {
    const service = createDatasetService(
      fakeServices({ 'https://example.org/empty.json': '{"nodes": []}' }),
    );
    const missing = await service.load({ kind: 'url', url: 'https://example.org/gone.csv' });
    expect(missing).toEqual({
      ok: false,
      failure: 'Could not fetch https://example.org/gone.csv: the site answered 404 Not Found.',
    });
    const sendersOnly = await service.load({ kind: 'file', key: '0123456789abcdef', data: null });
    expect(sendersOnly.ok === false && 'failure' in sendersOnly && sendersOnly.failure).toMatch(
      /kept only there/,
    );
    const damaged = await service.load({
      kind: 'link',
      data: 'N4IgdghgtgpiBcIBCBXAziANCAJgSwGMAbAYQBsA',
    });
    expect(damaged.ok === false && 'failure' in damaged && damaged.failure).toMatch(
      /damaged or cut off/,
    );
  });

  it('carries a small opened file in the link, and reopens it from there elsewhere', async () => {
    const here = createDatasetService(fakeServices());
    const opened = await here.open(
      { kind: 'file', file: new File([messyCsv], 'messy.csv') },
      never,
      () => {},
    );
    if (!opened.ok || opened.source.kind !== 'file' || opened.source.data === null) {
      throw new Error('should open and fit in the link');
    }
    // Another browser: nothing kept, so the data carried in the link is read.
    const elsewhere = createDatasetService(fakeServices());
    const received = await elsewhere.load(opened.source);
    expect(received.ok && received.dataset.relations.map((relation) => relation.id)).toEqual(
      opened.loaded.dataset.relations.map((relation) => relation.id),
    );
  });

  it('keeps a graph built from a text like an opened file, and carries it in the link', async () => {
    const graphText = JSON.stringify({
      id: 'pasted',
      title: 'Pasted article',
      source: {},
      actors: [
        { id: 'russia', label: 'Russia', kind: 'state', aliases: [] },
        { id: 'ukraine', label: 'Ukraine', kind: 'state', aliases: [] },
      ],
      relations: [
        {
          id: 'r1',
          source: 'russia',
          target: 'ukraine',
          type: 'ACCUSE',
          directed: true,
          evidence: [{ quote: 'Russia accused Ukraine' }],
        },
      ],
      article: 'Russia accused Ukraine of shelling.',
    });
    const services = fakeServices();
    const here = createDatasetService(services);
    const opened = await here.open(
      { kind: 'authored', graphText, name: 'Pasted article' },
      never,
      () => {},
    );
    if (!opened.ok || opened.source.kind !== 'file' || opened.source.data === null) {
      throw new Error('should open and fit in the link');
    }
    expect(opened.summary).toBe('Opened Pasted article: 2 actors, 1 relation.');
    const recent = await (await services.store()).listDatasets();
    expect(recent.map((record) => record.name)).toEqual(['Pasted article']);
    const received = await createDatasetService(fakeServices()).load(opened.source);
    expect(received.ok && received.dataset.relations[0]?.evidence).toEqual([
      { quote: 'Russia accused Ukraine' },
    ]);
    // A graph that does not validate (a quote not in its text) is refused with the reason.
    const broken = graphText.replace('"Russia accused Ukraine"', '"Russia praised Ukraine"');
    const refused = await here.open(
      { kind: 'authored', graphText: broken, name: 'Bad' },
      never,
      () => {},
    );
    expect(refused.ok).toBe(false);
  });

  it('remembers the last six datasets of its own session, not another app’s', async () => {
    const graph = readFileSync('data/russia-ukraine-talks/graph.json', 'utf8');
    const files = Object.fromEntries(
      Array.from({ length: 7 }, (_, index) => [`https://example.org/${index}.json`, graph]),
    );
    const services = fakeServices(files);
    const service = createDatasetService(services);
    const sources: DataSource[] = Object.keys(files).map((url) => ({ kind: 'url', url }));
    for (const source of sources) expect((await service.load(source)).ok).toBe(true);
    expect(service.loadedNow(sources[0]!)).toBeUndefined();
    expect(service.loadedNow(sources[6]!)).toBeDefined();
    expect(createDatasetService(services).loadedNow(sources[6]!)).toBeUndefined();
    service.forget(sources[6]!);
    expect(service.loadedNow(sources[6]!)).toBeUndefined();
  });
});
