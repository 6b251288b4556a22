import { readFileSync } from 'node:fs';

import LZString from 'lz-string';

import type { Relation } from '../../src/domain/dataset';
import { openBytes } from '../../src/io/open/openDataset';
import { type Page, expect, test, waitForGraph } from './fixtures';

const GDELT = 'tests/fixtures/events/gdelt2-sample.export.CSV';

/** A type label of 80 characters, as event codebooks and spreadsheets write them. */
const LONG_TYPE =
  'Moves money through shell intermediaries registered in faraway tax jurisdictions';
/** One of 80 characters with nowhere to break. */
const UNBROKEN_TYPE =
  'TRANSFERS_MONEY_THROUGH_INTERMEDIARIES_REGISTERED_IN_OFFSHORE_TAX_JURISDICTIONS_';

/**
 * Names the data brings: two 80-character types, an actor whose label holds a right-to-left
 * override (U+202E), a kind with one too, and a source address with no place to break.
 */
const NAMES = {
  id: 'long-names',
  title: 'Long and right-to-left names',
  source: { title: 'A test fixture' },
  types: [
    {
      id: 'offshore',
      label: LONG_TYPE,
      class: 'material-cooperation',
      active: 'funds',
      passive: 'is funded by',
    },
    { id: 'offshore-code', label: UNBROKEN_TYPE, active: 'pays', passive: 'is paid by' },
  ],
  kinds: [{ id: 'shell', label: 'Shell \u202Ecompany' }],
  actors: [
    { id: 'evil', label: 'Evil \u202ECorp', kind: 'shell', aliases: [] },
    { id: 'bank', label: 'First Bank', kind: 'organization', aliases: [] },
    { id: 'charity', label: 'Helping Hands', kind: 'organization', aliases: [] },
  ],
  relations: [
    {
      id: 'evil-funds-bank',
      source: 'evil',
      target: 'bank',
      type: 'offshore',
      directed: true,
      evidence: [
        {
          url: 'https://registry.example.org/filings/2024/offshore-transfers-through-intermediaries-report-000123456789',
        },
      ],
    },
    {
      id: 'bank-pays-charity',
      source: 'bank',
      target: 'charity',
      type: 'offshore-code',
      directed: true,
      evidence: [],
    },
    {
      id: 'evil-funds-charity',
      source: 'evil',
      target: 'charity',
      type: 'offshore',
      directed: true,
      evidence: [],
    },
  ],
};
if (LONG_TYPE.length !== 80 || UNBROKEN_TYPE.length !== 80) throw new Error('80 characters');
const NAMES_LINK = `./?v=1&relation=evil-funds-bank#data=${LZString.compressToEncodedURIComponent(JSON.stringify(NAMES))}`;

/**
 * Whether a word of a text reads left to right on screen: its first letter left of its last. A
 * right-to-left override leaking out of a label before it draws the word backwards.
 */
function readsLeftToRight(page: Page, selector: string, word: string): Promise<boolean> {
  return page.evaluate(
    ({ selector, word }) => {
      const root = document.querySelector(selector)!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(word);
        if (at < 0) continue;
        const box = (offset: number) => {
          const range = document.createRange();
          range.setStart(node, offset);
          range.setEnd(node, offset + 1);
          return range.getBoundingClientRect();
        };
        return box(at).left < box(at + word.length - 1).left;
      }
      throw new Error(`"${word}" is not in ${selector}`);
    },
    { selector, word },
  );
}

/**
 * The filter rows and legend entries of the long names: each keeps its count (and "only") whole
 * and inside the column, beside the name that wraps; the right-to-left override in a label turns
 * only the label around, not the details' sentence after it.
 */
