import { type Page, expect, test, visibleNodeIds, waitForGraph } from './fixtures';

/** How far the drawn elements stand from each edge of the canvas, in screen pixels. */
function margins(page: Page) {
  return page.evaluate(() => {
    const cy = window.__actorGraphTest!.cy;
    const box = cy.elements(':visible').renderedBoundingBox();
    return { left: box.x1, right: cy.width() - box.x2, top: box.y1, bottom: cy.height() - box.y2 };
  });
}

/** Whether what is drawn is framed: all on the canvas, and centred on it. */
async function isFramed(page: Page): Promise<boolean> {
  const { left, right, top, bottom } = await margins(page);
  return (
    Math.min(left, right, top, bottom) >= 0 &&
    Math.abs(left - right) <= 2 &&
    Math.abs(top - bottom) <= 2
  );
}

/** The graph point at the centre of the canvas, the zoom and the canvas width. */
function centre(page: Page) {
  return page.evaluate(() => {
    const cy = window.__actorGraphTest!.cy;
    const zoom = cy.zoom();
    const pan = cy.pan();
    return {
      x: (cy.width() / 2 - pan.x) / zoom,
      y: (cy.height() / 2 - pan.y) / zoom,
      zoom,
      width: cy.width(),
    };
  });
}

test('choosing a focus actor frames its neighbourhood; "Whole graph" frames the whole graph', async ({
  page,
}) => {
  await page.goto('./');
  await waitForGraph(page);
  const focus = page.getByRole('combobox', { name: 'Focus', exact: true });

  await focus.selectOption({ label: 'Belarus' });
  await expect.poll(() => visibleNodeIds(page)).toEqual(['belarus', 'russia']);
  await expect.poll(() => isFramed(page)).toBe(true);
  // The frame is the link's default ("fit"), so the link carries no camera of its own.
  await expect(page).not.toHaveURL(/zoom=/);

  await page.getByRole('combobox', { name: 'Focus depth' }).selectOption('2');
  await expect.poll(async () => (await visibleNodeIds(page)).length).toBeGreaterThan(2);
  await expect.poll(() => isFramed(page)).toBe(true);

  await focus.selectOption('');
  await expect.poll(async () => (await visibleNodeIds(page)).length).toBeGreaterThan(10);
  await expect.poll(() => isFramed(page)).toBe(true);
});

test('a focus link with a camera opens on that camera, not on a frame', async ({ page }) => {
  await page.goto('./?v=1&focus=belarus&zoom=0.5&x=300&y=200');
  await waitForGraph(page);
  const { x, y, zoom } = await centre(page);
  expect(zoom).toBeCloseTo(0.5, 2);
  expect(Math.abs(x - 300)).toBeLessThanOrEqual(1);
  expect(Math.abs(y - 200)).toBeLessThanOrEqual(1);
});

test('Back to a view before a focus brings back its camera', async ({ page }) => {
  await page.goto('./?v=1&zoom=0.8&x=100&y=-50');
  await waitForGraph(page);
  await page
    .getByRole('combobox', { name: 'Focus', exact: true })
    .selectOption({ label: 'Belarus' });
  await expect.poll(() => isFramed(page)).toBe(true);
  await page.goBack();
  await expect(page).toHaveURL(/zoom=0\.8&x=100&y=-50/);
  await expect.poll(async () => (await visibleNodeIds(page)).length).toBeGreaterThan(2);
  const { x, y, zoom } = await centre(page);
  expect(zoom).toBeCloseTo(0.8, 2);
  expect(Math.abs(x - 100)).toBeLessThanOrEqual(1);
  expect(Math.abs(y + 50)).toBeLessThanOrEqual(1);
});

test('Fit frames what a text filter left, even when the view was already fitted', async ({
  page,
}) => {
  await page.goto('./');
  await waitForGraph(page);
  await page.getByRole('searchbox', { name: 'Text filter' }).fill('Belarus');
  await expect.poll(async () => (await visibleNodeIds(page)).length).toBeLessThan(5);
  // A text filter keeps the camera, so what is left is not framed yet.
  expect(await isFramed(page)).toBe(false);
  await page.getByRole('button', { name: 'Fit' }).click();
  await expect.poll(() => isFramed(page)).toBe(true);
});

for (const link of ['', '?v=1&zoom=1.5&x=-120&y=80']) {
  test(`resizing the window keeps the graph point at the centre of the canvas (${link || 'fitted'})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`./${link}`);
    await waitForGraph(page);
    const before = await centre(page);
    const drift = async () => {
      const now = await centre(page);
      return Math.max(Math.abs(now.x - before.x), Math.abs(now.y - before.y));
    };
    await page.setViewportSize({ width: 1100, height: 700 });
    // cytoscape notices the new size a moment later.
    await expect.poll(async () => (await centre(page)).width).not.toBe(before.width);
    await expect.poll(drift).toBeLessThan(0.5);
    expect((await centre(page)).zoom).toBe(before.zoom);
    await page.setViewportSize({ width: 1440, height: 900 });
    await expect.poll(async () => (await centre(page)).width).toBe(before.width);
    expect(await drift()).toBeLessThan(0.5);
  });
}
