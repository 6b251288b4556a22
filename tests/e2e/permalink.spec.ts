import {
  type Page,
  clickGraphElement,
  expect,
  test,
  visibleNodeIds,
  waitForGraph,
} from './fixtures';

// These tests count history entries: a reused page's history holds earlier tests' entries and
// stops growing at 50, where "no entry was added" would pass whatever the app did.
test.use({ reuseContext: false });

async function cameraOf(page: Page) {
  return page.evaluate(() => {
    const cy = window.__actorGraphTest!.cy;
    return { zoom: cy.zoom(), x: cy.pan().x, y: cy.pan().y };
  });
}

async function viewSnapshot(page: Page) {
  return {
    visible: await visibleNodeIds(page),
    selected: await page.evaluate(() =>
      window.__actorGraphTest!.cy.$('.is-selected').map((element) => element.id()),
    ),
    accuse: await page.getByRole('checkbox', { name: /^Accuse/ }).isChecked(),
    leaders: await page.getByRole('checkbox', { name: /^Leader or official/ }).isChecked(),
    details: await page.getByRole('tabpanel').getByRole('heading', { level: 2 }).textContent(),
  };
}

test('a copied link opens the same view in a new browser, and Back steps through earlier views', async ({
  page,
  browser,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  await waitForGraph(page);

  await page.getByRole('checkbox', { name: /^Accuse/ }).uncheck();
  await expect(page).toHaveURL(/[?&]hide=ACCUSE(&|$)/);
  await page.getByRole('checkbox', { name: /^Leader or official/ }).uncheck();
  await expect(page).toHaveURL(/[?&]hidekind=leader(&|$)/);
  await clickGraphElement(page, 'south-africa');
  await expect(page).toHaveURL(/[?&]actor=south-africa(&|$)/);
  const historyBeforeZoom = await page.evaluate(() => history.length);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page).toHaveURL(/[?&]zoom=/);
  // Zooming rewrote the current entry rather than adding one.
  expect(await page.evaluate(() => history.length)).toBe(historyBeforeZoom);

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(page.url());
  expect(link.length).toBeLessThan(2000);

  const sent = await viewSnapshot(page);
  const sentCamera = await cameraOf(page);
  expect(sent.accuse).toBe(false);
  expect(sent.visible).not.toContain('putin');

  const colleague = await browser.newContext();
  const opened = await colleague.newPage();
  await opened.goto(link);
  await waitForGraph(opened);
  await expect.poll(() => viewSnapshot(opened)).toEqual(sent);
  const openedCamera = await cameraOf(opened);
  expect(Math.abs(openedCamera.zoom - sentCamera.zoom)).toBeLessThanOrEqual(0.006);
  expect(Math.abs(openedCamera.x - sentCamera.x)).toBeLessThanOrEqual(1);
  expect(Math.abs(openedCamera.y - sentCamera.y)).toBeLessThanOrEqual(1);
  await colleague.close();

  // Back: before the selection (both filters off), then before the second filter.
  await page.goBack();
  await expect(page).not.toHaveURL(/actor=/);
  await expect.poll(async () => (await viewSnapshot(page)).selected).toEqual([]);
  expect((await viewSnapshot(page)).leaders).toBe(false);
  await page.goBack();
  await expect(page).not.toHaveURL(/hidekind=/);
  await expect.poll(async () => (await viewSnapshot(page)).leaders).toBe(true);
  expect((await viewSnapshot(page)).accuse).toBe(false);
  expect(await visibleNodeIds(page)).toContain('putin');
  await page.goForward();
  await expect.poll(async () => (await viewSnapshot(page)).leaders).toBe(false);
});

test('a broken link shows its valid part, names what it ignored, and cleans the URL in place', async ({
  page,
}) => {
  await page.goto('./');
  await waitForGraph(page);
  const entries = await page.evaluate(() => history.length);
  await page.goto('./?v=1&hide=ACCUSE,HUG&actor=atlantis&zoom=abc&focus=belarus&foo=1');
  await waitForGraph(page);
  const notice = page.getByRole('alert').filter({ hasText: 'Part of this link could not be used' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('unknown relation type "HUG" in "hide"');
  await expect(notice).toContainText('unknown parameter "foo"');
  await expect(notice).toContainText('"atlantis"');
  await expect(notice).toContainText('ignored the camera');
  await expect(page).toHaveURL(/\?v=1&hide=ACCUSE&focus=belarus$/);
  // Cleaning the link replaced its entry: only the navigation itself added one.
  expect(await page.evaluate(() => history.length)).toBe(entries + 1);
  await expect.poll(() => visibleNodeIds(page)).toEqual(['belarus', 'russia']);
  await expect(page.getByRole('checkbox', { name: /^Accuse/ })).not.toBeChecked();

  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});

test('a link with hostile text opens safely and shows it as text', async ({ page }) => {
  await page.goto('./?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&panel=table');
  await waitForGraph(page);
  await expect(page.getByRole('searchbox', { name: 'Text filter' })).toHaveValue(
    '<img src=x onerror=alert(1)>',
  );
  await expect(page.getByText('0 actors, 0 relations shown')).toBeVisible();
  expect(await page.locator('img').count()).toBe(0);
});

test('when the clipboard is refused, the link is offered in a selected text field that Escape closes', async ({
  page,
}) => {
  await page.goto('./?hide=ACCUSE');
  await waitForGraph(page);
  await page.evaluate(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new Error('denied')) },
    });
  });
  await page.getByRole('button', { name: 'Copy link' }).click();
  const field = page.getByRole('textbox', { name: 'Copy this link:' });
  await expect(field).toHaveValue(page.url());
  expect(
    await field.evaluate((input: HTMLInputElement) => input.selectionEnd! - input.selectionStart!),
  ).toBe(page.url().length);

  // Escape closes it, and focus goes back to the button that opened it.
  await page.keyboard.press('Escape');
  await expect(field).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeFocused();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(field).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeFocused();
});

