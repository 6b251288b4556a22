/**
 * A large graph opens on its most connected actors: a generated graph of 600 actors and 3,000
 * relations (the seeded generator, never committed data), opened by `?src=`, draws its 150 most
 * connected actors and the relations among them, says so over the canvas, and draws every actor
 * on "Show all"; the link keeps the choice and Back and Forward bring it back. A search or a
 * focus still reaches an actor left out, and a bad `top` is named and ignored.
 */
import { generateActorGraph } from '../../scripts/generate/actorGraph';
import { RELATION_TYPES } from '../../src/domain/relationTypes';
import { type Page, accessibilityScan, expect, test, waitForGraph } from './fixtures';

const RELATIONS = 3000;
const FILE = `generated-top-${RELATIONS}.json`;
const { graph, article } = generateActorGraph({ relations: RELATIONS, seed: 1 });
const body = JSON.stringify({ ...graph, article });

/** The actors by number of relations, most first, ties in the file's order. */
const ranked = (() => {
  const degree = new Map<string, number>();
  for (const { source, target } of graph.relations) {
    degree.set(source, (degree.get(source) ?? 0) + 1);
    degree.set(target, (degree.get(target) ?? 0) + 1);
  }
  return graph.actors
    .map((actor, index) => ({ actor, index, degree: degree.get(actor.id) ?? 0 }))
    .filter((entry) => entry.degree > 0)
    .sort((a, b) => b.degree - a.degree || a.index - b.index)
    .map((entry) => entry.actor);
})();
const top150 = new Set(ranked.slice(0, 150).map((actor) => actor.id));
const among150 = graph.relations.filter((r) => top150.has(r.source) && top150.has(r.target));
/** An actor with relations that is not among the 150. */
const outsider = ranked.at(-1)!;

const n = (value: number) => value.toLocaleString('en');
const chosenText = (actors: number, relations: number) =>
  `Showing the ${n(actors)} most connected of ${n(graph.actors.length)} actors (${n(relations)} of ${n(RELATIONS)} relations).`;

async function openGenerated(page: Page, extra = ''): Promise<void> {
  await page.route(`**/${FILE}`, (route) =>
    route.fulfill({ body, contentType: 'application/json' }),
  );
  const src = new URL(FILE, test.info().project.use.baseURL);
  await page.goto(`./?v=1&src=${encodeURIComponent(src.href)}${extra}`);
  await waitForGraph(page);
}

/** The ids of the actors the canvas was given, drawn or hidden by a filter. */
const canvasActors = (page: Page) =>
  page.evaluate(() =>
    window
      .__actorGraphTest!.cy.nodes()
      .map((node) => node.id())
      .sort(),
  );

const note = (page: Page) => page.getByRole('note', { name: 'What the canvas draws' });

test('a large graph opens on its 150 most connected actors; Show all draws all, and Back and Forward follow', async ({
  page,
}) => {
  expect(top150.size).toBe(150);
  await openGenerated(page);
  await expect(note(page)).toContainText(chosenText(150, among150.length));
  await expect.poll(() => canvasActors(page)).toEqual([...top150].sort());
  // The default is left out of the link.
  expect(new URL(page.url()).searchParams.has('top')).toBe(false);
  // The filters count the whole dataset, not the part drawn.
  const consult = graph.relations.filter((relation) => relation.type === 'CONSULT').length;
  const label = RELATION_TYPES.find((type) => type.id === 'CONSULT')!.label;
  const checkbox = page.getByRole('checkbox', { name: new RegExp(`^${label} \\d`) });
  await expect(page.locator('.type-item').filter({ has: checkbox })).toContainText(
    `${consult} of ${consult}`,
  );
  // The note and its controls pass the accessibility scan.
  const scan = await accessibilityScan(page).include('.graph-part-note').analyze();
  expect(scan.violations.map((violation) => violation.id)).toEqual([]);

  await note(page).getByRole('button', { name: 'Show all' }).click();
  await expect(page).toHaveURL(/[?&]top=all(&|$)/);
  await expect.poll(async () => (await canvasActors(page)).length).toBe(graph.actors.length);
  await expect(note(page)).toContainText(
    `Showing all ${n(graph.actors.length)} actors (${n(RELATIONS)} relations).`,
  );
  await expect(note(page).getByRole('button', { name: 'Show all' })).toHaveCount(0);

  await page.goBack();
  await expect.poll(() => canvasActors(page)).toEqual([...top150].sort());
  await expect(note(page)).toContainText(chosenText(150, among150.length));
  expect(new URL(page.url()).searchParams.has('top')).toBe(false);

  await page.goForward();
  await expect.poll(async () => (await canvasActors(page)).length).toBe(graph.actors.length);
  await expect(page).toHaveURL(/[?&]top=all(&|$)/);

  // Another number, from the control: the 50 most connected.
  await note(page)
    .getByRole('combobox', { name: 'Actors drawn' })
    .selectOption({ label: '50 most connected' });
  await expect(page).toHaveURL(/[?&]top=50(&|$)/);
  const top50 = ranked.slice(0, 50).map((actor) => actor.id);
  await expect.poll(() => canvasActors(page)).toEqual(top50.sort());
});

test('a search or a focus reaches an actor left out of the 150', async ({ page }) => {
  expect(top150.has(outsider.id)).toBe(false);
  await openGenerated(page);
  await expect(note(page)).toContainText(chosenText(150, among150.length));
  const onCanvas = () =>
    page.evaluate((id) => {
      const node = window.__actorGraphTest!.cy.getElementById(id);
      return node.nonempty() && node.visible();
    }, outsider.id);
  expect(await onCanvas()).toBe(false);

  await page.getByRole('searchbox', { name: 'Text filter' }).fill(outsider.label);
  await expect.poll(onCanvas).toBe(true);
  await expect(note(page)).toContainText(
    `Showing what the focus or search finds among all ${n(graph.actors.length)} actors; without it, the 150 most connected.`,
  );
  await page.getByRole('searchbox', { name: 'Text filter' }).fill('');
  await expect.poll(onCanvas).toBe(false);
  await expect(note(page)).toContainText(chosenText(150, among150.length));

  await openGenerated(page, `&focus=${outsider.id}`);
  await expect.poll(onCanvas).toBe(true);
});

test('a bad number of actors in the link is named, and the graph opens on the default', async ({
  page,
}) => {
  await openGenerated(page, '&top=lots');
  const notice = page.getByRole('alert').filter({ hasText: 'Part of this link could not be used' });
  await expect(notice).toContainText('invalid number of actors "lots" in "top"');
  await expect.poll(() => canvasActors(page)).toEqual([...top150].sort());
  expect(new URL(page.url()).searchParams.has('top')).toBe(false);
});
