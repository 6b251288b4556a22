/**
 * A big graph on the canvas, 20,000 generated relations (the seeded generator, never committed
 * data; how fast it opens and answers is for `npm run bench:browser`): opened by `?src=` with
 * `top=all` (it opens on its most connected actors otherwise: topActors.spec.ts) and in the
 * concentric layout (ForceAtlas2 has its own spec) it is drawn whole, every actor and relation,
 * spread over the plane (the fit may zoom out below the article's minimum); a link may carry such
 * a zoom; its lines are drawn the large graph's simpler way; hover, a click, a filter, search
 * and Back do what they do on the article, the emphasis drawn on a layer of its own.
 */
import { generateActorGraph } from '../../scripts/generate/actorGraph';
import { RELATION_TYPES } from '../../src/domain/relationTypes';
import { type Page, expect, pagePositionOf, test, waitForGraph } from './fixtures';

const RELATIONS = 20_000;
const FILE = `generated-${RELATIONS}.json`;
const { graph, article } = generateActorGraph({ relations: RELATIONS, seed: 1 });
const body = JSON.stringify({ ...graph, article });

/** The actors by how many relations they are in, the most first. */
const byDegree = (() => {
  const degree = new Map<string, number>();
  for (const { source, target } of graph.relations) {
    degree.set(source, (degree.get(source) ?? 0) + 1);
    degree.set(target, (degree.get(target) ?? 0) + 1);
  }
  return [...degree]
    .sort((a, b) => b[1] - a[1])
    .map(([id]) => graph.actors.find((actor) => actor.id === id)!);
})();
/** The actor in most relations, hovered and found by search. */
const hub = byDegree[0]!;
/** An actor of middling reach, clicked. */
const clicked = byDegree[Math.floor(byDegree.length / 10)]!;
/** The type of most of the clicked actor's relations, switched off while it is selected. */
const clickedType = (() => {
  const counts = new Map<string, number>();
  for (const relation of graph.relations) {
    if (relation.source !== clicked.id && relation.target !== clicked.id) continue;
    counts.set(relation.type, (counts.get(relation.type) ?? 0) + 1);
  }
  const [id] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  return RELATION_TYPES.find((type) => type.id === id)!;
})();

