/**
 * ForceAtlas2, the layout a graph too big for fcose opens in: a generated graph (the seeded
 * generator, never committed data) drawn whole (`top=all`) shows the concentric picture first,
 * then the run's positions while "Arranging… n%" says how far it is; Stop keeps the positions
 * reached and names its steps in the link (`fa2`), which opens on the very same picture.
 */
import { generateActorGraph } from '../../scripts/generate/actorGraph';
import { forceIterationsFor } from '../../src/graph/forceAtlas2/types';
import { type Page, expect, test, waitForGraph } from './fixtures';

// Big enough for the run to take seconds here, so Stop comes while it runs.
const RELATIONS = 6000;
const FILE = `generated-fa2-${RELATIONS}.json`;
const { graph, article } = generateActorGraph({ relations: RELATIONS, seed: 3 });
const body = JSON.stringify({ ...graph, article });
const FULL_RUN = forceIterationsFor(graph.actors.length, graph.relations.length);

type Positions = Record<string, [number, number]>;

/** Opens the generated graph by `?src=`, every actor drawn, with more of a link after it. */
async function openGenerated(page: Page, extra = ''): Promise<void> {
  await page.route(`**/${FILE}`, (route) =>
    route.fulfill({ body, contentType: 'application/json' }),
  );
  const src = new URL(FILE, test.info().project.use.baseURL);
  await page.goto(`./?v=1&src=${encodeURIComponent(src.href)}&top=all${extra}`);
}

/** Where every actor sits in graph coordinates. */
async function positions(page: Page): Promise<Positions> {
  return page.evaluate(() =>
    Object.fromEntries(
      window.__actorGraphTest!.cy.nodes().map((node) => {
        const { x, y } = node.position();
        return [node.id(), [x, y]];
      }),
    ),
  );
}

/** How many actors sit more than a pixel away from where `before` had them. */
function moved(before: Positions, after: Positions): number {
  return Object.entries(after).filter(([id, [x, y]]) => {
    const [x0, y0] = before[id]!;
    return Math.hypot(x - x0, y - y0) > 1;
  }).length;
}

const progress = (page: Page) => page.getByRole('group', { name: 'Arranging the graph' });

test.describe.configure({ timeout: 120_000 });

test('a graph too big for fcose opens in ForceAtlas2: the concentric picture first, then the run, with its progress', async ({
  page,
}) => {
  // A link that names concentric still opens in it, and its picture is where the run starts.
  await openGenerated(page, '&layout=concentric');
  await waitForGraph(page);
  await expect(page.getByRole('combobox', { name: 'Layout' })).toHaveValue('concentric');
  await expect(progress(page)).toHaveCount(0);
  const concentric = await positions(page);

  await openGenerated(page);
  const layout = page.getByRole('combobox', { name: 'Layout' });
  await expect(layout).toHaveValue('forceatlas2');
  await expect(layout.locator('option:checked')).toHaveText('ForceAtlas2');
  // The first picture does not wait for the run: the canvas holds the actors before it ends.
  await expect(progress(page).getByRole('status')).toHaveText(/^Arranging… \d+%$/, {
    timeout: 60_000,
  });
  await expect(progress(page).getByRole('status')).toHaveAttribute('aria-live', 'polite');
  expect(await page.evaluate(() => window.__actorGraphTest!.cy.nodes().length)).toBe(
    graph.actors.length,
  );
  // It goes on its own, and the progress goes with it.
  await expect(progress(page)).toHaveCount(0, { timeout: 60_000 });
  await waitForGraph(page);
  const arranged = await positions(page);
  expect(moved(concentric, arranged)).toBeGreaterThan(0.9 * graph.actors.length);
  // An unstopped run needs nothing in the link.
  expect(page.url()).not.toContain('fa2=');
});

test('Stop keeps the positions reached, and a link to them opens on the same picture', async ({
  page,
  browser,
}) => {
  await openGenerated(page);
  const stop = progress(page).getByRole('button', { name: 'Stop' });
  await expect(stop).toBeVisible({ timeout: 60_000 });
  // Once some steps have run: a Stop before the first is a run of none.
  await expect(progress(page)).toContainText(/[1-9]\d*%/, { timeout: 60_000 });
  // From the keyboard.
  await stop.focus();
  await page.keyboard.press('Enter');
  await expect(progress(page)).toHaveCount(0);
  await expect(page.getByRole('application', { name: /^Graph of the actors/ })).toBeFocused();
  await expect(page).toHaveURL(/[?&]fa2=\d+/);
  const steps = Number(new URL(page.url()).searchParams.get('fa2'));
  expect(steps).toBeGreaterThan(0);
  expect(steps).toBeLessThan(FULL_RUN);
  await waitForGraph(page);
  const stopped = await positions(page);
  // Stopped means stopped: nothing moves on afterwards.
  await page.waitForTimeout(1000);
  expect(await positions(page)).toEqual(stopped);

  // A fresh browser opening the link runs exactly those steps, to exactly those positions.
  const other = await browser.newContext();
  const second = await other.newPage();
  await openGenerated(second, `&fa2=${steps}`);
  // The steps run in a worker after the first picture: seconds on a loaded machine.
  await waitForGraph(second, 60_000);
  await expect(second.getByRole('combobox', { name: 'Layout' })).toHaveValue('forceatlas2');
  expect(await positions(second)).toEqual(stopped);
  await other.close();
});
