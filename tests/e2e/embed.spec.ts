/**
 * Embedding: a link with embed=1 shows the graph, its legend and the details alone, with a way
 * to the full app; the embed code the app copies opens that view embedded, and fits a phone-wide
 * frame on a page of someone else's.
 */
import { type Page, clickGraphElement, expect, test, waitForGraph } from './fixtures';

/** What only the full app shows: header controls, filters, tabs. */
async function expectNoExplorerControls(page: Page) {
  for (const name of ['Open…', 'Filters', 'Copy link', 'Copy embed code', 'Export']) {
    await expect(page.getByRole('button', { name })).toHaveCount(0);
  }
  await expect(page.getByRole('combobox')).toHaveCount(0);
  await expect(page.getByRole('tablist')).toHaveCount(0);
  await expect(page.getByRole('checkbox')).toHaveCount(0);
}

test('an embedded view shows graph, legend and details, works by keyboard, and opens in the full app', async ({
  page,
  context,
}) => {
  await page.goto('./?embed=1');
  await waitForGraph(page);
  await expectNoExplorerControls(page);
  const side = page.getByRole('complementary', { name: 'Details and legend' });
  await expect(side.getByRole('heading', { name: 'Legend' })).toBeVisible();
  const open = page.getByRole('link', { name: 'Open in Actor Graph' });
  await expect(open).toHaveAttribute('href', new URL('./', page.url()).href);
  await expect(open).toHaveAttribute('target', '_blank');
  await expect(open).toHaveAttribute('rel', 'noopener noreferrer');

  await clickGraphElement(page, 'south-africa');
  await expect(page).toHaveURL(/\?v=1&actor=south-africa&embed=1$/);
  await expect(side.getByRole('heading', { name: 'South Africa', level: 2 })).toBeVisible();
  await expect(open).toHaveAttribute('href', new URL('./?v=1&actor=south-africa', page.url()).href);

  // The canvas keeps its keys: + zooms (written to the link), Escape clears the selection.
  await page.locator('#graph-surface').focus();
  const zoomBefore = await page.evaluate(() => window.__actorGraphTest!.cy.zoom());
  await page.keyboard.press('+');
  await expect
    .poll(() => page.evaluate(() => window.__actorGraphTest!.cy.zoom()))
    .toBeGreaterThan(zoomBefore);
  await expect(page).toHaveURL(/[?&]zoom=[^&]+&x=[^&]+&y=[^&]+&embed=1$/);
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/actor=/);
  await expect(side.getByRole('heading', { name: 'South Africa' })).toHaveCount(0);

  // The way out opens the same view, camera included, in the full explorer.
  await clickGraphElement(page, 'south-africa');
  await expect(page).toHaveURL(/actor=south-africa/);
  const [full] = await Promise.all([context.waitForEvent('page'), open.click()]);
  await waitForGraph(full);
  expect(full.url()).not.toContain('embed');
  expect(new URL(full.url()).searchParams.get('actor')).toBe('south-africa');
  expect(new URL(full.url()).searchParams.get('zoom')).toBe(
    new URL(page.url()).searchParams.get('zoom'),
  );
  await expect(full.getByRole('button', { name: 'Copy link' })).toHaveCount(1);
  await expect(full.getByRole('tabpanel').getByRole('heading', { level: 2 })).toHaveText(
    'South Africa',
  );
});

test('the embed code copied from the app opens the same view embedded, and fits a 320 px frame', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  await waitForGraph(page);
  await clickGraphElement(page, 'south-africa');
  await expect(page).toHaveURL(/actor=south-africa/);

  await page.getByRole('button', { name: 'Copy embed code' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Embed code copied' })).toHaveCount(1);
  const code = await page.evaluate(() => navigator.clipboard.readText());
  await expect(page.getByRole('textbox', { name: 'Embed code' })).toHaveValue(code);

  // Pasted into someone else's page, in a frame as wide as a small phone.
  const host = await context.newPage();
  await host.setViewportSize({ width: 320, height: 640 });
  await host.setContent(`<!doctype html><body style="margin:0">${code}</body>`);
  await expect(host.locator('body > *')).toHaveCount(1);
  const src = await host.locator('iframe').evaluate((frame: HTMLIFrameElement) => frame.src);
  expect(src).toBe(`${page.url()}&embed=1`);

  const embedded = await context.newPage();
  await embedded.goto(src);
  await waitForGraph(embedded);
  await expectNoExplorerControls(embedded);
  await expect(
    embedded
      .getByRole('complementary', { name: 'Details and legend' })
      .getByRole('heading', { name: 'South Africa', level: 2 }),
  ).toBeVisible();

  // In the frame on that page, the embed fits its 600 px: the page itself scrolls neither way.
  const frame = host.frameLocator('iframe');
  await expect(frame.getByRole('link', { name: 'Open in Actor Graph' })).toBeVisible();
  await expect(frame.locator('.graph-canvas canvas').first()).toBeVisible();
  const inner = host.frames().find((candidate) => candidate.url().includes('embed=1'))!;
  const page320 = await inner.evaluate(() => {
    const root = document.documentElement;
    return { width: [root.scrollWidth, root.clientWidth], height: [root.scrollHeight, 600] };
  });
  expect(page320).toEqual({ width: [320, 320], height: [600, 600] });
});
