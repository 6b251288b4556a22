/**
 * Time in the real browser: the timeline appears only for data with dates; brushing a range
 * with the mouse filters canvas and table and is one step in history; playing steps a window
 * through time and pausing stops it; a link with from/to opens that range; a bad one is said.
 */
import { readFileSync } from 'node:fs';

import LZString from 'lz-string';

import { type Page, accessibilityScan, expect, test, waitForGraph } from './fixtures';

const FIXTURE = readFileSync('tests/fixtures/datasets/timeline.graph.json', 'utf8');
const DATA = `#data=${LZString.compressToEncodedURIComponent(FIXTURE)}`;
// The chart runs from the Monday of the first week to the Sunday of the last: 112 days.
const CHART_FROM = Date.UTC(2025, 0, 6);
const CHART_DAYS = 112;

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });

/** Whether cytoscape draws an element (a filter hides it with display: none). */
function drawn(page: Page, id: string): Promise<boolean> {
  return page.evaluate((elementId) => window.__actorGraphTest!.element(elementId).visible(), id);
}

/** The page x of the middle of a day on the chart. */
async function xOfDay(page: Page, day: string): Promise<{ x: number; y: number }> {
  const box = (await page.getByTestId('timeline-chart').boundingBox())!;
  const offset = (Date.parse(`${day}T00:00:00Z`) - CHART_FROM) / 86_400_000;
  return { x: box.x + ((offset + 0.5) / CHART_DAYS) * box.width, y: box.y + box.height / 2 };
}

test('dated data opens framed above its timeline: the timeline never shrinks a fitted canvas', async ({
  page,
}) => {
  // The timeline's code arrives late (a slow line): the canvas must not be fitted without it.
  await page.route('**/assets/Timeline-*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.setViewportSize({ width: 1600, height: 620 });
  await page.goto(`./?v=1&layout=concentric${DATA}`);
  await waitForGraph(page);
  await expect(timeline(page)).toBeVisible();
  const margins = () =>
    page.evaluate(() => {
      const cy = window.__actorGraphTest!.cy;
      const box = cy.elements(':visible').renderedBoundingBox();
      const bottom = cy.height() - box.y2;
      return { top: Math.round(box.y1), bottom: Math.round(bottom) };
    });
  // Fitted: nothing cut off at the top or the bottom, and centred between them.
  await expect
    .poll(async () => {
      const { top, bottom } = await margins();
      return top >= 0 && bottom >= 0 && Math.abs(top - bottom) <= 2;
    })
    .toBe(true);
});

test('the shipped article has no dates, so there is no timeline', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  await expect(page.getByRole('tab', { name: 'Table' })).toBeVisible();
  await expect(timeline(page)).toHaveCount(0);
});

