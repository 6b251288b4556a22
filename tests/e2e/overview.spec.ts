/**
 * A big graph on the canvas, a large generated graph (the seeded generator, never committed
 * data; how fast it opens is for `npm run bench:browser`): opened by `?src=` with `top=all` (it
 * opens on its most connected actors otherwise: topActors.spec.ts) it is drawn whole, every
 * actor and relation, spread over the plane (the fit may zoom out below the article's minimum);
 * a link may carry such a zoom; its lines are drawn the large graph's simpler way; it is
 * filterable and selectable.
 */
import { generateActorGraph } from '../../scripts/generate/actorGraph';
import { RELATION_TYPES } from '../../src/domain/relationTypes';
import { type Page, expect, test, waitForGraph } from './fixtures';

const RELATIONS = 3000;
const FILE = `generated-${RELATIONS}.json`;
const { graph, article } = generateActorGraph({ relations: RELATIONS, seed: 1 });
const body = JSON.stringify({ ...graph, article });

/** The relation type with the most relations, and its label in the filters. */
const busiest = (() => {
  const counts = new Map<string, number>();
  for (const relation of graph.relations) {
    counts.set(relation.type, (counts.get(relation.type) ?? 0) + 1);
  }
  const [id, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  const label = RELATION_TYPES.find((type) => type.id === id)!.label;
  return { id, count, label };
})();

/** The actor in most relations, to find by search. */
const hub = (() => {
  const degree = new Map<string, number>();
  for (const { source, target } of graph.relations) {
    degree.set(source, (degree.get(source) ?? 0) + 1);
    degree.set(target, (degree.get(target) ?? 0) + 1);
  }
  const [id] = [...degree].sort((a, b) => b[1] - a[1])[0]!;
  return graph.actors.find((actor) => actor.id === id)!;
})();

/** Opens the generated graph by `?src=`, served to the page by the test, every actor drawn. */
async function openGenerated(page: Page, extra = ''): Promise<void> {
  await page.route(`**/${FILE}`, (route) =>
    route.fulfill({ body, contentType: 'application/json' }),
  );
  const src = new URL(FILE, test.info().project.use.baseURL);
  await page.goto(`./?v=1&src=${encodeURIComponent(src.href)}&top=all${extra}`);
  await waitForGraph(page);
}

test('a graph too big for the usual zoom opens whole, every actor and relation, its lines plain', async ({
  page,
}) => {
  await openGenerated(page);
  // Drawn: every actor and relation, spread over the plane rather than piled at one point.
  const drawn = await page.evaluate(() => {
    const cy = window.__actorGraphTest!.cy;
    const points = cy.nodes().map((node) => node.position());
    const xs = points.map((point) => point.x);
    const ys = points.map((point) => point.y);
    return {
      nodes: cy.nodes().length,
      // A bundle of parallel relations is one line that draws each of its members.
      relations: cy
        .edges()
        .reduce(
          (sum, edge) => sum + ((edge.data('members') as string[] | undefined)?.length ?? 1),
          0,
        ),
      lines: cy.edges().length,
      spots: new Set(points.map((point) => `${Math.round(point.x)},${Math.round(point.y)}`)).size,
      width: Math.max(...xs) - Math.min(...xs),
      height: Math.max(...ys) - Math.min(...ys),
    };
  });
  expect(drawn.nodes).toBe(graph.actors.length);
  expect(drawn.relations).toBe(RELATIONS);
  expect(drawn.lines).toBeLessThan(RELATIONS);
  expect(drawn.spots).toBe(graph.actors.length);
  expect(drawn.width).toBeGreaterThan(1000);
  expect(drawn.height).toBeGreaterThan(1000);

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

test('in a big graph a filter hides just its relations, and a search selects an actor, highlighting without fading the rest', async ({
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
  // Switching the busiest type off hides its relations and no other, and its count says so.
  const checkbox = page.getByRole('checkbox', { name: new RegExp(`^${busiest.label} \\d`) });
  const row = page.locator('.type-item').filter({ has: checkbox });
  await expect(row).toContainText(`${busiest.count} of ${busiest.count}`);
  await checkbox.uncheck();
  await expect(row).toContainText(`0 of ${busiest.count}`);
  await expect.poll(() => hiddenTypes()).toEqual({ [busiest.id]: busiest.count });
  await expect(page).toHaveURL(new RegExp(`hide=${busiest.id}`));
  await checkbox.check();
  await expect.poll(() => hiddenTypes()).toEqual({});

  // Search finds the busiest actor; Enter selects it, its details open, and its neighbourhood
  // is drawn on the emphasis layer over the dimmed base, the base's own elements untouched.
  const search = page.getByRole('combobox', { name: 'Find an actor' });
  await search.fill(hub.label);
  await search.press('Enter');
  await expect(page).toHaveURL(new RegExp(`actor=${hub.id}`));
  await expect(page.getByRole('tabpanel').getByRole('heading', { level: 2 })).toHaveText(hub.label);
  await expect
    .poll(() => page.evaluate(() => window.__actorGraphTest!.emphasis().focus))
    .toBe(hub.id);
  const emphasis = await page.evaluate((id) => {
    const hook = window.__actorGraphTest!;
    const cy = hook.cy;
    return {
      ...hook.emphasis(),
      classed: cy.elements('.is-faded, .is-highlighted, .is-selected').length,
      neighbourhood: cy
        .getElementById(id)
        .closedNeighborhood()
        .map((ele) => ele.id())
        .sort(),
    };
  }, hub.id);
  expect(emphasis.layered).toBe(true);
  expect(emphasis.classed).toBe(0);
  expect([...emphasis.ids].sort()).toEqual(emphasis.neighbourhood);
  expect(emphasis.dimmed).toBeGreaterThan(0);
});
