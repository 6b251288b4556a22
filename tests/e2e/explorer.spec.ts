import {
  clickGraphElement,
  defaultSummary,
  expect,
  graphClasses,
  shippedDataset,
  test,
  visibleNodeIds,
  waitForGraph,
} from './fixtures';

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
});

test('clicking a node shows its details with a quote, and the quote opens the article at the sentence', async ({
  page,
}) => {
  await clickGraphElement(page, 'belarus');
  const details = page.getByRole('tabpanel');
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Belarus');
  await expect(details.getByText('is an ally of')).toBeVisible();
  await expect(details.locator('.quote-text')).toHaveText('“Russia or its ally Belarus”');
  await expect.poll(() => graphClasses(page, 'belarus')).toContain('is-selected');

  await details.getByRole('button', { name: 'Show in article' }).click();
  await expect(page.getByRole('tab', { name: 'Article' })).toHaveAttribute('aria-selected', 'true');
  const sentence = page.locator('.sentence.is-current');
  await expect(sentence).toHaveCount(1);
  await expect(sentence).toContainText('Russia or its ally Belarus');
  await expect(sentence).toBeInViewport();
});

test('clicking an evidence sentence selects its relation; clicking a name selects the actor', async ({
  page,
}) => {
  await page.getByRole('tab', { name: 'Article' }).click();
  // A click on the sentence's own text (not on a name inside it).
  await page
    .locator('.sentence', { hasText: 'remains firm on its territorial integrity' })
    .dispatchEvent('click');
  await expect
    .poll(() => graphClasses(page, 'ukraine-rejects-conceding-crimea'))
    .toContain('is-selected');

  // A sentence that reports several relations steps through them, one per click.
  const chip = page
    .locator('.sentence', { hasText: 'was sanctioned by the Trump administration' })
    .getByRole('button', { name: 'Evidence for 4 relations; select the next one' });
  await chip.click();
  await expect
    .poll(() => graphClasses(page, 'south-africa-ties-with-russia'))
    .toContain('is-selected');
  await chip.click();
  await expect
    .poll(() => graphClasses(page, 'south-africa-member-of-brics'))
    .toContain('is-selected');
  await expect
    .poll(() => graphClasses(page, 'south-africa-ties-with-russia'))
    .not.toContain('is-selected');

  await page.getByRole('button', { name: 'Belarus', exact: true }).click();
  await expect.poll(() => graphClasses(page, 'belarus')).toContain('is-selected');
  await page.getByRole('tab', { name: 'Details' }).click();
  await expect(page.getByRole('tabpanel').getByRole('heading', { level: 2 })).toHaveText('Belarus');
});

test('searching "Kyiv" finds Ukraine, and Enter selects and centres it', async ({ page }) => {
  const search = page.getByRole('combobox', { name: 'Find an actor' });
  await search.fill('Kyiv');
  await expect(
    page.getByRole('listbox', { name: 'Matching actors' }).getByRole('option'),
  ).toHaveText(['Ukraine (Kyiv)']);
  await search.press('Enter');
  await expect(page.getByRole('tabpanel').getByRole('heading', { level: 2 })).toHaveText('Ukraine');
  await expect.poll(() => graphClasses(page, 'ukraine')).toContain('is-selected');
  // Centred: once the animation settles, Ukraine sits in the middle of the canvas.
  await expect
    .poll(async () =>
      page.evaluate(() => {
        const cy = window.__actorGraphTest!.cy;
        const position = cy.getElementById('ukraine').renderedPosition();
        return Math.round(Math.hypot(position.x - cy.width() / 2, position.y - cy.height() / 2));
      }),
    )
    .toBeLessThan(5);
});

test('"Kremlin" finds Russia', async ({ page }) => {
  await page.getByRole('combobox', { name: 'Find an actor' }).fill('kremlin');
  await expect(
    page.getByRole('listbox', { name: 'Matching actors' }).getByRole('option'),
  ).toHaveText(['Russia (the Kremlin)']);
});

test('a keyboard-only path reaches an actor’s details', async ({ page }) => {
  // Tab from the top of the page to the search box, then only keys.
  for (let presses = 0; presses < 5; presses++) {
    await page.keyboard.press('Tab');
    if (
      await page
        .getByRole('combobox', { name: 'Find an actor' })
        .evaluate((el) => el === document.activeElement)
    )
      break;
  }
  await expect(page.getByRole('combobox', { name: 'Find an actor' })).toBeFocused();
  await page.keyboard.type('shoi');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const details = page.getByRole('tabpanel');
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Sergei Shoigu');
  await expect(details.getByText('threatens')).toBeVisible();
});

