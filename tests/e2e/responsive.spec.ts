import { type Page, expect, test, waitForGraph } from './fixtures';

/**
 * How far the page reaches past the phone's width. Not `innerWidth`: on a mobile viewport the
 * browser widens the layout viewport to fit wide content, so `innerWidth` grows with the overflow.
 */
async function sidewaysOverflow(page: Page): Promise<number> {
  const width = page.viewportSize()!.width;
  return (await page.evaluate(() => document.documentElement.scrollWidth)) - width;
}

test.describe('on a 360-pixel-wide phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('nothing is cut off, and filters, details and the table are all reachable', async ({
    page,
  }) => {
    await page.goto('./');
    await waitForGraph(page);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await expect(page.locator('.graph-canvas canvas').first()).toBeVisible();

    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await expect(page.getByRole('checkbox', { name: /^Accuse/ })).toBeVisible();
    await page.getByRole('checkbox', { name: /^Accuse/ }).uncheck();
    await page.getByRole('button', { name: 'Close filters' }).click();
    await expect(page.getByRole('button', { name: 'Filters', exact: true })).toBeFocused();
    await expect(page.getByRole('checkbox', { name: /^Accuse/ })).toBeHidden();

    await page.getByRole('combobox', { name: 'Find an actor' }).fill('Belarus');
    await page.getByRole('combobox', { name: 'Find an actor' }).press('Enter');
    await expect(page.getByRole('tabpanel').getByRole('heading', { level: 2 })).toHaveText(
      'Belarus',
    );
    await page.getByRole('tab', { name: 'Table' }).click();
    const table = page.locator('.relation-table');
    await table.scrollIntoViewIfNeeded();
    await expect(table).toBeVisible();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  });

  test('the filters drawer: Tab stays inside it, a tap outside closes it', async ({ page }) => {
    await page.goto('./');
    await waitForGraph(page);
    const toggle = page.getByRole('button', { name: 'Filters', exact: true });
    const close = page.getByRole('button', { name: 'Close filters' });
    const drawer = page.getByRole('complementary', { name: 'Filters and legend' });
    const focusInDrawer = () =>
      drawer.evaluate((element) => element.contains(document.activeElement));
    await toggle.click();
    await expect(close).toBeFocused();

    // Shift+Tab from the first control goes round to the last one in the drawer, not behind it.
    await page.keyboard.press('Shift+Tab');
    expect(await focusInDrawer()).toBe(true);
    await page.keyboard.press('Tab');
    await expect(close).toBeFocused();
    // Tab through every control and once more: focus never leaves, and comes back to the start.
    const stops = await drawer.evaluate(
      (element) =>
        [...element.querySelectorAll(':is(button, input, select):not(:disabled), a[href]')].filter(
          (control) => control.checkVisibility(),
        ).length,
    );
    for (let step = 0; step < stops; step += 1) {
      await page.keyboard.press('Tab');
      expect(await focusInDrawer()).toBe(true);
    }
    await expect(close).toBeFocused();

    // The page beside the drawer is covered: a tap there closes the drawer and selects nothing.
    const url = page.url();
    await page.touchscreen.tap(350, 400);
    await expect(close).toBeHidden();
    await expect(toggle).toBeFocused();
    expect(page.url()).toBe(url);
  });

  test('the table opened from a link: no sideways scroll, every tab shown, quotes full width', async ({
    page,
  }) => {
    await page.goto('./?v=1&panel=table');
    await waitForGraph(page);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    const width = page.viewportSize()!.width;
    for (const name of ['Details', 'Article', 'Table']) {
      const tab = (await page.getByRole('tab', { name }).boundingBox())!;
      expect(tab.x).toBeGreaterThanOrEqual(0);
      expect(tab.x + tab.width).toBeLessThanOrEqual(width);
    }
    // A quote squeezed into a fourth column is a few words a line; it gets the table's width.
    const table = (await page.getByRole('table').boundingBox())!;
    const quote = (await page.getByRole('cell', { name: /Russian strikes killed/ }).boundingBox())!;
    expect(quote.x + quote.width).toBeLessThanOrEqual(width);
    expect(quote.width).toBeGreaterThan(table.width * 0.9);
  });
});
