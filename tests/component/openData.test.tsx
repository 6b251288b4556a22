/**
 * Opening data in the app shell, with fake services in place of the parsers, IndexedDB and the
 * network: the report, a failing open that leaves the graph as it was, Cancel, and links whose
 * data cannot be opened. The explorer is a stub: these tests are about what surrounds it.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { DatasetFile } from '../../src/domain/dataset';
import { validateDataset } from '../../src/domain/validate';
import type { ImportProblem } from '../../src/io/import/types';
import * as linkData from '../../src/io/linkData';
import { openSheets } from '../../src/io/open/openDataset';
import { App } from '../../src/ui/app/App';
import type { ExplorerProps } from '../../src/ui/app/Explorer';
import type {
  DataStore,
  OpenOptions,
  OpenResult,
  OpenServices,
  StoredDataset,
} from '../../src/ui/data/serviceTypes';
import { renderWithUser } from './helpers';

vi.mock('../../src/ui/app/Explorer', () => ({
  Explorer: (props: ExplorerProps) => (
    <div>
      <h1>{props.dataset.title}</h1>
      {props.headerActions}
      <div data-testid="notice">{props.notice}</div>
    </div>
  ),
}));

const opened: DatasetFile = {
  id: 'connections',
  title: 'Connections',
  source: {},
  actors: [
    { id: 'a', label: 'A', kind: 'state', aliases: [] },
    { id: 'b', label: 'B', kind: 'state', aliases: [] },
  ],
  relations: [
    {
      id: 'a-b',
      source: 'a',
      target: 'b',
      type: 'AID',
      directed: true,
      evidence: [{ quote: 'A aids B' }],
    },
  ],
};

const problems: ImportProblem[] = [
  {
    where: { file: 'connections.csv', row: 7, column: 'To' },
    message: 'The "To" cell is empty; skipped the row.',
    action: 'skipped',
  },
  {
    where: { file: 'connections.csv', row: 3 },
    message: 'Duplicate id "a"; merged.',
    action: 'merged',
  },
  {
    where: { file: 'connections.csv', row: 9 },
    message: 'A self-loop; skipped.',
    action: 'skipped',
  },
];

function okResult(withProblems: ImportProblem[] = []): OpenResult {
  const validated = validateDataset({ graphText: JSON.stringify(opened) });
  if (!validated.ok) throw new Error('test dataset invalid');
  return {
    ok: true,
    dataset: validated.dataset,
    datasetFile: opened,
    problems: withProblems,
    format: 'csv',
  };
}

function memoryStore(): DataStore & { records: Map<string, StoredDataset> } {
  const records = new Map<string, StoredDataset>();
  return {
    records,
    contentKey: async (text) => (text.length.toString(16) + '0'.repeat(16)).slice(0, 16),
    getDataset: async (key) => records.get(key),
    listDatasets: async () => [...records.values()].map(({ graphText: _t, ...rest }) => rest),
    putDataset: async (record) => void records.set(record.key, record),
    forgetDataset: async (key) => void records.delete(key),
  };
}

function services(
  openBytes: (bytes: Uint8Array, name: string, options?: OpenOptions) => Promise<OpenResult>,
) {
  const store = memoryStore();
  const fake: OpenServices = {
    open: async () => ({
      openBytes,
      openSheets: (files, options) => openSheets(files, options),
      problemsAsText: (list) => list.map((p) => `${p.where.file}: ${p.message}`).join('\n'),
      problemsAsCsv: (list) =>
        `file,message\n${list.map((p) => `${p.where.file},${p.message}`).join('\n')}`,
    }),
    store: async () => store,
    linkData: async () => linkData,
    fetch: vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    }),
  };
  return { fake, store };
}

const BUILT_IN_TITLE = /Russia/;

// jsdom's Blob cannot read itself; browsers' can. FileReader can, in both.
function read(blob: Blob, as: 'buffer' | 'text'): Promise<ArrayBuffer | string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer | string);
    if (as === 'buffer') reader.readAsArrayBuffer(blob);
    else reader.readAsText(blob);
  });
}
Blob.prototype.arrayBuffer ??= function (this: Blob) {
  return read(this, 'buffer') as Promise<ArrayBuffer>;
};

async function openFile(user: ReturnType<typeof renderWithUser>['user'], name = 'connections.csv') {
  await user.click(await screen.findByRole('button', { name: 'Open…' }));
  const dialog = await screen.findByRole('dialog', { name: 'Open a graph' });
  await user.upload(
    within(dialog).getByTestId('open-file-input'),
    new File(['From,To\nA,B\n'], name, { type: 'text/csv' }),
  );
}

describe('opening data', () => {
  beforeEach(() => window.history.replaceState(null, '', '/'));
  afterEach(() => vi.restoreAllMocks());

  it('switches to the opened file and reports its problems, grouped, copied, downloaded, closed by Escape', async () => {
    const { fake, store } = services(async () => okResult(problems));
    const { user } = renderWithUser(<App services={fake} />);
    expect(await screen.findByRole('heading', { name: BUILT_IN_TITLE })).toBeInTheDocument();
    await openFile(user);

    const report = await screen.findByRole('dialog', { name: 'Import report' });
    expect(report).toHaveAccessibleDescription(
      'Opened connections.csv: 2 actors, 1 relation; 2 skipped, 1 merged.',
    );
    // Focus is inside the dialog and stays there.
    expect(report).toContainElement(document.activeElement as HTMLElement);
    for (let step = 0; step < 8; step += 1) {
      await user.tab();
      expect(report).toContainElement(document.activeElement as HTMLElement);
    }
    const groups = within(report)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(groups).toEqual(['Skipped (2)', 'Merged (1)']);
    expect(
      within(report)
        .getByText(/The "To" cell is empty/)
        .closest('li'),
    ).toHaveTextContent('row 7, column To The "To" cell is empty; skipped the row.');

    await user.click(within(report).getByRole('button', { name: 'Copy report' }));
    expect(await navigator.clipboard.readText()).toContain(
      'connections.csv: A self-loop; skipped.',
    );
    expect(within(report).getByRole('status')).toHaveTextContent('Report copied');

    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:report';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await user.click(within(report).getByRole('button', { name: 'Download as CSV' }));
    expect(click).toHaveBeenCalledTimes(1);
    expect(await read(created[0]!, 'text')).toMatch(/^file,message\nconnections.csv,/);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Connections' })).toBeInTheDocument();
    expect(screen.getByTestId('notice')).toHaveTextContent(
      'Data from connections.csv, kept in this browser.',
    );
    // Kept for a reload, and small enough to travel in the link as well.
    expect([...store.records.values()].map((r) => r.name)).toEqual(['connections.csv']);
    expect(window.location.search).toMatch(/^\?v=1&file=[0-9a-f]{16}$/);
    expect(window.location.hash).toMatch(/^#data=/);
  });

  it('keeps notes alone (how types were matched) behind "View report" instead of opening the report', async () => {
    const notes: ImportProblem[] = [
      {
        where: { file: 'connections.csv' },
        message: 'Relation types of the file’s own: funds.',
        action: 'kept',
      },
    ];
    const { fake } = services(async () => okResult(notes));
    const { user } = renderWithUser(<App services={fake} />);
    expect(await screen.findByRole('heading', { name: BUILT_IN_TITLE })).toBeInTheDocument();
    await openFile(user);
    expect(await screen.findByRole('heading', { name: 'Connections' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'View report' }));
    const report = await screen.findByRole('dialog', { name: 'Import report' });
    expect(report).toHaveTextContent('Relation types of the file’s own: funds.');
  });

  it('leaves the graph on screen untouched when an open fails, and says why', async () => {
    const { fake } = services(async () => ({
      ok: false,
      problems: [
        {
          where: { file: 'broken.csv' },
          message: 'This is a ZIP file, not a graph.',
          action: 'refused',
        },
      ],
    }));
    const { user } = renderWithUser(<App services={fake} />);
    await screen.findByRole('heading', { name: BUILT_IN_TITLE });
    await openFile(user, 'broken.csv');
    const report = await screen.findByRole('dialog', { name: 'Import report' });
    expect(report).toHaveAccessibleDescription(
      'Could not open broken.csv: 1 problem. The graph on screen is unchanged.',
    );
    expect(within(report).getByText('This is a ZIP file, not a graph.')).toBeInTheDocument();
    await user.click(within(report).getByRole('button', { name: 'Close' }));
    expect(screen.getByRole('heading', { name: BUILT_IN_TITLE })).toBeInTheDocument();
    expect(window.location.search).toBe('');
  });

  it('refuses a file over the limit from its size alone, reading nothing', async () => {
    const openBytes = vi.fn(async () => okResult());
    const { fake } = services(openBytes);
    const { user } = renderWithUser(<App services={fake} />);
    await screen.findByRole('heading', { name: BUILT_IN_TITLE });
    await user.click(screen.getByRole('button', { name: 'Open…' }));
    const huge = new File(['x'], 'huge.csv');
    Object.defineProperty(huge, 'size', { value: 300 * 1024 * 1024 });
    const arrayBuffer = vi.spyOn(huge, 'arrayBuffer');
    await user.upload(screen.getByTestId('open-file-input'), huge);
    const report = await screen.findByRole('dialog', { name: 'Import report' });
    expect(report).toHaveTextContent('This file is 300 MB; Actor Graph opens files up to 50 MB.');
    expect(arrayBuffer).not.toHaveBeenCalled();
    expect(openBytes).not.toHaveBeenCalled();
  });

  it('cancels an open under way: the graph stays, and a late result is dropped', async () => {
    let finish: (result: OpenResult) => void = () => {};
    let signal: AbortSignal | undefined;
    const { fake } = services(
      (_bytes, _name, options) =>
        new Promise((resolve) => {
          signal = options?.signal;
          finish = resolve;
        }),
    );
    const { user } = renderWithUser(<App services={fake} />);
    await screen.findByRole('heading', { name: BUILT_IN_TITLE });
    await openFile(user);
    expect(await screen.findByText(/Opening/)).toHaveTextContent('Opening connections.csv…');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(signal?.aborted).toBe(true);
    expect(screen.getByText(/Opening cancelled/)).toBeInTheDocument();
    await act(async () => finish(okResult()));
    expect(screen.getByRole('heading', { name: BUILT_IN_TITLE })).toBeInTheDocument();
    expect(window.location.search).toBe('');
  });
});

describe('history across opening data', () => {
  it('makes opening a file a step: Back shows the built-in dataset, Forward the file again', async () => {
    window.history.replaceState(null, '', '/');
    const { fake } = services(async () => okResult());
    const { user } = renderWithUser(<App services={fake} />);
    await screen.findByRole('heading', { name: BUILT_IN_TITLE });
    await openFile(user);
    expect(await screen.findByRole('heading', { name: 'Connections' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Opened connections.csv: 2 actors, 1 relation.',
    );
    await act(async () => {
      window.history.back();
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    });
    expect(await screen.findByRole('heading', { name: BUILT_IN_TITLE })).toBeInTheDocument();
    expect(window.location.search).toBe('');
    await act(async () => {
      window.history.forward();
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    });
    expect(await screen.findByRole('heading', { name: 'Connections' })).toBeInTheDocument();
  });
});

describe('links whose data cannot be opened', () => {
  afterEach(() => vi.restoreAllMocks());

  it('opens the default dataset with a message when #data is damaged', async () => {
    window.history.replaceState(
      null,
      '',
      '/?v=1&panel=table#data=N4IgdghgtgpiBcIBCBXAziANCAJgSwGMAbAYQBsA',
    );
    const { fake } = services(async () => okResult());
    renderWithUser(<App services={fake} />);
    expect(await screen.findByRole('heading', { name: BUILT_IN_TITLE })).toBeInTheDocument();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The data this link names could not be opened. The data carried in this link is damaged or cut off',
    );
    expect(window.location.hash).toBe('');
  });

  it('tells a receiver of ?file= that the data lives in the sender’s browser', async () => {
    window.history.replaceState(null, '', '/?v=1&file=0123456789abcdef');
    const { fake } = services(async () => okResult());
    renderWithUser(<App services={fake} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'kept only there. Ask the sender for the data file',
    );
    expect(screen.getByRole('heading', { name: BUILT_IN_TITLE })).toBeInTheDocument();
    expect(window.location.search).toBe('');
  });

  it('says how to fix a web address the browser may not read (CORS)', async () => {
    window.history.replaceState(null, '', '/?v=1&src=https://example.org/graph.json');
    const { fake } = services(async () => okResult());
    renderWithUser(<App services={fake} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /Could not fetch https:\/\/example.org\/graph.json.*CORS.*Access-Control-Allow-Origin.*download the file/,
    );
    await waitFor(() => expect(window.location.search).toBe(''));
  });

  it('shows where data from a web address comes from', async () => {
    window.history.replaceState(null, '', '/?v=1&src=https://example.org/graph.json');
    const { fake } = services(async () => okResult());
    fake.fetch = vi.fn(async () => new Response('{}', { status: 200 }));
    renderWithUser(<App services={fake} />);
    expect(await screen.findByRole('heading', { name: 'Connections' })).toBeInTheDocument();
    expect(await screen.findByRole('note', { name: 'Data source' })).toHaveTextContent(
      'Data from example.org: https://example.org/graph.json',
    );
    expect(window.location.search).toBe('?v=1&src=https://example.org/graph.json');
  });
});
