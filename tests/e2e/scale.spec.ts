/**
 * A generated graph of 20,000 relations (the seeded generator, never committed data), opened by
 * `?src=` as a user would: it is drawn, filterable and selectable. No timing assertions: how fast
 * is for `npm run bench:browser`; this proves it works at all at that size.
 */
import { generateActorGraph } from '../../scripts/generate/actorGraph';
import { RELATION_TYPES } from '../../src/domain/relationTypes';
import { expect, test } from './fixtures';

const RELATIONS = 20_000;
const { graph, article } = generateActorGraph({ relations: RELATIONS, seed: 9 });
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

test('a graph of 20,000 relations is drawn, filterable and selectable', async ({
  page,
  baseURL,
}) => {
  // Minutes of headroom on a busy 2-core machine; the test usually takes well under one.
  test.setTimeout(150_000);
  await page.route('**/scale/generated.json', (route) =>
    route.fulfill({ body, contentType: 'application/json' }),
  );
  const src = new URL('scale/generated.json', baseURL).href;
  await page.goto(`./?v=1&src=${encodeURIComponent(src)}`);
  await page.waitForFunction(() => (window.__actorGraphTest?.layoutRuns ?? 0) > 0, null, {
    timeout: 90_000,
  });

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

  // Filterable: switching the busiest type off hides its relations, and its count says so.
  const drawnOfType = () =>
    page.evaluate(
      (type) =>
        window
          .__actorGraphTest!.cy.edges()
          .filter((edge) => edge.data('type') === type && !edge.hasClass('is-hidden'))
          .reduce(
            (sum, edge) => sum + ((edge.data('members') as string[] | undefined)?.length ?? 1),
            0,
          ),
      busiest.id,
    );
  expect(await drawnOfType()).toBe(busiest.count);
  const checkbox = page.getByRole('checkbox', { name: new RegExp(`^${busiest.label} \\d`) });
  const row = page.locator('.type-item').filter({ has: checkbox });
  await expect(row).toContainText(`${busiest.count} of ${busiest.count}`);
  await checkbox.uncheck({ timeout: 60_000 });
  await expect(row).toContainText(`0 of ${busiest.count}`, { timeout: 60_000 });
  await expect.poll(drawnOfType, { timeout: 60_000 }).toBe(0);
  await expect(page).toHaveURL(new RegExp(`hide=${busiest.id}`));

  // Selectable: search finds the busiest actor, Enter selects it and its details open.
  const search = page.getByRole('combobox', { name: 'Find an actor' });
  // Every step waits for a busy page rather than for a deadline.
  await search.fill(hub.label, { timeout: 60_000 });
  await search.press('Enter', { timeout: 60_000 });
  await expect(page.getByRole('tabpanel').getByRole('heading', { level: 2 })).toHaveText(
    hub.label,
    { timeout: 60_000 },
  );
  await expect
    .poll(
      () =>
        page.evaluate((id) => window.__actorGraphTest!.element(id).hasClass('is-selected'), hub.id),
      { timeout: 60_000 },
    )
    .toBe(true);
});
