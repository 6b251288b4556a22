import { expect, test, waitForGraph } from './fixtures';

test.describe('on a 360-pixel-wide phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('nothing is cut off, and filters, details and the table are all reachable', async ({
    page,
  }) => {
    await page.goto('./');
    await waitForGraph(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
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
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
  });
});
