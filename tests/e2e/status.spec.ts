/** Relations the article does not report as having happened: how they are drawn, filtered and linked. */
import { expect, shippedDataset, test, waitForGraph } from './fixtures';

const STALLED = 'russia-ukraine-peace-talks';
const PLANNED = 'zelenskyy-meets-south-africa-president';
const HELD = 'united-kingdom-attends-london-talks';

test('stalled and planned relations are drawn apart from what happened, beside their type’s look', async ({
  page,
}) => {
  await page.goto('./');
  await waitForGraph(page);
  const looks = await page.evaluate(
    (ids) =>
      ids.map((id) => {
        const edge = window.__actorGraphTest!.element(id);
        return {
          marker: edge.style('mid-target-arrow-shape'),
          fill: edge.style('mid-target-arrow-fill'),
          opacity: Number(edge.style('line-opacity')),
          line: edge.style('line-style'),
          colour: edge.style('line-color'),
        };
      }),
    [STALLED, PLANNED, HELD],
  );
  const [stalled, planned, held] = looks;
  // All three are CONSULT: the same line style and colour, so the type still reads the same.
  expect(new Set(looks.map((look) => `${look.line} ${look.colour}`)).size).toBe(1);
  expect(held).toMatchObject({ marker: 'none', opacity: 1 });
  expect(stalled).toMatchObject({ marker: 'square', fill: 'hollow' });
  expect(planned).toMatchObject({ marker: 'circle', fill: 'hollow' });
  expect(stalled!.opacity).toBeLessThan(1);
  expect(planned!.opacity).toBeLessThan(1);

  const legend = page.getByRole('list', { name: 'Relation statuses shown' });
  await expect(legend.getByRole('listitem')).toHaveText([
    'Stalled 2 of 2 shown',
    'Planned 1 of 1 shown',
  ]);
});

test('the status filter hides stalled and planned relations, and the link carries it', async ({
  page,
}) => {
  await page.goto('./?v=1&hidestatus=stalled,planned');
  await waitForGraph(page);
  const shown = (id: string) =>
    page.evaluate((edgeId) => window.__actorGraphTest!.element(edgeId).visible(), id);
  await expect.poll(() => shown(STALLED)).toBe(false);
  await expect.poll(() => shown(PLANNED)).toBe(false);
  expect(await shown(HELD)).toBe(true);
  const status = page.getByRole('group', { name: 'Status' });
  await expect(status.getByRole('checkbox', { name: /^Stalled/ })).not.toBeChecked();
  await expect(status.getByRole('checkbox', { name: /^Planned/ })).not.toBeChecked();
  await expect(page.getByText(/^\d+ actors, \d+ relations shown$/)).toContainText(
    `${shippedDataset.relations.length - 3} relations shown`,
  );
  await expect(page.getByRole('list', { name: 'Relation statuses shown' })).toHaveCount(0);

  await status.getByRole('checkbox', { name: /^Planned/ }).check();
  await expect(page).toHaveURL(/[?&]hidestatus=stalled(&|$)/);
  await expect.poll(() => shown(PLANNED)).toBe(true);
  await page.goBack();
  await expect(page).toHaveURL(/[?&]hidestatus=stalled,planned(&|$)/);
  await expect.poll(() => shown(PLANNED)).toBe(false);
});

test('a link with an unknown status opens the rest of the view and names what it ignored', async ({
  page,
}) => {
  await page.goto('./?v=1&hidestatus=planned,held&panel=table');
  await waitForGraph(page);
  await expect(page.getByRole('alert')).toContainText(
    'unknown relation status "held" in "hidestatus"',
  );
  await expect(page).toHaveURL(/\?v=1&hidestatus=planned&panel=table$/);
  const row = page.locator(`tr[data-relation="${STALLED}"]`);
  await expect(row.getByRole('cell').nth(1)).toHaveText('Consult (stalled)');
  await expect(page.locator(`tr[data-relation="${PLANNED}"]`)).toHaveCount(0);
});
