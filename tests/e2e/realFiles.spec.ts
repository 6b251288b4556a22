/**
 * Files other tools wrote, opened as a user would: a file of each format (GEXF, GraphML, CSV and
 * TSV, graphology, Cytoscape.js and d3 JSON, our graph.json) and the largest real GraphML draws
 * exactly what the summary counts, and the large file's SVG picture holds every drawn actor and
 * edge. The real files (written by Gephi, igraph, TinkerPop, sigma.js, graphology and
 * Cytoscape.js; tests/fixtures/real/SOURCES.md) must also show what they hold, counted
 * independently of the app: Gephi's samples number nodes and edges from 0, which once hid every
 * edge whose id was also a node's. Every fixture file, the other large ones too, is drawn and
 * pictured without a browser by the app's own canvas code in tests/unit/import/realFiles.test.ts
 * and tests/unit/export/fixturePictures.test.ts; the event samples on the page in events.spec.ts.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { type Page, drawnCounts, expect, test, waitForGraph } from './fixtures';

/** Actors and relations each real file holds (SOURCES.md), less what the report says it drops. */
const REAL_FILES: Record<string, { actors: number; relations: number }> = {
  'Les-Miserables.gexf': { actors: 77, relations: 254 },
  'grateful-dead.xml': { actors: 808, relations: 8049 },
  'edges_table_types_test.csv': { actors: 2, relations: 2 },
  'karate.GraphML': { actors: 34, relations: 78 },
  // Nodes only: every actor is shown, though no relation touches it.
  'phylogeny.gexf': { actors: 3, relations: 0 },
  'clique3.json': { actors: 12, relations: 21 },
  'abcde.json': { actors: 5, relations: 7 },
};

/** A file of each format and shape, opened one after another in one page. */
const ON_THE_PAGE = [
  ...Object.keys(REAL_FILES).map((file) => `tests/fixtures/real/${file}`),
  ...['connections.tsv', 'd3-by-index.json'].map((file) => `tests/fixtures/import/${file}`),
  // An actor without relations, hidden until asked for.
  'tests/fixtures/datasets/funding.graph.json',
];

/** The large real file whose SVG picture is checked on the page: 8,049 relations, bundled. */
const PICTURED = 'grateful-dead.xml';

/**
 * Opens a file by the picker and waits for its own canvas and its summary, closing the report
 * where it opens by itself (its code may arrive after the canvas).
 */
async function open(page: Page, path: string): Promise<void> {
  await page.evaluate(() => {
    (window as { previousCanvas?: unknown }).previousCanvas = window.__actorGraphTest?.cy;
  });
  await page.getByRole('button', { name: 'Open…' }).click();
  await page.getByTestId('open-file-input').setInputFiles(path);
  await page.waitForFunction(
    () =>
      window.__actorGraphTest!.cy !== (window as { previousCanvas?: unknown }).previousCanvas &&
      window.__actorGraphTest!.layoutRuns > 0,
    undefined,
    { timeout: 60_000 },
  );
  const name = path.split('/').at(-1)!;
  await expect(page.getByText(`Opened ${name}:`, { exact: false }).first()).toBeVisible();
  const report = page.getByRole('dialog', { name: 'Import report' });
  if (await report.isVisible()) await report.getByRole('button', { name: 'Close' }).click();
}

/** Draws every actor of a file that opened on its most connected ones (topActors.spec.ts). */
async function showAll(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as { previousCanvas?: unknown }).previousCanvas = window.__actorGraphTest?.cy;
  });
  const note = page.getByRole('note', { name: 'What the canvas draws' });
  await note.getByRole('button', { name: 'Show all' }).click();
  await page.waitForFunction(
    () =>
      window.__actorGraphTest!.cy !== (window as { previousCanvas?: unknown }).previousCanvas &&
      window.__actorGraphTest!.layoutRuns > 0,
    undefined,
    { timeout: 60_000 },
  );
}

/** What the summary line says is shown. */
async function summarised(page: Page): Promise<{ actors: number; relations: number }> {
  const text = (await page.locator('.graph-summary').textContent()) ?? '';
  const match = /^([\d,]+) actors?, ([\d,]+) relations? shown$/.exec(text);
  expect(match, `summary "${text}"`).not.toBeNull();
  const number = (digits: string) => Number(digits.replaceAll(',', ''));
  return { actors: number(match![1]!), relations: number(match![2]!) };
}

/** The SVG picture's actors and edges. */
async function svgCounts(page: Page): Promise<{ actors: number; edges: number }> {
  await page.getByRole('button', { name: 'Export' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'SVG', exact: true }).click();
  const svg = await readFile(await (await downloading).path(), 'utf8');
  await page.keyboard.press('Escape');
  return {
    actors: svg.match(/<g class="node"/g)?.length ?? 0,
    edges: svg.match(/<g class="edge"/g)?.length ?? 0,
  };
}

test('a file of each format draws what the summary counts, and a large one pictures all of it', async ({
  page,
}) => {
  // Ten files, one of them 8,049 relations, on a busy two-core machine: wait, don't time.
  test.setTimeout(150_000);
  await page.goto('./');
  await waitForGraph(page);
  for (const path of ON_THE_PAGE) {
    const file = path.split('/').at(-1)!;
    await test.step(file, async () => {
      await open(page, path);
      if (file === PICTURED) await showAll(page);
      const summary = await summarised(page);
      const canvas = await drawnCounts(page);
      expect({ file, ...summary }).toEqual({
        file,
        actors: canvas.actors,
        relations: canvas.relations,
      });
      const expected = REAL_FILES[file];
      if (expected) expect({ file, ...summary }).toEqual({ file, ...expected });
      if (file === PICTURED) {
        // Parallel relations are drawn once: fewer lines than relations, each in the picture.
        expect(canvas.edges).toBeLessThan(canvas.relations);
        const svg = await svgCounts(page);
        expect({ file, ...svg }).toEqual({ file, actors: canvas.actors, edges: canvas.edges });
      }
    });
  }
});

