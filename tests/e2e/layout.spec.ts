import { type Page, defaultSummary, expect, test, waitForGraph } from './fixtures';

async function positions(page: Page) {
  return page.evaluate(() =>
    Object.fromEntries(
      window.__actorGraphTest!.cy.nodes().map((node) => {
        const { x, y } = node.position();
        return [node.id(), [Math.round(x * 100) / 100, Math.round(y * 100) / 100]];
      }),
    ),
  );
}

test('the force layout gives the same picture on every load', async ({ page, browser }) => {
  await page.goto('./');
  await waitForGraph(page);
  const first = await positions(page);
  const other = await browser.newContext();
  const second = await other.newPage();
  await second.goto('./');
  await waitForGraph(second);
  expect(await positions(second)).toEqual(first);
  await other.close();
  // Not all on one spot: the layout really spread the actors.
  expect(new Set(Object.values(first).map((point) => point.join())).size).toBe(
    Object.keys(first).length,
  );
});

test('filtering hides elements without moving any actor or the camera', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  const before = await positions(page);
  const camera = await page.evaluate(() => [
    window.__actorGraphTest!.cy.zoom(),
    window.__actorGraphTest!.cy.pan(),
  ]);
  const layouts = await page.evaluate(() => window.__actorGraphTest!.layoutRuns);
  await page.getByRole('checkbox', { name: /^Standing ties/ }).uncheck();
  await page
    .getByRole('combobox', { name: 'Focus', exact: true })
    .selectOption({ label: 'Russia' });
  await expect(page.getByText(/^\d+ actors, \d+ relations shown$/)).not.toHaveText(defaultSummary);
  expect(await positions(page)).toEqual(before);
  expect(
    await page.evaluate(() => [
      window.__actorGraphTest!.cy.zoom(),
      window.__actorGraphTest!.cy.pan(),
    ]),
  ).toEqual(camera);
  expect(await page.evaluate(() => window.__actorGraphTest!.layoutRuns)).toBe(layouts);
});

test('a link naming a layout opens with that layout', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  await page.getByRole('combobox', { name: 'Layout' }).selectOption('concentric');
  await expect(page).toHaveURL(/layout=concentric/);
  await expect.poll(() => page.evaluate(() => window.__actorGraphTest!.layoutRuns)).toBe(2);
  const chosen = await positions(page);
  await page.goto('./?layout=concentric');
  await waitForGraph(page);
  await expect(page.getByRole('combobox', { name: 'Layout' })).toHaveValue('concentric');
  expect(await positions(page)).toEqual(chosen);
});
