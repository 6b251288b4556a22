import { defaultSummary, expect, shippedDataset, test, waitForGraph } from './fixtures';

test('draws every actor and relation of the default dataset, with labels', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);

  const drawn = await page.evaluate(() => {
    const cy = window.__actorGraphTest!.cy;
    return {
      nodes: cy.nodes().length,
      edges: cy.edges().length,
      unlabelled: cy.nodes().filter((node) => !node.style('label')).length,
      offCanvas: cy.nodes().filter((node) => !Number.isFinite(node.position('x'))).length,
    };
  });
  expect(drawn).toEqual({
    nodes: shippedDataset.actors.length,
    edges: shippedDataset.relations.length,
    unlabelled: 0,
    offCanvas: 0,
  });
  await expect(page.getByRole('status').filter({ hasText: 'relations shown' })).toHaveText(
    defaultSummary,
  );
});

test('the page carries a strict Content-Security-Policy', async ({ page }) => {
  await page.goto('./');
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-eval');
  expect(policy).not.toContain('unsafe-inline');
  await waitForGraph(page);
  // cytoscape did not inject its own <style>: the page has no inline style element at all.
  expect(await page.locator('style').count()).toBe(0);
});

test('actors the article names without a relation appear when asked for', async ({ page }) => {
  await page.goto('./?isolated=1');
  await waitForGraph(page);
  await expect(page.getByRole('status').filter({ hasText: 'relations shown' })).toHaveText(
    `${shippedDataset.actors.length} actors, ${shippedDataset.relations.length} relations shown`,
  );
  expect(await page.evaluate(() => window.__actorGraphTest!.element('tass').visible())).toBe(true);
});