async function checkLongNames(page: Page): Promise<void> {
  const column = (await page
    .getByRole('complementary', { name: 'Filters and legend' })
    .boundingBox())!;
  for (const [name, count] of [
    [LONG_TYPE, '2 of 2'],
    [UNBROKEN_TYPE, '1 of 1'],
  ] as const) {
    const row = page.locator('.type-item').filter({ has: page.getByRole('checkbox', { name }) });
    const shown = row.locator('.count');
    await expect(shown).toHaveText(`${count} shown`);
    await expect(shown).toBeVisible();
    for (const part of [shown, row.getByRole('button', { name: `Only ${name}` })]) {
      const box = (await part.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(column.x);
      expect(box.x + box.width).toBeLessThanOrEqual(column.x + column.width);
      // One line: a count squeezed into a column of its own wraps onto three.
      expect(box.height).toBeLessThan(24);
    }
    const legendCount = page
      .locator('.legend-list li')
      .filter({ hasText: name.slice(0, 20) })
      .locator('.count');
    const box = (await legendCount.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(column.x + column.width);
    expect(box.height).toBeLessThan(24);
  }
  // The sentence reads "Evil <label> funds First Bank", each word the right way round.
  const title = '.details-title';
  await expect(page.locator(title)).toContainText('funds First Bank');
  expect(await readsLeftToRight(page, title, 'funds')).toBe(true);
  expect(await readsLeftToRight(page, title, 'First')).toBe(true);
  expect(await readsLeftToRight(page, '.details .facts', 'One way')).toBe(true);
}

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

  test('a link notice naming a long unknown id, expanded too, stays within the screen', async ({
    page,
  }) => {
    const id = `${'x'.repeat(300)}-${'y'.repeat(200)}`;
    await page.goto(`./?v=1&relation=${id}&actor=${id}&focus=${id}&hide=${id}`);
    await waitForGraph(page);
    await expect(page.getByText('Part of this link could not be used.')).toBeVisible();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    const more = page.getByRole('button', { name: /and \d+ more/ });
    if (await more.isVisible()) await more.click();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  });

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

  test('a GDELT file with a relation selected: its long source addresses wrap, nothing scrolls sideways', async ({
    page,
  }) => {
    const opened = await openBytes(new Uint8Array(readFileSync(GDELT)), 'gdelt2-sample.export.CSV');
    if (!opened.ok) throw new Error('the GDELT sample does not open');
    // The relation whose source address has the longest run without a hyphen, where a line
    // could not break before: "https://news.example.org/sample/1150100016".
    const unbroken = (url: string | undefined) =>
      Math.max(0, ...(url ?? '').split('-').map((part) => part.length));
    const longest = (relation: Relation) =>
      Math.max(0, ...relation.evidence.map((evidence) => unbroken(evidence.url)));
    const relation = opened.dataset.relations
      .filter((candidate) => candidate.events?.some((event) => event.url))
      .reduce((best, candidate) => (longest(candidate) > longest(best) ? candidate : best));
    await page.goto('./');
    await waitForGraph(page);
    await page.getByRole('button', { name: 'Open…' }).click();
    await page.getByTestId('open-file-input').setInputFiles(GDELT);
    const report = page.getByRole('dialog', { name: 'Import report' });
    await report.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('tab', { name: 'Table' }).click();
    await page.locator(`tr[data-relation="${relation.id}"]`).getByRole('button').click();
    await page.getByRole('tab', { name: 'Details' }).click();
    const details = page.getByRole('tabpanel');
    await expect(details.getByRole('link', { name: 'article' }).first()).toBeVisible();
    const source = details.locator('.evidence-source a').first();
    await expect(source).toHaveText(/^https:\/\//);
    await source.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  });

  test('long type names keep their counts in the drawer; a right-to-left override stays in its label', async ({
    page,
  }) => {
    await page.goto(NAMES_LINK);
    await waitForGraph(page);
    await expect(page.locator('.details-title')).toBeVisible();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await checkLongNames(page);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  });
});

test('on a desktop, long type names keep their counts in the filter column; bidi stays in its label', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(NAMES_LINK);
  await waitForGraph(page);
  await checkLongNames(page);
  // The source address wraps inside the side panel.
  const panel = (await page.getByRole('tabpanel').boundingBox())!;
  const source = (await page.locator('.evidence-source a').boundingBox())!;
  expect(source.x + source.width).toBeLessThanOrEqual(panel.x + panel.width);
});
