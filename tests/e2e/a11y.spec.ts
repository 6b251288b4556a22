import {
  type Page,
  accessibilityScan,
  clickGraphElement,
  expect,
  test,
  waitForGraph,
} from './fixtures';

async function violations(page: Page) {
  const results = await accessibilityScan(page).analyze();
  return results.violations.map((violation) => ({
    id: violation.id,
    nodes: violation.nodes.map((node) => node.target.join(' ')),
  }));
}

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
});

test('the default view has no WCAG 2.1 A/AA violations', async ({ page }) => {
  expect(await violations(page)).toEqual([]);
});

test('the Open dialog, and the import report of a messy file, have no violations', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Open…' }).click();
  await expect(page.getByRole('dialog', { name: 'Open a graph' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.getByTestId('open-file-input').setInputFiles({
    name: 'messy.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('From,To,Type\nA,B,funds\nA,,funds\nB,B,meets\n'),
  });
  await expect(page.getByRole('dialog', { name: 'Import report' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('with an actor selected, no violations', async ({ page }) => {
  await clickGraphElement(page, 'russia');
  await expect(page.getByRole('tabpanel').getByRole('heading', { level: 2 })).toHaveText('Russia');
  expect(await violations(page)).toEqual([]);
});

test('the table view has no violations', async ({ page }) => {
  await page.getByRole('tab', { name: 'Table' }).click();
  await expect(page.locator('.relation-table')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('the article view with a relation selected has no violations', async ({ page }) => {
  await clickGraphElement(page, 'russia-ally-of-belarus');
  await page.getByRole('button', { name: 'Show in article' }).first().click();
  await expect(page.locator('.sentence.is-current')).toHaveCount(1);
  expect(await violations(page)).toEqual([]);
});

test('the dark theme has no violations, and the choice is remembered', async ({ page }) => {
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await clickGraphElement(page, 'russia');
  expect(await violations(page)).toEqual([]);
  await page.reload();
  await waitForGraph(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test.describe('with a dark system preference', () => {
  test.use({ colorScheme: 'dark' });
  test('follows the system until the user picks a theme', async ({ page }) => {
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await violations(page)).toEqual([]);
  });
});

test.describe('on a 360-pixel-wide phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('the table as cards has no violations', async ({ page }) => {
    await page.getByRole('tab', { name: 'Table' }).click();
    await expect(page.getByRole('table')).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test('the open filters drawer has no violations', async ({ page }) => {
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Close filters' })).toBeFocused();
    expect(await violations(page)).toEqual([]);
  });
});