test('a table row selects its relation in the graph', async ({ page }) => {
  await page.getByRole('tab', { name: 'Table' }).click();
  const rows = page.locator('.relation-table tbody tr');
  await expect(rows).toHaveCount(shippedDataset.relations.length);
  await page.getByRole('button', { name: 'Select: United States sanctions South Africa' }).click();
  await expect
    .poll(() => graphClasses(page, 'united-states-sanctions-south-africa'))
    .toContain('is-selected');
  await expect(page.locator('tr[aria-current="true"]')).toContainText('land reform');

  await page.getByRole('button', { name: 'Type' }).click();
  await expect(page.getByRole('columnheader', { name: 'Type' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await expect(rows.first().locator('td').nth(1)).toHaveText('Accuse');
});

test('focus depth 1 hides every actor that is not a neighbour', async ({ page }) => {
  await page
    .getByRole('combobox', { name: 'Focus', exact: true })
    .selectOption({ label: 'Belarus' });
  await expect.poll(() => visibleNodeIds(page)).toEqual(['belarus', 'russia']);
  await expect(page.getByText('2 actors, 1 relation shown')).toBeVisible();

  await page.getByRole('combobox', { name: 'Focus depth' }).selectOption('2');
  await expect.poll(async () => (await visibleNodeIds(page)).length).toBeGreaterThan(2);
  expect(await visibleNodeIds(page)).not.toContain('south-africa-president');
});

test('hovering an actor highlights its neighbours and dims the rest', async ({ page }) => {
  const box = await page.locator('.graph-canvas').boundingBox();
  const position = await page.evaluate(() =>
    window.__actorGraphTest!.element('belarus').renderedPosition(),
  );
  await page.mouse.move(box!.x + position.x, box!.y + position.y);
  await expect.poll(() => graphClasses(page, 'russia')).toContain('is-highlighted');
  await expect.poll(() => graphClasses(page, 'brics')).toContain('is-faded');
  await page.mouse.move(box!.x + 2, box!.y + 2);
  await expect.poll(() => graphClasses(page, 'brics')).not.toContain('is-faded');
});

test('an unrelated re-render runs no layout and adds no listener', async ({ page }) => {
  const before = await page.evaluate(() => ({
    layouts: window.__actorGraphTest!.layoutRuns,
    listeners: window.__actorGraphTest!.listenerCount(),
  }));
  await page.getByRole('tab', { name: 'Article' }).click();
  await page.getByRole('tab', { name: 'Table' }).click();
  await page.getByRole('combobox', { name: 'Find an actor' }).fill('Zelen');
  await page.getByRole('combobox', { name: 'Find an actor' }).fill('');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await clickGraphElement(page, 'belarus');
  const after = await page.evaluate(() => ({
    layouts: window.__actorGraphTest!.layoutRuns,
    listeners: window.__actorGraphTest!.listenerCount(),
  }));
  expect(after).toEqual(before);

  // A layout change is not unrelated: it runs exactly one layout.
  await page.getByRole('combobox', { name: 'Layout' }).selectOption('circle');
  await expect
    .poll(() => page.evaluate(() => window.__actorGraphTest!.layoutRuns))
    .toBe(before.layouts + 1);
});

test('filtering everything out shows a designed empty state', async ({ page }) => {
  await page.getByRole('button', { name: 'None' }).click();
  await expect(page.getByText('Nothing matches these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(page.getByText(defaultSummary)).toBeVisible();
});

test('the canvas itself is keyboard operable: zoom, pan, fit and clearing the selection', async ({
  page,
}) => {
  await clickGraphElement(page, 'belarus');
  const surface = page.getByRole('application', { name: /^Graph of the actors and relations/ });
  await surface.focus();
  await expect(surface).toBeFocused();
  const zoomBefore = await page.evaluate(() => window.__actorGraphTest!.cy.zoom());
  await page.keyboard.press('+');
  await expect
    .poll(() => page.evaluate(() => window.__actorGraphTest!.cy.zoom()))
    .toBeGreaterThan(zoomBefore);
  const panBefore = await page.evaluate(() => window.__actorGraphTest!.cy.pan().x);
  await page.keyboard.press('ArrowLeft');
  expect(await page.evaluate(() => window.__actorGraphTest!.cy.pan().x)).toBeGreaterThan(panBefore);
  await expect(page).toHaveURL(/zoom=/);
  await page.keyboard.press('0');
  await expect(page).not.toHaveURL(/zoom=/);
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/actor=belarus/);
  await expect.poll(() => graphClasses(page, 'belarus')).not.toContain('is-selected');
});

test('the side-panel tabs follow the keyboard pattern: arrows, Home and End', async ({ page }) => {
  const details = page.getByRole('tab', { name: 'Details' });
  await details.focus();
  await page.keyboard.press('End');
  await expect(page.getByRole('tab', { name: 'Table' })).toBeFocused();
  await expect(page.getByRole('tab', { name: 'Table' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.relation-table')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(details).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('tab', { name: 'Table' })).toBeFocused();
  await page.keyboard.press('Home');
  await expect(details).toHaveAttribute('aria-selected', 'true');
});