test('typing a text filter is one step in history, not one per key', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  const before = await page.evaluate(() => history.length);
  await page
    .getByRole('searchbox', { name: 'Text filter' })
    .pressSequentially('sanction', { delay: 30 });
  await expect(page).toHaveURL(/q=sanction/);
  expect(await page.evaluate(() => history.length)).toBe(before + 1);
  await page.goBack();
  await expect(page.getByRole('searchbox', { name: 'Text filter' })).toHaveValue('');
});

test('every click on a panel tab is a step in history, however quickly the next follows', async ({
  page,
}) => {
  await page.goto('./');
  await waitForGraph(page);
  const tab = (name: string) => page.getByRole('tab', { name });
  await tab('Article').click();
  await tab('Table').click();
  await expect(page).toHaveURL(/panel=table/);
  await page.goBack();
  await expect(tab('Article')).toHaveAttribute('aria-selected', 'true');
  await page.goBack();
  await expect(tab('Details')).toHaveAttribute('aria-selected', 'true');

  // Stepping through the tabs with the arrow keys is still one step back, not one per tab.
  await tab('Details').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(tab('Table')).toHaveAttribute('aria-selected', 'true');
  await page.goBack();
  await expect(tab('Details')).toHaveAttribute('aria-selected', 'true');
});

test('a burst of zooming writes history at most once per 400 ms, and adds no entry', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const replace = history.replaceState.bind(history);
    const writes: number[] = [];
    (window as unknown as { historyWrites: number[] }).historyWrites = writes;
    history.replaceState = (...args: Parameters<History['replaceState']>) => {
      writes.push(performance.now());
      replace(...args);
    };
  });
  await page.goto('./');
  await waitForGraph(page);
  const entries = await page.evaluate(() => history.length);
  const start = await page.evaluate(() => performance.now());
  const zoomIn = page.getByRole('button', { name: 'Zoom in' });
  const zoomOut = page.getByRole('button', { name: 'Zoom out' });
  for (let step = 0; step < 15; step++) {
    await zoomIn.click();
    await zoomOut.click();
  }
  await expect(page).toHaveURL(/zoom=/);
  await page.waitForTimeout(600);
  const { writes, elapsed } = await page.evaluate((from) => {
    const all = (window as unknown as { historyWrites: number[] }).historyWrites;
    return { writes: all.filter((at) => at >= from), elapsed: performance.now() - from };
  }, start);
  expect(writes.length).toBeGreaterThan(0);
  expect(writes.length).toBeLessThanOrEqual(Math.ceil(elapsed / 400) + 1);
  for (let index = 1; index < writes.length; index++) {
    expect(writes[index]! - writes[index - 1]!).toBeGreaterThanOrEqual(390);
  }
  expect(await page.evaluate(() => history.length)).toBe(entries);
});

test('a camera in a link shows the same part of the graph on a smaller screen', async ({
  page,
  browser,
}) => {
  await page.goto('./');
  await waitForGraph(page);
  await page.getByRole('combobox', { name: 'Find an actor' }).fill('Belarus');
  await page.getByRole('combobox', { name: 'Find an actor' }).press('Enter');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  // Pan and zoom are written to the link shortly after they stop: wait until it settles.
  let link = '';
  await expect
    .poll(async () => {
      const previous = link;
      await page.waitForTimeout(700);
      link = page.url();
      return link.includes('zoom=') && link === previous;
    })
    .toBe(true);
  const offsetFromCentre = (target: Page) =>
    target.evaluate(() => {
      const cy = window.__actorGraphTest!.cy;
      const position = cy.getElementById('belarus').renderedPosition();
      return { x: position.x - cy.width() / 2, y: position.y - cy.height() / 2, zoom: cy.zoom() };
    });
  const sent = await offsetFromCentre(page);

  const phone = await browser.newContext({ viewport: { width: 390, height: 800 } });
  const opened = await phone.newPage();
  await opened.goto(link);
  await waitForGraph(opened);
  const received = await offsetFromCentre(opened);
  expect(Math.abs(received.zoom - sent.zoom)).toBeLessThanOrEqual(0.006);
  expect(Math.abs(received.x - sent.x)).toBeLessThanOrEqual(3);
  expect(Math.abs(received.y - sent.y)).toBeLessThanOrEqual(3);
  await phone.close();
});
