/** Messages that must tell the truth: why an actor is hidden, counts, mixed groups, the link notice. */
import { expect, test, visibleNodeIds, waitForGraph } from './fixtures';

test('a hidden actor found by name says the real reason, and its action shows it', async ({
  page,
}) => {
  await page.goto('./');
  await waitForGraph(page);
  const search = page.getByRole('combobox', { name: 'Find an actor' });
  await search.fill('India');
  await expect(page.getByRole('option')).toHaveText('India · hidden: no visible relation');
  await search.press('Enter');
  const note = page.getByRole('tabpanel').getByRole('note');
  await expect(note).toContainText('it takes part in no relation of the article');
  await note.getByRole('button', { name: 'Show actors with no visible relation' }).click();
  await expect.poll(() => visibleNodeIds(page)).toContain('india');
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