/** Opens the generated graph by `?src=`, served to the page by the test, every actor drawn. */
async function openGenerated(page: Page, extra = ''): Promise<void> {
  await page.route(`**/${FILE}`, (route) =>
    route.fulfill({ body, contentType: 'application/json' }),
  );
  const src = new URL(FILE, test.info().project.use.baseURL);
  await page.goto(`./?v=1&src=${encodeURIComponent(src.href)}&top=all&layout=concentric${extra}`);
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

  // Zoomed out this far the canvas draws no label; the hubs' names are drawn over it, the most
  // connected first, none over another, each under its actor.
  await expect(page.locator('.hub-labels > span').first()).toBeVisible();
  const labels = await page.evaluate(() => window.__actorGraphTest!.hubLabels());
  // (Concentric piles the heaviest in the middle: the hub's label comes first, others where
  // they fit; the ForceAtlas2 picture spreads them out.)
  expect(labels[0]!.id).toBe(hub.id);
  await expect(page.locator('.hub-labels > span').first()).toHaveText(hub.label);
  for (const [index, a] of labels.entries()) {
    for (const b of labels.slice(index + 1)) {
      const apart =
        a.left + a.width <= b.left ||
        b.left + b.width <= a.left ||
        a.top + a.height <= b.top ||
        b.top + b.height <= a.top;
      expect(apart, `${a.label} and ${b.label}`).toBe(true);
    }
  }
  // Zoomed in, the canvas's own labels are readable and the hub labels step aside.
  await page.evaluate(() => {
    const cy = window.__actorGraphTest!.cy;
    cy.zoom({ level: 1, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  });
  await expect(page.locator('.hub-labels > span')).toHaveCount(0);
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

/** What the canvas emphasises, and the canvas ids of an actor's shown closed neighbourhood. */
async function emphasisOf(page: Page, id: string) {
  return page.evaluate((actorId) => {
    const hook = window.__actorGraphTest!;
    const cy = hook.cy;
    const emphasis = hook.emphasis();
    return {
      ...emphasis,
      ids: [...emphasis.ids].sort(),
      // The base's own elements are never marked: the emphasis is drawn on its layer.
      classed: cy.elements('.is-faded, .is-highlighted, .is-selected').length,
      neighbourhood: cy
        .getElementById(actorId)
        .closedNeighborhood()
        .filter((ele) => !ele.hasClass('is-hidden'))
        .map((ele) => ele.id())
        .sort(),
    };
  }, id);
}

/** Whether the canvas emphasises an actor's shown neighbourhood, and nothing else. */
async function expectEmphasised(page: Page, id: string): Promise<void> {
  await expect.poll(async () => (await emphasisOf(page, id)).focus, { timeout: 15_000 }).toBe(id);
  const emphasis = await emphasisOf(page, id);
  expect(emphasis).toMatchObject({ layered: true, classed: 0, misplaced: 0 });
  expect(emphasis.ids).toEqual(emphasis.neighbourhood);
  expect(emphasis.dimmed).toBeGreaterThan(0);
  await expect(page.locator('.highlight-layer canvas').first()).toBeVisible();
}

/** Whether the canvas emphasises nothing, its base drawn whole again. */
async function expectNothingEmphasised(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => window.__actorGraphTest!.emphasis()), { timeout: 15_000 })
    .toMatchObject({ focus: null, ids: [], dimmed: 0 });
}

test('at 20,000 relations hover, a click, a filter, search and Back do what they do on the article', async ({
  page,
}) => {
  // 20,000 relations open in seconds, and each step waits on a machine running other tests.
  test.setTimeout(120_000);
  await openGenerated(page);
  const heading = page.getByRole('tabpanel').getByRole('heading', { level: 2 });

  // Zoomed out whole, an actor is a pixel among others: a reader zooms in to point at one, and
  // so does this test.
  const zoomTo = (id: string) =>
    page.evaluate((actorId) => {
      const cy = window.__actorGraphTest!.cy;
      cy.zoom(0.6);
      cy.center(cy.getElementById(actorId));
      // Resolved once the canvas has drawn the new camera.
      return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }, id);

  // Hover: the actor and its neighbours stand out over the dimmed rest; leaving lets go.
  await zoomTo(hub.id);
  const hubAt = await pagePositionOf(page, hub.id);
  // A pointer comes to rest moving a pixel at a time, as a hand does.
  let nudge = 0;
  await expect
    .poll(
      async () => {
        await page.mouse.move(hubAt.x + (nudge++ % 3) - 1, hubAt.y);
        return page.evaluate(() => window.__actorGraphTest!.emphasis().focus);
      },
      { timeout: 30_000 },
    )
    .toBe(hub.id);
  await expectEmphasised(page, hub.id);
  const empty = await page.evaluate(() => {
    // A point of the canvas 40 pixels or more from every actor, and not under a note over it.
    const cy = window.__actorGraphTest!.cy;
    const frame = cy.container()!.getBoundingClientRect();
    const points = cy.nodes().map((node) => node.renderedPosition());
    for (let y = 20; y < cy.height(); y += 20) {
      for (let x = 20; x < cy.width(); x += 20) {
        const bare = points.every((point) => Math.hypot(point.x - x, point.y - y) > 40);
        const under = document.elementFromPoint(frame.x + x, frame.y + y);
        if (bare && under instanceof HTMLCanvasElement) return { x: frame.x + x, y: frame.y + y };
      }
    }
    return null;
  });
  expect(empty).not.toBeNull();
  await page.mouse.move(empty!.x, empty!.y);
  await expectNothingEmphasised(page);

  // A click selects: the link names the actor, its details open, its neighbourhood stands out.
  await zoomTo(clicked.id);
  // A press leaves the actor as it is drawn: marking it pressed would redraw the whole graph.
  const clickedAt = await pagePositionOf(page, clicked.id);
  await page.mouse.move(clickedAt.x, clickedAt.y);
  await page.mouse.down();
  expect(await page.evaluate(() => window.__actorGraphTest!.cy.$(':active').length)).toBe(0);
  await page.mouse.up();
  await expect(page).toHaveURL(new RegExp(`actor=${clicked.id}(&|$)`));
  await expect(heading).toHaveText(clicked.label);
  await expectEmphasised(page, clicked.id);

  // A filter hides its relations and no other, the emphasis loses the hidden ones.
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
  const typeCount = graph.relations.filter((relation) => relation.type === clickedType.id).length;
  const checkbox = page.getByRole('checkbox', { name: new RegExp(`^${clickedType.label} \\d`) });
  const row = page.locator('.type-item').filter({ has: checkbox });
  await expect(row).toContainText(`${typeCount} of ${typeCount}`);
  const before = (await emphasisOf(page, clicked.id)).ids.length;
  await checkbox.uncheck();
  await expect(row).toContainText(`0 of ${typeCount}`);
  await expect.poll(() => hiddenTypes()).toEqual({ [clickedType.id]: typeCount });
  await expect(page).toHaveURL(new RegExp(`hide=${clickedType.id}`));
  await expect
    .poll(async () => (await emphasisOf(page, clicked.id)).ids.length)
    .toBeLessThan(before);
  await expectEmphasised(page, clicked.id);

  // Search: Enter on the hub's name selects it.
  const search = page.getByRole('combobox', { name: 'Find an actor' });
  await search.fill(hub.label);
  await search.press('Enter');
  await expect(page).toHaveURL(new RegExp(`actor=${hub.id}(&|$)`));
  await expect(heading).toHaveText(hub.label);
  await expectEmphasised(page, hub.id);

  // Back steps through the same views: the clicked actor, the filter off, nothing selected.
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`actor=${clicked.id}(&|$)`));
  await expect(heading).toHaveText(clicked.label);
  await expectEmphasised(page, clicked.id);
  await page.goBack();
  await expect(checkbox).toBeChecked();
  await expect.poll(() => hiddenTypes()).toEqual({});
  await expectEmphasised(page, clicked.id);
  await page.goBack();
  await expect(page).not.toHaveURL(/actor=/);
  await expectNothingEmphasised(page);

  // Found again, and laid out anew: the emphasis moves with the actors.
  await search.fill(hub.label);
  await search.press('Enter');
  await expectEmphasised(page, hub.id);
  await page.getByRole('combobox', { name: 'Layout' }).selectOption('grid');
  await expect(page).toHaveURL(/layout=grid/);
  await waitForGraph(page);
  await expectEmphasised(page, hub.id);
});
