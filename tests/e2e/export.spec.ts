/**
 * Exports in a real browser: the files the Export menu saves hold what the view shows, and
 * nothing it hides.
 */
import { readFile } from 'node:fs/promises';

import Papa from 'papaparse';

import {
  type Page,
  accessibilityScan,
  expect,
  shippedDataset,
  test,
  waitForGraph,
} from './fixtures';

/** Opens the Export menu and saves one of its entries; returns the file's name and bytes. */
async function save(page: Page, entry: string, before?: () => Promise<void>) {
  await page.getByRole('button', { name: 'Export' }).click();
  await before?.();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: entry, exact: true }).click();
  const download = await downloading;
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

/** The pixel size of an image, as the browser decodes it. */
async function decodedSize(page: Page, bytes: Buffer) {
  return page.evaluate(async (base64) => {
    const binary = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
    const image = await createImageBitmap(new Blob([binary], { type: 'image/png' }));
    return { width: image.width, height: image.height };
  }, bytes.toString('base64'));
}

/** How many pixels of the first image differ in the second, over the first image's area. */
async function differingPixels(page: Page, first: Buffer, second: Buffer) {
  return page.evaluate(
    async ([a, b]) => {
      const pixels = async (base64: string, width: number, height: number) => {
        const binary = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
        const image = await createImageBitmap(new Blob([binary], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(width, height);
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, width, height).data;
      };
      const size = await createImageBitmap(
        new Blob([Uint8Array.from(atob(a), (character) => character.charCodeAt(0))]),
      );
      const [one, two] = [
        await pixels(a, size.width, size.height),
        await pixels(b, size.width, size.height),
      ];
      let differing = 0;
      for (let index = 0; index < one.length; index += 4) {
        if ([0, 1, 2, 3].some((channel) => one[index + channel] !== two[index + channel]))
          differing++;
      }
      return differing;
    },
    [first.toString('base64'), second.toString('base64')] as const,
  );
}

/** The bounding box of what the canvas shows, in graph pixels. */
async function shownBounds(page: Page) {
  return page.evaluate(() => {
    const box = window
      .__actorGraphTest!.cy.elements()
      .filter((element) => !element.hasClass('is-hidden'))
      .boundingBox();
    return { width: box.w, height: box.h };
  });
}

const leaders = new Set(
  (shippedDataset.actors as { id: string; label: string; kind?: string }[])
    .filter((actor) => actor.kind === 'leader')
    .map((actor) => actor.label),
);

test.describe('with leaders filtered out', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('./?hidekind=leader');
    await waitForGraph(page);
  });

  test('the PNG at 1× and 2× is the visible graph at its size and twice it', async ({ page }) => {
    const bounds = await shownBounds(page);
    const one = await save(page, 'PNG 1×');
    expect(one.name).toMatch(/^russia-ukraine-talks_\d{4}-\d{2}-\d{2}_filtered\.png$/);
    const oneSize = await decodedSize(page, one.bytes);
    expect(Math.abs(oneSize.width - Math.ceil(bounds.width))).toBeLessThanOrEqual(1);
    expect(Math.abs(oneSize.height - Math.ceil(bounds.height))).toBeLessThanOrEqual(1);

    const two = await save(page, 'PNG 2×');
    expect(two.name).toMatch(/_filtered_2x\.png$/);
    const twoSize = await decodedSize(page, two.bytes);
    expect(Math.abs(twoSize.width - 2 * oneSize.width)).toBeLessThanOrEqual(2);
    expect(Math.abs(twoSize.height - 2 * oneSize.height)).toBeLessThanOrEqual(2);

    const withLegend = await save(page, 'PNG 1×', () =>
      page.getByRole('checkbox', { name: 'Include the legend' }).check(),
    );
    const legendSize = await decodedSize(page, withLegend.bytes);
    expect(legendSize.width).toBeGreaterThan(oneSize.width + 100);
    // The legend is beside the graph, not over it: the graph's pixels are those without it.
    expect(await differingPixels(page, one.bytes, withLegend.bytes)).toBe(0);
  });

  test('the SVG has a text for each visible actor and none for a hidden one', async ({ page }) => {
    const svg = await save(page, 'SVG');
    expect(svg.name).toMatch(/_filtered\.svg$/);
    const text = svg.bytes.toString('utf8');
    const { labels, shown } = await page.evaluate((source) => {
      const document = new DOMParser().parseFromString(source, 'image/svg+xml');
      const labels = [...document.querySelectorAll('g.node text')].map((node) =>
        [...node.querySelectorAll('tspan')].map((span) => span.textContent).join(' '),
      );
      const shown = window
        .__actorGraphTest!.cy.nodes()
        .filter((node) => !node.hasClass('is-hidden'))
        .map((node) => node.data('label') as string);
      return { labels, shown };
    }, text);
    expect(shown.length).toBeGreaterThan(3);
    expect(labels.sort()).toEqual(shown.sort());
    expect(leaders.size).toBeGreaterThan(0);
    for (const leader of leaders) expect(labels).not.toContain(leader);
  });

  test('the CSV of relations holds exactly the visible relations', async ({ page }) => {
    const csv = await save(page, 'Relations');
    expect(csv.name).toMatch(/_filtered_relations\.csv$/);
    const rows = Papa.parse<Record<string, string>>(
      csv.bytes.toString('utf8').replace(/^\uFEFF/, ''),
      {
        header: true,
        skipEmptyLines: true,
      },
    ).data;
    const visible = await page.evaluate(() =>
      window
        .__actorGraphTest!.cy.edges()
        .filter((edge) => !edge.hasClass('is-hidden'))
        .map((edge) => edge.data('relation') as string),
    );
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.length).toBeLessThan(shippedDataset.relations.length);
    expect(rows.map((row) => row.ID).sort()).toEqual(visible.sort());
  });
});

test('a picture of the default view is not called filtered', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  const png = await save(page, 'PNG 1×');
  expect(png.name).toMatch(/^russia-ukraine-talks_\d{4}-\d{2}-\d{2}\.png$/);
});

test('the whole dataset downloads as graph.json that names every actor and relation', async ({
  page,
}) => {
  await page.goto('./');
  await waitForGraph(page);
  const file = await save(page, 'graph.json');
  expect(file.name).toMatch(/^russia-ukraine-talks_\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(file.bytes.toString('utf8'));
  expect(data.actors.map((actor: { id: string }) => actor.id)).toEqual(
    shippedDataset.actors.map((actor) => actor.id),
  );
  expect(data.relations).toHaveLength(shippedDataset.relations.length);
  expect(typeof data.article).toBe('string');
  expect(data.actors.every((actor: { position?: unknown }) => actor.position)).toBe(true);
});

test('the open Export menu has no WCAG 2.1 A/AA violations, light or dark', async ({ page }) => {
  await page.goto('./?relation=russia-strikes-ukraine');
  await waitForGraph(page);
  for (const theme of ['light', 'dark']) {
    if (theme === 'dark') await page.getByRole('button', { name: 'Dark theme' }).click();
    await page.getByRole('button', { name: 'Export' }).click();
    await expect(
      page.getByRole('button', { name: 'Copy citation of the selected relation' }),
    ).toBeVisible();
    const results = await accessibilityScan(page).include('.export-menu').analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Export' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  }
});
