/**
 * Every file in the project's fixtures, opened as a user would, draws exactly what the summary
 * counts, and its SVG picture holds every drawn actor and edge. The real files (written by Gephi,
 * igraph, TinkerPop, sigma.js, graphology and Cytoscape.js; tests/fixtures/real/SOURCES.md) must
 * also show what they hold, counted independently of the app: Gephi's samples number nodes and
 * edges from 0, which once hid every edge whose id was also a node's.
 */
import { readFile, readdir } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { type Page, expect, test, waitForGraph } from './fixtures';

/** Actors and relations each real file holds (SOURCES.md), less what the report says it drops. */
const REAL_FILES: Record<string, { actors: number; relations: number }> = {
  'Les-Miserables.gexf': { actors: 77, relations: 254 },
  'US-Airports.gexf': { actors: 235, relations: 1297 },
  'Java.gexf': { actors: 1538, relations: 8032 },
  'dynamicedgeweight.gexf': { actors: 2, relations: 1 },
  'timezone.gexf': { actors: 2, relations: 1 },
  'edges_table_types_test.csv': { actors: 2, relations: 2 },
  'karate.GraphML': { actors: 34, relations: 78 },
  'grateful-dead.xml': { actors: 808, relations: 8049 },
  // Nodes only: every actor is shown, though no relation touches it.
  'phylogeny.gexf': { actors: 3, relations: 0 },
  'viz.gexf': { actors: 1, relations: 0 },
  // 536 self-loops are dropped, and reported.
  'yeast.gexf': { actors: 2361, relations: 7182 - 536 },
  // sigma.js's demo: edges as [source, target] pairs.
  'dataset.json': { actors: 2085, relations: 5409 },
  'clique3.json': { actors: 12, relations: 21 },
  'abcde.json': { actors: 5, relations: 7 },
};

/** Files that are not a graph on their own: a nodes sheet opens with its edges sheet. */
const NOT_ALONE = new Set(['kumu-elements.csv']);

async function graphFiles(folder: string): Promise<string[]> {
  const names = await readdir(folder, { withFileTypes: true });
  return names
    .filter((entry) => entry.isFile() && !/\.(md|txt)$/.test(entry.name))
    .map((entry) => entry.name)
    .filter((name) => !NOT_ALONE.has(name))
    .sort();
}

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

/** What the summary line says is shown. */
async function summarised(page: Page): Promise<{ actors: number; relations: number }> {
  const text = (await page.locator('.graph-summary').textContent()) ?? '';
  const match = /^([\d,]+) actors?, ([\d,]+) relations? shown$/.exec(text);
  expect(match, `summary "${text}"`).not.toBeNull();
  const number = (digits: string) => Number(digits.replaceAll(',', ''));
  return { actors: number(match![1]!), relations: number(match![2]!) };
}

/** What the canvas draws: its shown actors, and the relations its shown edges stand for. */
function drawn(page: Page) {
  return page.evaluate(() => {
    const cy = window.__actorGraphTest!.cy;
    const shown = cy.elements().filter((element) => !element.hasClass('is-hidden'));
    let relations = 0;
    let edges = 0;
    shown.edges().forEach((edge) => {
      if (!edge.source().visible() || !edge.target().visible()) return;
      edges++;
      relations += (edge.data('members') as string[] | undefined)?.length ?? 1;
    });
    return { actors: shown.nodes().length, relations, edges };
  });
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

/** The real files big enough to take seconds each: a test of their own, beside the others. */
const LARGE = new Set(['Java.gexf', 'grateful-dead.xml', 'yeast.gexf', 'dataset.json']);

const GROUPS = [
  { folder: 'real', name: 'the large real files', only: (file: string) => LARGE.has(file) },
  { folder: 'real', name: 'the other real files', only: (file: string) => !LARGE.has(file) },
  ...['import', 'events', 'datasets'].map((folder) => ({
    folder,
    name: `every file in tests/fixtures/${folder}`,
    only: () => true,
  })),
];

test('the real fixtures are the files SOURCES.md counts', async () => {
  expect((await graphFiles('tests/fixtures/real')).sort()).toEqual(Object.keys(REAL_FILES).sort());
});

for (const { folder, name, only } of GROUPS) {
  test(`${name}: the canvas draws what the summary counts`, async ({ page }) => {
    test.setTimeout(180_000);
    const files = (await graphFiles(`tests/fixtures/${folder}`)).filter(only);
    await page.goto('./');
    await waitForGraph(page);
    for (const file of files) {
      await test.step(file, async () => {
        await open(page, `tests/fixtures/${folder}/${file}`);
        const summary = await summarised(page);
        const canvas = await drawn(page);
        expect({ file, ...summary }).toEqual({
          file,
          actors: canvas.actors,
          relations: canvas.relations,
        });
        const expected = REAL_FILES[file];
        if (folder === 'real' && expected)
          expect({ file, ...summary }).toEqual({ file, ...expected });
        const svg = await svgCounts(page);
        expect({ file, ...svg }).toEqual({ file, actors: canvas.actors, edges: canvas.edges });
      });
    }
  });
}

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
    // Fetching, reading and drawing 2,361 actors takes seconds more than the article's graph.
    await page.waitForFunction(
      () => {
        const hook = window.__actorGraphTest;
        return (hook?.cy.nodes().length ?? 0) > 1000 && (hook?.layoutRuns ?? 0) > 0;
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