test('a Gephi file opens in its own colours, sizes and places, with our look one choice away', async ({
  page,
}) => {
  await page.goto('./');
  await waitForGraph(page);
  await open(page, 'tests/fixtures/real/Les-Miserables.gexf');
  const look = (id: string) =>
    page.evaluate((nodeId) => {
      const node = window.__actorGraphTest!.element(nodeId);
      return {
        color: node.style('background-color'),
        width: node.width(),
        shape: node.style('shape'),
      };
    }, id);
  // Myriel is drawn as Gephi drew him: viz:color r=91 g=91 b=245, viz:size 28.7 (Napoleon's 4).
  const myriel = await look('0');
  const napoleon = await look('1');
  expect(myriel.color).toBe('rgb(91,91,245)');
  expect(myriel.shape).toBe('ellipse');
  expect(myriel.width).toBeGreaterThan(napoleon.width);
  await expect(page.getByRole('combobox', { name: 'Layout' })).toHaveValue('preset');
  const actors = page.getByRole('combobox', { name: 'Actors' });
  await expect(actors).toHaveValue('file');
  await expect(page.getByText('Actors are drawn as the file drew them')).toBeVisible();
  // The legend draws no arrowheads for a file whose relations are all mutual.
  await expect(page.getByText('Lines are mutual: no relation here has a direction.')).toBeVisible();

  await actors.selectOption('kind');
  await expect(page).toHaveURL(/[?&]look=kind/);
  await expect.poll(async () => (await look('0')).shape).not.toBe('ellipse');
  expect((await look('0')).width).toBe((await look('1')).width);
  await page.goBack();
  await expect.poll(async () => (await look('0')).shape).toBe('ellipse');
});

test('a file a link names tells what was dropped on the way; one that fails leads with why', async ({
  page,
}) => {
  // A GraphML without nodes whose one non-ASCII byte is Latin-1: the decoder notes it first.
  const noNodes = Buffer.from(
    '<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">' +
      '<graph edgedefault="directed"><!-- caf\xe9 --></graph></graphml>',
    'latin1',
  );
  const server = createServer((request, response) => {
    const name = request.url === '/no-nodes.graphml' ? null : 'yeast.gexf';
    void (name ? readFile(`tests/fixtures/real/${name}`) : Promise.resolve(noNodes)).then((body) =>
      response.writeHead(200, { 'access-control-allow-origin': '*' }).end(body),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    await page.goto(`./?v=1&src=${encodeURIComponent(`${origin}/yeast.gexf`)}`);
    // Fetching and reading 2,361 actors takes seconds more than the article's graph; it opens on
    // its 150 most connected (topActors.spec.ts).
    await page.waitForFunction(
      () => {
        const hook = window.__actorGraphTest;
        return (hook?.cy.nodes().length ?? 0) === 150 && (hook?.layoutRuns ?? 0) > 0;
      },
      undefined,
      { timeout: 60_000 },
    );
    const line = page.getByRole('note', { name: 'Data source' });
    await expect(line).toContainText('Opened yeast.gexf: 2361 actors, 6646 relations; 536 skipped');
    await line.getByRole('button', { name: 'View report' }).click();
    const report = page.getByRole('dialog', { name: 'Import report' });
    await expect(report.getByRole('heading', { name: 'Skipped (536)' })).toBeVisible();
    await expect(report).toContainText('(a self-loop) was skipped');
    await report.getByRole('button', { name: 'Close' }).click();

    await page.goto(`./?v=1&src=${encodeURIComponent(`${origin}/no-nodes.graphml`)}`);
    const failure = page.getByRole('alert');
    await expect(failure).toContainText('could not be opened: The file declares no nodes.');
    await waitForGraph(page);
  } finally {
    server.close();
  }
});

test('our own Actors and Relations sheets open again together, chosen at once', async ({
  page,
}, testInfo) => {
  await page.goto('./');
  await waitForGraph(page);
  const paths: string[] = [];
  for (const entry of ['Actors', 'Relations']) {
    await page.getByRole('button', { name: 'Export' }).click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: entry, exact: true }).click();
    const download = await downloading;
    const path = testInfo.outputPath(download.suggestedFilename());
    await download.saveAs(path);
    paths.push(path);
    await page.keyboard.press('Escape');
  }
  const summary = await summarised(page);
  await page.evaluate(() => {
    (window as { previousCanvas?: unknown }).previousCanvas = window.__actorGraphTest?.cy;
  });
  await page.getByRole('button', { name: 'Open…' }).click();
  await page.getByTestId('open-file-input').setInputFiles(paths);
  await expect(page.getByText(/kept in this browser/)).toContainText(' + ');
  await page.waitForFunction(
    () =>
      window.__actorGraphTest!.cy !== (window as { previousCanvas?: unknown }).previousCanvas &&
      window.__actorGraphTest!.layoutRuns > 0,
  );
  expect(await summarised(page)).toEqual(summary);
});
