/**
 * Opening data in the real browser: a file by the picker and by drag-and-drop, a reload that
 * finds it again, data from another site by `?src=` (with and without CORS), data carried in
 * the link opened in a fresh context, and a failing import that leaves the graph as it was.
 */
import { readFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { type Page, expect, test, visibleNodeIds, waitForGraph } from './fixtures';

const FIXTURES = 'tests/fixtures/import';
const CSV = `${FIXTURES}/kumu-connections.csv`;

async function openPicker(page: Page, file: string): Promise<void> {
  await page.getByRole('button', { name: 'Open…' }).click();
  await expect(page.getByRole('dialog', { name: 'Open a graph' })).toBeVisible();
  await page.getByTestId('open-file-input').setInputFiles(file);
}

const datasetTitle = (page: Page) => page.locator('.dataset-title');
const nodeCount = (page: Page) => page.evaluate(() => window.__actorGraphTest!.cy.nodes().length);

/** A static server on a free port serving the fixtures, with or without CORS headers. */
function serveFixtures(cors: boolean): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const name = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname).slice(1);
    if (name.includes('..') || !/^[\w./-]+$/.test(name)) {
      response.writeHead(400).end();
      return;
    }
    try {
      const body = readFileSync(`${FIXTURES}/${name}`);
      response.writeHead(200, {
        'content-type': 'text/plain; charset=utf-8',
        ...(cors ? { 'access-control-allow-origin': '*' } : {}),
      });
      response.end(body);
    } catch {
      response.writeHead(404, cors ? { 'access-control-allow-origin': '*' } : {}).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, origin: `http://127.0.0.1:${port}` });
    }),
  );
}

test.describe('opening a file', () => {
  test('from the picker: the graph switches, the source is shown, and a reload keeps it', async ({
    page,
  }) => {
    await page.goto('./');
    await waitForGraph(page);
    const before = await datasetTitle(page).textContent();
    await openPicker(page, CSV);
    await expect(
      page.getByText('Data from kumu-connections.csv, kept in this browser.'),
    ).toBeVisible();
    await expect(datasetTitle(page)).not.toHaveText(before!);
    await expect(page).toHaveURL(/\?v=1&file=[0-9a-f]{16}#data=/);
    await waitForGraph(page);
    const opened = await nodeCount(page);
    expect(opened).toBeGreaterThan(3);

    await page.reload();
    await waitForGraph(page);
    await expect(
      page.getByText('Data from kumu-connections.csv, kept in this browser.'),
    ).toBeVisible();
    expect(await nodeCount(page)).toBe(opened);

    // Without the data in the link, this browser's storage alone brings it back.
    const key = new URL(page.url()).searchParams.get('file');
    await page.goto(`./?v=1&file=${key}`);
    await waitForGraph(page);
    await expect(
      page.getByText('Data from kumu-connections.csv, kept in this browser.'),
    ).toBeVisible();

    // Forget: gone from storage, back to the built-in dataset.
    await page.getByRole('button', { name: 'Forget this data' }).click();
    await expect(datasetTitle(page)).toHaveText(before!);
    await page.goto(`./?v=1&file=${key}`);
    await expect(page.getByRole('alert')).toContainText('kept only there');
  });

  test('by dropping it anywhere on the page, with an overlay while dragging', async ({ page }) => {
    await page.goto('./');
    await waitForGraph(page);
    const text = readFileSync(CSV, 'utf8');
    const dataTransfer = await page.evaluateHandle((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'dropped.csv', { type: 'text/csv' }));
      return transfer;
    }, text);
    await page.dispatchEvent('main.graph-area', 'dragenter', { dataTransfer });
    await expect(page.getByText('Drop the file to open it')).toBeVisible();
    await page.dispatchEvent('main.graph-area', 'drop', { dataTransfer });
    await expect(page.getByText('Drop the file to open it')).toBeHidden();
    await expect(page.getByText('Data from dropped.csv, kept in this browser.')).toBeVisible();
    await waitForGraph(page);
  });

  test('a failing import leaves the graph on screen untouched, with the report', async ({
    page,
  }) => {
    await page.goto('./?v=1&panel=table');
    await waitForGraph(page);
    const title = await datasetTitle(page).textContent();
    const nodes = await nodeCount(page);
    await openPicker(page, `${FIXTURES}/hostile/zip-renamed.csv`);
    const report = page.getByRole('dialog', { name: 'Import report' });
    await expect(report).toContainText('Could not open zip-renamed.csv');
    await expect(report.getByRole('heading', { name: /Not opened/ })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(report).toBeHidden();
    await expect(datasetTitle(page)).toHaveText(title!);
    expect(await nodeCount(page)).toBe(nodes);
    await expect(page).toHaveURL(/\?v=1&panel=table$/);
  });
});

