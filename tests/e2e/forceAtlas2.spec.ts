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

/** One text the progress showed while a run went on, with the actors on the canvas then. */
interface ProgressSeen {
  text: string;
  live: string | null;
  actors: number;
}

const progressSeen = (page: Page) =>
  page.evaluate(() => (window as unknown as { progressSeen: ProgressSeen[] }).progressSeen);

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

  // What the progress said while the run went on, noted in the page: from the test runner a run
  // can start and end between two looks on a loaded machine.
  await page.addInitScript(() => {
    const seen: ProgressSeen[] = [];
    Object.assign(window, { progressSeen: seen });
    new MutationObserver(() => {
      const status = document.querySelector(
        '[role="group"][aria-label="Arranging the graph"] [role="status"]',
      );
      const text = status?.textContent ?? '';
      if (!status || seen.at(-1)?.text === text) return;
      const actors = window.__actorGraphTest?.cy.nodes().length ?? 0;
      seen.push({ text, live: status.getAttribute('aria-live'), actors });
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await openGenerated(page);
  const layout = page.getByRole('combobox', { name: 'Layout' });
  await expect(layout).toHaveValue('forceatlas2');
  await expect(layout.locator('option:checked')).toHaveText('ForceAtlas2');
  // It goes on its own, and the progress goes with it.
  await expect
    .poll(async () => (await progressSeen(page)).length, { timeout: 60_000 })
    .toBeGreaterThan(0);
  await expect(progress(page)).toHaveCount(0, { timeout: 60_000 });
  await waitForGraph(page);
  const seen = await progressSeen(page);
  for (const { text, live } of seen) {
    expect(text).toMatch(/^Arranging… \d+%$/);
    expect(live).toBe('polite');
  }
  // The first picture does not wait for the run: the canvas holds the actors before it ends.
  expect(seen[0]!.actors).toBe(graph.actors.length);
  const arranged = await positions(page);
  expect(moved(concentric, arranged)).toBeGreaterThan(0.9 * graph.actors.length);
  // An unstopped run needs nothing in the link.
  expect(page.url()).not.toContain('fa2=');
});

test('Stop keeps the positions reached, and a link to them opens on the same picture', async ({
  page,
  browser,
}) => {
  // Stop is pressed in the page the moment the progress first shows a step done: from the test
  // runner the run can end between two looks on a loaded machine, and a Stop before the first
  // step is a run of none.
  await page.addInitScript(() => {
    const stopAtFirstStep = () => {
      const group = document.querySelector('[role="group"][aria-label="Arranging the graph"]');
      if (!group || !/[1-9]\d*%/.test(group.textContent ?? '')) return false;
      const stop = [...group.querySelectorAll('button')].find((b) => b.textContent === 'Stop');
      stop?.focus();
      stop?.click();
      return stop !== undefined;
    };
    const observer = new MutationObserver(() => {
      if (stopAtFirstStep()) observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  });
  await openGenerated(page);
  await expect(page).toHaveURL(/[?&]fa2=\d+/, { timeout: 60_000 });
  await expect(progress(page)).toHaveCount(0);
  // The button goes with the run, and the keyboard goes on from the graph.
  await expect(page.getByRole('application', { name: /^Graph of the actors/ })).toBeFocused();
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