test('brushing a range with the mouse filters canvas and table, as one step back', async ({
  page,
}) => {
  await page.goto(`./${DATA}`);
  await waitForGraph(page);
  await expect(timeline(page)).toContainText('19 events, one bar a week');
  await page.getByRole('tab', { name: 'Table' }).click();
  const rows = page.locator('.relation-table tbody tr');
  await expect(rows).toHaveCount(11);
  const before = page.url();

  const start = await xOfDay(page, '2025-02-03');
  const end = await xOfDay(page, '2025-03-30');
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let step = 1; step <= 10; step++) {
    await page.mouse.move(start.x + ((end.x - start.x) * step) / 10, start.y);
  }
  await page.mouse.up();

  await expect(page).toHaveURL(/[?&]from=2025-02-03&to=2025-03-30(&|#)/);
  await expect(timeline(page).getByLabel('From')).toHaveValue('2025-02-03');
  await expect(timeline(page).getByLabel('To')).toHaveValue('2025-03-30');
  await expect(rows).toHaveCount(8);
  await expect(page.locator('.relation-table')).not.toContainText('Eastern Front');
  expect(await drawn(page, 'corvania-aids-belmora')).toBe(false);
  expect(await drawn(page, 'eastern-front')).toBe(false);
  expect(await drawn(page, 'aldoria-consults-corvania')).toBe(true);
  // Undated standing ties are always shown.
  expect(await drawn(page, 'corvania-member-of-northern-pact')).toBe(true);

  // However many pixels the drag crossed, one Back undoes it.
  await page.goBack();
  await expect(page).toHaveURL(before);
  await expect(rows).toHaveCount(11);
  await expect(timeline(page).getByLabel('From')).toHaveValue('2025-01-08');
  expect(await drawn(page, 'eastern-front')).toBe(true);
});

test('Play steps a week at a time, Pause stops it, and Back returns to before Play', async ({
  page,
}) => {
  await page.goto(`./${DATA}`);
  await waitForGraph(page);
  const before = page.url();
  const from = timeline(page).getByLabel('From');
  await timeline(page).getByRole('button', { name: 'Play' }).click();
  // A step a second (the normal speed): each window is on screen and in the link in turn.
  await expect(from).toHaveValue('2025-01-06');
  await expect(page).toHaveURL(/from=2025-01-06&to=2025-01-12/);
  await expect(from).toHaveValue('2025-01-13');
  await expect(page).toHaveURL(/from=2025-01-13&to=2025-01-19/);
  await expect(from).toHaveValue('2025-01-20');
  await timeline(page).getByRole('button', { name: 'Pause' }).click();
  await expect(timeline(page).getByRole('button', { name: 'Play' })).toBeVisible();
  const paused = await timeline(page).getByLabel('From').inputValue();
  // Nothing moves once paused: two play intervals later, the window is the same.
  await page.waitForTimeout(2000);
  await expect(timeline(page).getByLabel('From')).toHaveValue(paused);
  await expect(page).toHaveURL(new RegExp(`from=${paused}`));

  await page.goBack();
  await expect(page).toHaveURL(before);
  await expect(timeline(page).getByLabel('From')).toHaveValue('2025-01-08');
});

test('a link with from and to opens that range', async ({ page }) => {
  await page.goto(`./?v=1&from=2025-04-01&to=2025-04-30&step=month${DATA}`);
  await waitForGraph(page);
  await expect(timeline(page).getByLabel('From')).toHaveValue('2025-04-01');
  await expect(timeline(page).getByLabel('To')).toHaveValue('2025-04-30');
  await expect(timeline(page).getByRole('combobox', { name: 'Step' })).toHaveValue('month');
  await expect(timeline(page)).toContainText('6 of 19 events in range');
  expect(await drawn(page, 'corvania-aids-belmora')).toBe(true);
  expect(await drawn(page, 'aldoria-strikes-belmora')).toBe(false);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a bad from/to is left out with the link notice; a range outside the data is kept and said', async ({
  page,
}) => {
  const notice = page.getByRole('alert').filter({ hasText: 'Part of this link could not be used' });
  await page.goto(`./?v=1&from=2025-02-30&to=2025-03-01&panel=table${DATA}`);
  await waitForGraph(page);
  await expect(notice).toContainText('invalid date "2025-02-30" in "from"');
  await expect(page).toHaveURL(/\?v=1&panel=table#data=/);
  await expect(timeline(page).getByLabel('From')).toHaveValue('2025-01-08');

  await page.goto(`./?v=1&from=2030-01-01&to=2030-01-31${DATA}`);
  await waitForGraph(page);
  await expect(notice).toContainText('lies outside the data (2025-01-08 to 2025-04-24)');
  await expect(page).toHaveURL(/from=2030-01-01&to=2030-01-31/);
  expect(await drawn(page, 'corvania-member-of-northern-pact')).toBe(true);
  expect(await drawn(page, 'aldoria-strikes-belmora')).toBe(false);
});

test('the timeline has no WCAG 2.1 A/AA violations, in light and dark', async ({ page }) => {
  await page.goto(`./?v=1&from=2025-02-01&to=2025-03-15${DATA}`);
  await waitForGraph(page);
  await expect(timeline(page)).toContainText('in range');
  for (const theme of ['light', 'dark']) {
    if (theme === 'dark') await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const results = await accessibilityScan(page).include('.timeline').analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  }
});
