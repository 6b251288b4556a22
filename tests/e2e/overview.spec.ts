/**
 * A big graph on the canvas: it opens whole (the fit may zoom out below the article's minimum),
 * a link may carry such a zoom, and its lines are drawn the large graph's simpler way.
 */
import { generateActorGraph } from '../../scripts/generate/actorGraph';
import { type Page, expect, test, waitForGraph } from './fixtures';

const RELATIONS = 3000;
const FILE = `generated-${RELATIONS}.json`;
const { graph, article } = generateActorGraph({ relations: RELATIONS, seed: 1 });
const body = JSON.stringify({ ...graph, article });

/** Opens the generated graph by `?src=`, served to the page by the test. */
async function openGenerated(page: Page, extra = ''): Promise<void> {
  await page.route(`**/${FILE}`, (route) =>
    route.fulfill({ body, contentType: 'application/json' }),
  );
  const src = new URL(FILE, test.info().project.use.baseURL);
  await page.goto(`./?v=1&src=${encodeURIComponent(src.href)}${extra}`);
  await waitForGraph(page);
}

test('a graph too big for the usual zoom opens whole, its lines plain', async ({ page }) => {
  await openGenerated(page);
  const view = await page.evaluate(() => {
    const cy = window.__actorGraphTest!.cy;
    const box = cy.nodes(':visible').renderedBoundingBox({ includeLabels: false });
    const dotted = cy.edges('[type = "CONCEDE"]').first();
    return {
      zoom: cy.zoom(),
      box,
      width: cy.width(),
      height: cy.height(),
      line: dotted.style('line-style'),
      curve: dotted.style('curve-style'),
    };
  });
  // The article's minimum zoom is 0.2; this graph needs less to be seen whole.
  expect(view.zoom).toBeLessThan(0.2);
  expect(view.box.x1).toBeGreaterThanOrEqual(0);
  expect(view.box.y1).toBeGreaterThanOrEqual(0);
  expect(view.box.x2).toBeLessThanOrEqual(view.width);
  expect(view.box.y2).toBeLessThanOrEqual(view.height);
  expect(view).toMatchObject({ line: 'solid', curve: 'straight' });
  await expect(page.locator('.legend')).toContainText('every line is drawn solid and straight');
});

test('a link keeps a zoom below the article minimum, and the camera it names', async ({ page }) => {
  await openGenerated(page, '&zoom=0.05&x=120&y=-80');
  const camera = await page.evaluate(() => {
    const cy = window.__actorGraphTest!.cy;
    const zoom = cy.zoom();
    const pan = cy.pan();
    return { zoom, x: (cy.width() / 2 - pan.x) / zoom, y: (cy.height() / 2 - pan.y) / zoom };
  });
  expect(camera.zoom).toBeCloseTo(0.05, 3);
  expect(camera.x).toBeCloseTo(120, 0);
  expect(camera.y).toBeCloseTo(-80, 0);
  await expect(page).toHaveURL(/zoom=0\.05&x=120&y=-80/);
});

test('in a big graph a filter hides just its relations, and a selection highlights without fading the rest', async ({
  page,
}) => {
  await openGenerated(page);
  // How many hidden relations of each type the canvas has (a bundle hides all its members).
  const hiddenTypes = () =>
    page.evaluate(() => {
      const counts: Record<string, number> = {};
      window.__actorGraphTest!.cy.edges('.is-hidden').forEach((edge) => {
        const type = edge.data('type') as string;
        const relations = (edge.data('members') as string[] | undefined)?.length ?? 1;
        counts[type] = (counts[type] ?? 0) + relations;
      });
      return counts;
    });
  const agree = graph.relations.filter((relation) => relation.type === 'AGREE').length;
  await page.getByRole('checkbox', { name: /^Agree/ }).uncheck();
  await expect.poll(() => hiddenTypes()).toEqual({ AGREE: agree });
  await page.getByRole('checkbox', { name: /^Agree/ }).check();
  await expect.poll(() => hiddenTypes()).toEqual({});

  const hub = graph.actors[0]!;
  await page.getByRole('combobox', { name: 'Find an actor' }).fill(hub.label);
  await page.getByRole('combobox', { name: 'Find an actor' }).press('Enter');
  await expect(page).toHaveURL(new RegExp(`actor=${hub.id}`));
  const emphasis = await page.evaluate((id) => {
    const cy = window.__actorGraphTest!.cy;
    return {
      faded: cy.elements('.is-faded').length,
      highlighted: cy.elements('.is-highlighted').length,
      neighbourhood: cy.getElementById(id).closedNeighborhood().length,
    };
  }, hub.id);
  expect(emphasis.faded).toBe(0);
  expect(emphasis.highlighted).toBe(emphasis.neighbourhood);
});
