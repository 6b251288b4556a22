import { type Page, expect, test, waitForGraph } from './fixtures';

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
