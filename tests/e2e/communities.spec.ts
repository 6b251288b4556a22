/**
 * Communities coloured on demand: choosing the look finds them (Louvain, in a worker), colours
 * the actors and lists the communities in the legend; the link carries the look, and opening it
 * elsewhere gives the same colours.
 */
import { type Page, expect, test, waitForGraph } from './fixtures';

/** Each drawn actor's fill as cytoscape renders it, by actor id. */
function fills(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(
      window
        .__actorGraphTest!.cy.nodes()
        .map((node) => [node.id(), node.style('background-color')]),
    ),
  );
}

/** Waits until every actor is drawn in the community look. */
async function waitForCommunities(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const nodes = window.__actorGraphTest?.cy.nodes();
    return Boolean(
      nodes && nodes.length > 0 && nodes.filter('.community-look').length === nodes.length,
    );
  });
}

test('colours the article’s actors by community, lists them, and keeps them in the link', async ({
  page,
  browser,
}) => {
  await page.goto('./');
  await waitForGraph(page);
  const byKind = await fills(page);

  const actors = page.getByRole('combobox', { name: 'Actors' });
  await actors.selectOption({ label: 'Coloured by community' });
  await waitForCommunities(page);
  await expect(actors).toHaveValue('community');
  await expect(page).toHaveURL(/[?&]look=community\b/);

  const legend = page.getByRole('list', { name: 'Communities' });
  await expect(legend).toBeVisible();
  const rows = legend.getByRole('listitem');
  expect(await rows.count()).toBeGreaterThan(1);
  await expect(rows.first()).toHaveText(/^Community 1: .+ and \d+ others\s*\d+ actors$/);

  // Distinct colours, one per community, not the kinds' colours.
  const byCommunity = await fills(page);
  expect(new Set(Object.values(byCommunity)).size).toBeGreaterThan(1);
  expect(byCommunity).not.toEqual(byKind);
  const sameCommunity = await page.evaluate(() => {
    const { cy } = window.__actorGraphTest!;
    const colourOf = new Map<string, string>();
    return cy.nodes().every((node) => {
      const key = String(node.data('communityColor'));
      const fill = node.style('background-color');
      if (!colourOf.has(key)) colourOf.set(key, fill);
      return colourOf.get(key) === fill;
    });
  });
  expect(sameCommunity).toBe(true);

  // The link opens elsewhere with the same communities in the same colours.
  const other = await browser.newContext();
  const second = await other.newPage();
  await second.goto(page.url());
  await waitForGraph(second);
  await waitForCommunities(second);
  expect(await fills(second)).toEqual(byCommunity);
  await other.close();

  // And back: the kinds' colours return.
  await actors.selectOption({ label: 'Shaped by kind' });
  await expect(legend).toBeHidden();
  expect(await fills(page)).toEqual(byKind);
});
