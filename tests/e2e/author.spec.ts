/**
 * A graph from a pasted text, end to end: the coder's suggestions appear, a person accepts
 * some, rejects one and draws one from selected words; a reload keeps all of it; the published
 * graph travels in its link to a browser that never saw the draft, quotes and all.
 */
import { type Page, expect, test, waitForGraph } from './fixtures';

const ARTICLE = [
  'Russia accused Ukraine of shelling a border village on Tuesday.',
  'The United States imposed new sanctions on Russia over the attacks.',
  'Ukrainian President Volodymyr Zelenskyy met French President Emmanuel Macron in Paris.',
  'Talks between Moscow and Kyiv remain stalled.',
].join(' ');

/** Selects `words` in the drawn text as a drag would, then lets go of the pointer. */
async function selectWords(page: Page, words: string) {
  await page.evaluate((wanted) => {
    const pieces = [...document.querySelectorAll<HTMLElement>('.author-text [data-offset]')];
    const full = pieces.map((piece) => piece.textContent ?? '').join('');
    const start = full.indexOf(wanted);
    const point = (offset: number): [Node, number] => {
      let seen = 0;
      for (const piece of pieces) {
        const length = (piece.textContent ?? '').length;
        if (offset <= seen + length) return [piece.firstChild!, offset - seen];
        seen += length;
      }
      throw new Error(`no text at ${offset}`);
    };
    const range = document.createRange();
    range.setStart(...point(start));
    range.setEnd(...point(start + wanted.length));
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    document.dispatchEvent(new Event('selectionchange'));
  }, words);
}

/** The suggestion cards (the list groups them by sentence, in list items of its own). */
const cards = (page: Page) => page.locator('li.author-card');

test('paste, review, reload, publish, and open the link elsewhere with the same quotes', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await page.goto('./');
  await waitForGraph(page);
  await page.getByRole('button', { name: 'New from text…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New from text' });
  await dialog.getByLabel('Paste an article').fill(ARTICLE);
  await dialog.getByLabel('Title').fill('Border shelling and sanctions');
  await dialog.getByRole('button', { name: 'Suggest a graph' }).click();

  await expect(page).toHaveURL(/[?&]draft=draft-[0-9a-f]+/);
  await expect(
    page.getByRole('heading', { name: 'Review: Border shelling and sanctions' }),
  ).toBeVisible();
  const accuse = cards(page).filter({ hasText: 'accused Ukraine' }).first();
  await expect(accuse).toBeVisible({ timeout: 20_000 });
  // Every suggestion says why: its words and its rule.
  await expect(accuse).toContainText('Why');

  await accuse.getByRole('button', { name: 'Accept' }).click();
  const sanction = cards(page).filter({ hasText: 'sanctions' }).first();
  await sanction.getByRole('button', { name: 'Accept' }).click();
  const meeting = cards(page).filter({ hasText: 'met French President' }).first();
  await meeting.getByRole('button', { name: 'Reject' }).click();
  await expect(meeting).toContainText('Rejected');

  // A relation the coder did not propose, drawn from the words that report it.
  await selectWords(page, 'Talks between Moscow and Kyiv remain stalled');
  const bar = page.getByRole('region', { name: 'Selected words' });
  await bar.getByRole('button', { name: 'New relation from this quote' }).click();
  const form = bar.getByRole('form', { name: 'New relation from this quote' });
  await form.getByRole('combobox', { name: 'Who acts' }).selectOption('russia');
  await form.getByRole('combobox', { name: 'To whom' }).selectOption('ukraine');
  await form.getByRole('combobox', { name: 'Does what' }).selectOption('CONSULT');
  await form.getByRole('combobox', { name: 'Happened?' }).selectOption('stalled');
  await form.getByRole('button', { name: 'Add relation' }).click();
  await expect(cards(page).filter({ hasText: 'Added by you' })).toHaveCount(1);

  // The header says "Saving…" until the store holds every change.
  await expect(page.getByText('Saved in this browser')).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole('heading', { name: 'Review: Border shelling and sanctions' }),
  ).toBeVisible();
  await expect(cards(page).filter({ hasText: 'Added by you' })).toHaveCount(1);
  await expect(cards(page).filter({ hasText: 'met French President' }).first()).toContainText(
    'Rejected',
  );
  await expect(cards(page).filter({ hasText: 'accused Ukraine' }).first()).toContainText(
    'Accepted',
  );

  await page.getByRole('button', { name: 'Open in explorer' }).click();
  await expect(page).toHaveURL(/[?&]file=[0-9a-f]{16}/);
  await waitForGraph(page);
  await expect(page).not.toHaveURL(/draft=/);
  const relations = await page.evaluate(() =>
    window.__actorGraphTest!.cy.edges().map((edge) => edge.data('id') as string),
  );
  expect(relations).toHaveLength(3);
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = page.url();
  expect(link).toContain('#data=');

  // A browser that never saw the draft: the link carries the graph and its quotes.
  const elsewhere = await browser.newContext();
  const fresh = await elsewhere.newPage();
  await fresh.goto(link);
  await waitForGraph(fresh);
  const received = await fresh.evaluate(() =>
    window.__actorGraphTest!.cy.edges().map((edge) => edge.data('id') as string),
  );
  expect(received.sort()).toEqual([...relations].sort());
  // The same quotes: the table lists each relation with the words that report it.
  await fresh.getByRole('tab', { name: 'Table' }).click();
  const table = fresh.getByRole('tabpanel');
  await expect(table.getByText('Talks between Moscow and Kyiv remain stalled')).toBeVisible();
  await expect(
    table.getByText('Russia accused Ukraine of shelling a border village on Tuesday'),
  ).toBeVisible();
  await expect(table.getByText('met French President')).toHaveCount(0);
  await elsewhere.close();
});

test('the embed of a published graph shows it without the explorer around it', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  await page.getByRole('button', { name: 'New from text…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New from text' });
  await dialog.getByLabel('Paste an article').fill(ARTICLE);
  await dialog.getByRole('button', { name: 'Suggest a graph' }).click();
  const accuse = cards(page).filter({ hasText: 'accused Ukraine' }).first();
  await accuse.getByRole('button', { name: 'Accept' }).click();
  await expect(page.getByText('Saved in this browser')).toBeVisible();
  await page.getByRole('button', { name: 'Open in explorer' }).click();
  // The published graph is kept and named in the link; only then is it the graph on screen.
  await expect(page).toHaveURL(/[?&]file=[0-9a-f]{16}/);
  await waitForGraph(page);
  // The title was left empty, so the graph is named as untitled, never invented.
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Untitled text');

  const embedded = new URL(page.url());
  embedded.searchParams.set('embed', '1');
  await page.goto(embedded.href);
  await waitForGraph(page);
  await expect(page.getByRole('link', { name: 'Open in Actor Graph' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'New from text…' })).toHaveCount(0);
  expect(await page.evaluate(() => window.__actorGraphTest!.cy.edges().length)).toBe(1);
});