test.describe('links to data', () => {
  test('data carried in the link opens the same data and view in a fresh context', async ({
    page,
    browser,
  }) => {
    await page.goto('./');
    await waitForGraph(page);
    await openPicker(page, CSV);
    await expect(page.getByText(/kept in this browser/)).toBeVisible();
    await waitForGraph(page);
    await page.getByRole('tab', { name: 'Table' }).click();
    await expect(page).toHaveURL(/panel=table#data=/);
    const link = page.url();
    const title = await datasetTitle(page).textContent();
    const nodes = await nodeCount(page);

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(link);
    await waitForGraph(other);
    await expect(other.getByText(/Data carried in this link/)).toBeVisible();
    await expect(datasetTitle(other)).toHaveText(title!);
    expect(await nodeCount(other)).toBe(nodes);
    await expect(other.getByRole('tab', { name: 'Table' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await fresh.close();
  });

  test('above the link-data limit, Copy link says the link carries the view only and offers the data', async ({
    page,
  }) => {
    // Many distinct names compress badly: far more than 8 KB once compressed.
    let seed = 11;
    const word = () => ((seed = (seed * 16807) % 2147483647) / 2147483647).toString(36).slice(2, 9);
    const rows = Array.from({ length: 900 }, () => `${word()} ${word()},${word()} ${word()},funds`);
    await page.goto('./');
    await waitForGraph(page);
    await page.getByRole('button', { name: 'Open…' }).click();
    await page.getByTestId('open-file-input').setInputFiles({
      name: 'large.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(['From,To,Type', ...rows].join('\n')),
    });
    // 1,800 actors take a while to open and lay out on a busy 2-core machine: wait, don't time.
    await expect(page.getByText('Data from large.csv, kept in this browser.')).toBeVisible({
      timeout: 30_000,
    });
    await expect(page).toHaveURL(/\?v=1&file=[0-9a-f]{16}$/);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy link (view only)' }).click();
    const note = page.getByRole('note').filter({ hasText: 'This link carries the view only.' });
    await expect(note).toBeVisible();
    const download = page.waitForEvent('download');
    await note.getByRole('button', { name: 'Download the data (graph.json)' }).click();
    expect((await download).suggestedFilename()).toBe('large.graph.json');
  });

  test('a damaged #data opens the built-in dataset with a message', async ({ page }) => {
    await page.goto('./?v=1#data=N4IgdghgtgpiBcIBCBXAziANCAJgSwGMAbAYQBsA');
    await waitForGraph(page);
    await expect(page.getByRole('alert')).toContainText('damaged or cut off');
    await expect(page).toHaveURL(/\/$/);
  });

  test('?src= fetches the file from a site that allows it, and names the site', async ({
    page,
  }) => {
    const { server, origin } = await serveFixtures(true);
    try {
      await page.goto(`./?v=1&src=${origin}/kumu-connections.csv&panel=table`);
      await waitForGraph(page);
      await expect(page.getByRole('note', { name: 'Data source' })).toContainText(
        `Data from ${new URL(origin).host}`,
      );
      await expect(page.getByRole('tab', { name: 'Table' })).toHaveAttribute(
        'aria-selected',
        'true',
      );
      expect(page.url()).toContain(`src=${origin}/kumu-connections.csv`);
    } finally {
      server.close();
    }
  });

  test('?src= from a site without CORS says so and how to fix it', async ({ page, problems }) => {
    const { server, origin } = await serveFixtures(false);
    try {
      await page.goto(`./?v=1&src=${origin}/kumu-connections.csv`);
      await waitForGraph(page);
      await expect(page.getByRole('alert')).toContainText('Access-Control-Allow-Origin');
      await expect(page).toHaveURL(/\/$/);
      // The browser itself logs the blocked request; that error is the point of this test.
      const expected = /CORS policy|Failed to load resource|net::ERR_FAILED/;
      const others = problems.filter((line) => !expected.test(line));
      problems.splice(0, problems.length, ...others);
    } finally {
      server.close();
    }
  });
});

test('a dropped CSV, filtered and shared: the copied link and a ?src= link open the same data and view', async ({
  page,
  browser,
}) => {
  const { server, origin } = await serveFixtures(true);
  try {
    await page.goto('./');
    await waitForGraph(page);
    const dataTransfer = await page.evaluateHandle(
      (content) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([content], 'kumu-connections.csv', { type: 'text/csv' }));
        return transfer;
      },
      readFileSync(CSV, 'utf8'),
    );
    await page.dispatchEvent('main.graph-area', 'drop', { dataTransfer });
    await expect(
      page.getByText('Data from kumu-connections.csv, kept in this browser.'),
    ).toBeVisible();
    await waitForGraph(page);

    // Filter: switch the first relation type off, then select a relation in the table.
    const types = page.getByRole('group', { name: 'Relation types' });
    const firstType = types.getByRole('listitem').first().getByRole('checkbox');
    await firstType.uncheck();
    await expect(page).toHaveURL(/[?&]hide=/);
    await page.getByRole('tab', { name: 'Table' }).click();
    await page.locator('tr[data-relation]').first().getByRole('button').click();
    await page.getByRole('tab', { name: 'Details' }).click();
    const heading = await page.locator('#details-title').textContent();
    const shown = await visibleNodeIds(page);
    const title = await datasetTitle(page).textContent();

    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByText('Link copied')).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('#data=');

    const viewOf = async (link: string, source: RegExp) => {
      const context = await browser.newContext();
      try {
        const other = await context.newPage();
        await other.goto(link);
        await waitForGraph(other);
        await expect(other.getByRole('note', { name: 'Data source' })).toContainText(source);
        await expect(datasetTitle(other)).toHaveText(title!);
        await expect(other.locator('#details-title')).toHaveText(heading!);
        await expect
          .poll(
            async () =>
              await other
                .getByRole('group', { name: 'Relation types' })
                .getByRole('listitem')
                .first()
                .getByRole('checkbox')
                .isChecked(),
          )
          .toBe(false);
        return await visibleNodeIds(other);
      } finally {
        await context.close();
      }
    };

    // The link as copied: the data rides in the fragment.
    expect(await viewOf(copied, /Data carried in this link/)).toEqual(shown);

    // The same view naming the file on a web server instead.
    const address = new URL(copied);
    address.hash = '';
    address.searchParams.delete('file');
    address.searchParams.set('src', `${origin}/kumu-connections.csv`);
    expect(await viewOf(address.href, new RegExp(`Data from ${new URL(origin).host}`))).toEqual(
      shown,
    );
  } finally {
    server.close();
  }
});

test('a graph of a few actors is framed at a readable scale, not blown up to the maximum zoom', async ({
  page,
}) => {
  await page.goto('./');
  await waitForGraph(page);
  await page.getByRole('button', { name: 'Open…' }).click();
  await page.getByTestId('open-file-input').setInputFiles({
    name: 'three.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('From,To,Type\nA,B,funds\nB,C,meets\n'),
  });
  await expect(page.getByText('Data from three.csv, kept in this browser.')).toBeVisible();
  await expect.poll(() => nodeCount(page)).toBe(3);
  await waitForGraph(page);
  const zoom = await page.evaluate(() => window.__actorGraphTest!.cy.zoom());
  expect(zoom).toBeLessThanOrEqual(1.5);
  // Still framed: every actor is on the canvas.
  const inside = await page.evaluate(() => {
    const { cy } = window.__actorGraphTest!;
    return cy.nodes().every((node) => {
      const { x, y } = (node as cytoscape.NodeSingular).renderedPosition();
      return x > 0 && y > 0 && x < cy.width() && y < cy.height();
    });
  });
  expect(inside).toBe(true);
});

test('files kept by the previous version of the storage are still listed, opened and forgotten', async ({
  page,
}) => {
  await page.goto('./');
  await waitForGraph(page);
  const graphText = readFileSync('tests/fixtures/datasets/funding.graph.json', 'utf8');
  // The store as version 1 left it: one object store holding each file's text and its entry.
  await page.evaluate(
    (text) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('actor-graph', 1);
        request.onupgradeneeded = () =>
          request.result.createObjectStore('datasets', { keyPath: 'key' });
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const put = db.transaction('datasets', 'readwrite').objectStore('datasets').put({
            key: '0123456789abcdef',
            name: 'kept-by-v1.json',
            title: 'Kept',
            size: text.length,
            openedAt: 1,
            graphText: text,
          });
          put.onsuccess = () => {
            db.close();
            resolve();
          };
          put.onerror = () => reject(put.error);
        };
      }),
    graphText,
  );
  await page.getByRole('button', { name: 'Open…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open a graph' });
  await dialog.getByRole('button', { name: 'kept-by-v1.json', exact: true }).click();
  await expect(page.getByText('Data from kept-by-v1.json, kept in this browser.')).toBeVisible();
  await waitForGraph(page);
  await page.getByRole('button', { name: 'Open…' }).click();
  // Opened again, it is kept anew under the key of its text; forgetting both empties the list.
  const forget = dialog.getByRole('button', { name: 'Forget kept-by-v1.json' });
  await expect(forget.first()).toBeVisible();
  for (let count = await forget.count(); count > 0; count--) {
    await forget.first().click();
    await expect(forget).toHaveCount(count - 1);
  }
  await expect(dialog.getByRole('button', { name: 'kept-by-v1.json', exact: true })).toBeHidden();
});
