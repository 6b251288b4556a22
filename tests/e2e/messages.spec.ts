/** Messages that must tell the truth: why an actor is hidden, counts, mixed groups, the link notice. */
import { expect, test, visibleNodeIds, waitForGraph } from './fixtures';

test('a hidden actor found by name says the real reason, and its action shows it', async ({
  page,
}) => {
  await page.goto('./');
  await waitForGraph(page);
  const search = page.getByRole('combobox', { name: 'Find an actor' });
  await search.fill('TASS');
  await expect(
    page.getByRole('listbox', { name: 'Matching actors' }).getByRole('option'),
  ).toHaveText('TASS · hidden: no visible relation');
  await search.press('Enter');
  const note = page.getByRole('tabpanel').getByRole('note');
  await expect(note).toContainText('it takes part in no relation of the article');
  await note.getByRole('button', { name: 'Show actors with no visible relation' }).click();
  await expect.poll(() => visibleNodeIds(page)).toContain('tass');
  await expect(note).toBeHidden();
  await expect(
    page.getByRole('checkbox', { name: 'Show actors with no visible relation' }),
  ).toBeChecked();
  await expect(page).toHaveURL(/[?&]isolated=1(&|$)/);
});

test('a class with only some types on is exposed as a mixed checkbox', async ({ page }) => {
  await page.goto('./?v=1&hide=ACCUSE');
  await waitForGraph(page);
  const verbalConflict = page.getByRole('checkbox', { name: 'Verbal conflict' });
  await expect(verbalConflict).toBeChecked({ indeterminate: true });
  await expect(verbalConflict).toMatchAriaSnapshot('- checkbox "Verbal conflict" [checked=mixed]');
  await verbalConflict.click();
  await expect(page).not.toHaveURL(/hide=/);
  await expect(verbalConflict).toBeChecked();
});

const manyUnknown = `./?v=1&${Array.from({ length: 60 }, (_, index) => `a${index + 1}=1`).join('&')}`;

for (const screen of [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1440, height: 900 },
]) {
  test(`a link with 60 problems keeps its notice small on a ${screen.name}`, async ({ page }) => {
    await page.setViewportSize({ width: screen.width, height: screen.height });
    await page.goto(manyUnknown);
    await waitForGraph(page);
    const notice = page
      .getByRole('alert')
      .filter({ hasText: 'Part of this link could not be used' });
    await expect(notice.getByRole('listitem')).toHaveCount(3);
    const collapsed = (await notice.boundingBox())!;
    expect(collapsed.height).toBeLessThan(screen.height * 0.2);
    const graph = (await page.locator('.graph-canvas').boundingBox())!;
    expect(graph.height).toBeGreaterThan(screen.height * 0.45);
    expect(graph.y).toBeLessThan(screen.height * 0.4);

    await notice.getByRole('button', { name: 'and 57 more' }).click();
    await expect(notice.getByRole('listitem')).toHaveCount(60);
    await expect(notice.getByRole('button', { name: 'Show fewer' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    // Even open, the list scrolls inside the notice and the graph keeps most of its room.
    expect((await page.locator('.graph-canvas').boundingBox())!.height).toBeGreaterThan(
      screen.height * 0.3,
    );
  });
}

test('a long Chinese text filter stops where the link stops, and the link reopens it exactly', async ({
  page,
  browser,
}) => {
  await page.goto('./');
  await waitForGraph(page);
  const sentence = '俄罗斯与乌克兰的和平谈判停滞不前，';
  const long = Array.from(sentence.repeat(6)).slice(0, 80).join('');
  const box = page.getByRole('searchbox', { name: 'Text filter' });
  await box.fill(long);
  const kept = Array.from(long).slice(0, 66).join('');
  await expect(box).toHaveValue(kept);
  await expect(
    page.getByRole('status').filter({ hasText: 'A link keeps at most 66' }),
  ).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(kept);
  expect(page.url().length).toBeLessThanOrEqual(2000);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(page.url());
  await expect(other.getByRole('searchbox', { name: 'Text filter' })).toHaveValue(kept);
  await expect(other.getByRole('alert')).toHaveCount(0);
  await fresh.close();
});
