/** Keyboard and screen-reader paths: where focus goes, and what the focused thing looks like. */
import { expect, test, waitForGraph } from './fixtures';

test.beforeEach(async ({ page }) => {
  await page.goto('./?v=1&relation=united-states-sanctions-south-africa');
  await waitForGraph(page);
});

test('"Show in article" moves keyboard focus to the sentence it shows, once', async ({ page }) => {
  const show = page.getByRole('tabpanel').getByRole('button', { name: 'Show in article' });
  await show.focus();
  await page.keyboard.press('Enter');
  const sentence = page.locator('.sentence.is-current', { hasText: 'was sanctioned by' });
  await expect(sentence).toBeFocused();
  // It is announced as the highlighted text it is.
  await expect(sentence).toHaveAttribute('role', 'mark');

  // Coming back to the article later by its tab leaves focus on the tab.
  await page.getByRole('tab', { name: 'Details' }).click();
  await page.getByRole('tab', { name: 'Article' }).click();
  await expect(page.getByRole('tab', { name: 'Article' })).toBeFocused();
});

test('the selected sentence is outlined as one shape, not broken around every name', async ({
  page,
}) => {
  await page.getByRole('tabpanel').getByRole('button', { name: 'Show in article' }).click();
  const sentence = page.locator('.sentence.is-current', { hasText: 'was sanctioned by' });
  await expect(sentence).toBeVisible();
  const shape = await sentence.evaluate((element) => {
    const lines = [...element.getClientRects()];
    // Buttons inside (names, the evidence chip) that stick out of their line bend the outline.
    const protruding = [...element.querySelectorAll('button')]
      .filter((button) => {
        const box = button.getBoundingClientRect();
        const line = lines.find((rect) => box.top < rect.bottom && box.bottom > rect.top);
        return !line || box.top < line.top - 0.5 || box.bottom > line.bottom + 0.5;
      })
      .map((button) => button.textContent);
    // Lines that do not touch the next one make the outline a stack of separate boxes.
    const gaps = lines.slice(1).filter((rect, index) => rect.top > lines[index]!.bottom + 0.5);
    return { lines: lines.length, protruding, gaps: gaps.length };
  });
  expect(shape.lines).toBeGreaterThan(1);
  expect(shape.protruding).toEqual([]);
  expect(shape.gaps).toBe(0);
});

test('skip links reach the graph and the side panel in two key presses', async ({ page }) => {
  await page.keyboard.press('Tab');
  const toGraph = page.getByRole('link', { name: 'Skip to graph' });
  await expect(toGraph).toBeFocused();
  await expect(toGraph).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('application', { name: /^Graph of the actors and relations/ }),
  ).toBeFocused();

  await page.reload();
  await waitForGraph(page);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to side panel' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: 'Details' })).toBeFocused();
  // Skipping is not navigating: the address stays the view's link, with no history entry.
  await expect(page).toHaveURL(/\?v=1&relation=united-states-sanctions-south-africa$/);
});
