import { type Page, expect, test, visibleNodeIds, waitForGraph } from './fixtures';

type Positions = Record<string, [number, number]>;

/** Where every actor sits in graph coordinates, to a hundredth. */
async function positions(page: Page): Promise<Positions> {
  return page.evaluate(() =>
    Object.fromEntries(
      window.__actorGraphTest!.cy.nodes().map((node) => {
        const { x, y } = node.position();
        return [node.id(), [Math.round(x * 100) / 100, Math.round(y * 100) / 100]];
      }),
    ),
  );
}

/** The positions of the actors on screen, and where `reference` puts the same actors. */
async function shownAgainst(page: Page, reference: Positions) {
  const shown = await visibleNodeIds(page);
  const now = await positions(page);
  return {
    shown: Object.fromEntries(shown.map((id) => [id, now[id]])),
    expected: Object.fromEntries(shown.map((id) => [id, reference[id]])),
  };
}

test('the force layout gives the same picture on every load', async ({ page, browser }) => {
  await page.goto('./');
  await waitForGraph(page);
  const first = await positions(page);
  const other = await browser.newContext();
  const second = await other.newPage();
  await second.goto('./');
  await waitForGraph(second);
  expect(await positions(second)).toEqual(first);
  await other.close();
  // Not all on one spot: the layout really spread the actors.
  expect(new Set(Object.values(first).map((point) => point.join())).size).toBe(
    Object.keys(first).length,
  );
});

// Links that open on a filtered view: a focus, a focus two steps deep, actor kinds, a relation
// class, a text filter, and the actors without relations that the default view leaves out.
const FILTERED_LINKS = [
  'focus=belarus',
  'focus=south-africa&depth=2',
  'hidekind=leader',
  'hidekind=state',
  'hideclass=structural',
  'q=nuclear',
  'isolated=1',
];

for (const layout of ['fcose', 'breadthfirst', 'concentric'] as const) {
  test(`a link to a filtered view shows every actor where the unfiltered ${layout} view has it`, async ({
    page,
  }) => {
    const layoutParameter = layout === 'fcose' ? '' : `&layout=${layout}`;
    await page.goto(`./?v=1${layoutParameter}`);
    await waitForGraph(page);
    const unfiltered = await positions(page);
    for (const link of FILTERED_LINKS) {
      await page.goto(`./?v=1&${link}${layoutParameter}`);
      await waitForGraph(page);
      const { shown, expected } = await shownAgainst(page, unfiltered);
      expect(Object.keys(shown).length, link).toBeGreaterThan(0);
      expect(shown, link).toEqual(expected);
    }
  });
}

test('actors revealed after a filtered link appear at their laid-out places', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  const unfiltered = await positions(page);

  await page.goto('./?v=1&focus=belarus');
  await waitForGraph(page);
  await page.getByRole('combobox', { name: 'Focus', exact: true }).selectOption('');
  await expect.poll(async () => (await visibleNodeIds(page)).length).toBeGreaterThan(2);
  let { shown, expected } = await shownAgainst(page, unfiltered);
  expect(shown).toEqual(expected);

  await page.goto('./?v=1&q=xyzzy');
  await waitForGraph(page);
  await expect.poll(() => visibleNodeIds(page)).toEqual([]);
  await page.getByRole('searchbox', { name: 'Text filter' }).fill('');
  await expect.poll(async () => (await visibleNodeIds(page)).length).toBeGreaterThan(2);
  ({ shown, expected } = await shownAgainst(page, unfiltered));
  expect(shown).toEqual(expected);

  await page.goto('./?v=1&hidekind=state');
  await waitForGraph(page);
  await page.getByRole('checkbox', { name: /^State/ }).check();
  await expect.poll(() => visibleNodeIds(page)).toContain('russia');
  ({ shown, expected } = await shownAgainst(page, unfiltered));
  expect(shown).toEqual(expected);
});

test('filtering hides elements without moving any actor or the camera', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  const before = await positions(page);
  const camera = await page.evaluate(() => [
    window.__actorGraphTest!.cy.zoom(),
    window.__actorGraphTest!.cy.pan(),
  ]);
  const layouts = await page.evaluate(() => window.__actorGraphTest!.layoutRuns);
  await page.getByRole('checkbox', { name: /^Standing ties/ }).uncheck();
  await page.getByRole('checkbox', { name: /^Leader or official/ }).uncheck();
  await page.getByRole('searchbox', { name: 'Text filter' }).fill('Russia');
  await expect.poll(() => visibleNodeIds(page)).not.toContain('putin');
  expect(await visibleNodeIds(page)).toContain('russia');
  expect(await positions(page)).toEqual(before);
  expect(
    await page.evaluate(() => [
      window.__actorGraphTest!.cy.zoom(),
      window.__actorGraphTest!.cy.pan(),
    ]),
  ).toEqual(camera);
  expect(await page.evaluate(() => window.__actorGraphTest!.layoutRuns)).toBe(layouts);
});

test('a link naming a layout opens with that layout', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  await page.getByRole('combobox', { name: 'Layout' }).selectOption('concentric');
  await expect(page).toHaveURL(/layout=concentric/);
  await expect.poll(() => page.evaluate(() => window.__actorGraphTest!.layoutRuns)).toBe(2);
  const chosen = await positions(page);
  await page.goto('./?layout=concentric');
  await waitForGraph(page);
  await expect(page.getByRole('combobox', { name: 'Layout' })).toHaveValue('concentric');
  expect(await positions(page)).toEqual(chosen);
});

test.describe('on a 1366×850 screen', () => {
  test.use({ viewport: { width: 1366, height: 850 } });

  for (const link of ['layout=breadthfirst', 'layout=breadthfirst&isolated=1']) {
    test(`the hierarchy layout leaves room for every label (${link})`, async ({ page }) => {
      await page.goto(`./?v=1&${link}`);
      await waitForGraph(page);
      const { boxes, zoom } = await page.evaluate(() => {
        const cy = window.__actorGraphTest!.cy;
        return {
          zoom: cy.zoom(),
          boxes: cy.nodes(':visible').map((node) => ({
            id: node.id(),
            ...node.boundingBox({
              includeNodes: true,
              includeLabels: true,
              includeOverlays: false,
            }),
          })),
        };
      });
      // The labels are drawn at all: cytoscape leaves out text smaller than 6 pixels.
      expect(13 * zoom).toBeGreaterThanOrEqual(6);
      const overlaps: string[] = [];
      boxes.forEach((a, index) => {
        for (const b of boxes.slice(index + 1)) {
          if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) {
            overlaps.push(`${a.id} / ${b.id}`);
          }
        }
      });
      expect(overlaps).toEqual([]);
    });
  }
});
