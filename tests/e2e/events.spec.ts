/**
 * Event data in the real browser: each committed sample (GDELT 2.0, GDELT 1.0, a headed GDELT
 * CSV, ICEWS, POLECAT) opened through the Open dialog draws its aggregated graph, exactly what
 * the summary counts; a type filter hides that type's relations; a relation's details list its
 * events with links to the articles; a time range typed in the timeline's From and To hides the
 * relations with no event in it, and the busiest relation's edge counts only its events in the
 * range.
 */
import { readFileSync } from 'node:fs';

import { type TimeRange, countInRange, relationInRange } from '../../src/domain/timeRange';
import { openBytes } from '../../src/io/open/openDataset';
import { type Page, drawnCounts, expect, test, waitForGraph } from './fixtures';

const FOLDER = 'tests/fixtures/events';

/** What the importer makes of a sample, read in node with the same code the page runs. */
async function expected(file: string) {
  const result = await openBytes(new Uint8Array(readFileSync(`${FOLDER}/${file}`)), file);
  if (!result.ok) throw new Error(`${file} does not open`);
  const { dataset } = result;
  const busiest = [...dataset.relations].sort(
    (a, b) => (b.events?.length ?? 0) - (a.events?.length ?? 0),
  )[0]!;
  const count = (type: string) =>
    dataset.relations.filter((relation) => relation.type === type).length;
  // From the busiest relation's first event to its last but one: the range holds some of its
  // events, not all, and leaves out the relations with no event between those days.
  const days = (busiest.events ?? []).map((event) => event.date);
  const range: TimeRange = { from: days[0]!, to: days.at(-2)! };
  return { dataset, busiest, count, range };
}

/** The label of an edge on the canvas and whether cytoscape draws it. */
function edgeOnCanvas(page: Page, id: string): Promise<{ label: string; drawn: boolean }> {
  return page.evaluate((edgeId) => {
    const edge = window.__actorGraphTest!.element(edgeId);
    return { label: edge.data('label') as string, drawn: edge.visible() };
  }, id);
}

async function openSample(page: Page, file: string): Promise<void> {
  await page.getByRole('button', { name: 'Open…' }).click();
  await expect(page.getByRole('dialog', { name: 'Open a graph' })).toBeVisible();
  await page.getByTestId('open-file-input').setInputFiles(`${FOLDER}/${file}`);
}

const summary = (actors: number, relations: number) =>
  `${actors} actors, ${relations} relations shown`;

for (const [file, filterType, filterLabel] of [
  ['gdelt2-sample.export.CSV', 'ASSAULT', 'Assault'],
  ['gdelt1-sample.export.CSV', 'CONSULT', 'Consult'],
  ['gdelt-bigquery.csv', 'ASSAULT', 'Assault'],
  ['icews-sample.tab', 'CONSULT', 'Consult'],
  ['polecat-sample.tsv', 'ASSAULT', 'Assault'],
] as const) {
  test(`${file}: the graph, a type filter, a relation's events and a time range`, async ({
    page,
  }) => {
    const { dataset, busiest, count, range } = await expected(file);
    await page.goto('./');
    await waitForGraph(page);
    await openSample(page, file);
    // Every sample has rows skipped or repaired: the report opens by itself, each with its row.
    const report = page.getByRole('dialog', { name: 'Import report' });
    await expect(report).toContainText(
      `Opened ${file}: ${dataset.actors.length} actors, ${dataset.relations.length} relations`,
    );
    await expect(
      report
        .getByRole('listitem')
        .filter({ hasText: /^row \d+/ })
        .first(),
    ).toBeVisible();
    await report.getByRole('button', { name: 'Close' }).click();
    await expect(page.locator('.dataset-title')).toHaveText(dataset.title);
    await waitForGraph(page);
    await expect(
      page.getByText(summary(dataset.actors.length, dataset.relations.length)),
    ).toBeVisible();
    // The canvas draws what the summary counts.
    expect(await drawnCounts(page)).toMatchObject({
      actors: dataset.actors.length,
      relations: dataset.relations.length,
    });

    // A type filter hides that type's relations (and actors left with none).
    const hidden = count(filterType);
    expect(hidden).toBeGreaterThan(0);
    await page.getByRole('checkbox', { name: new RegExp(`^${filterLabel}\\b`) }).uncheck();
    await expect(
      page.getByText(
        new RegExp(`\\d+ actors, ${dataset.relations.length - hidden} relations shown`),
      ),
    ).toBeVisible();
    await page.getByRole('checkbox', { name: new RegExp(`^${filterLabel}\\b`) }).check();

    // The relation with the most events, selected by its link: its events are listed.
    const url = new URL(page.url());
    url.searchParams.set('relation', busiest.id);
    await page.goto(url.toString());
    await waitForGraph(page);
    const details = page.getByRole('tabpanel');
    const events = busiest.events ?? [];
    const section = details.getByRole('region', { name: `Events (${events.length})` });
    await expect(section).toBeVisible();
    const list = section.getByRole('list', { name: `Events 1 to ${Math.min(20, events.length)}` });
    await expect(list.getByRole('listitem').first()).toContainText(events[0]!.date);
    if (dataset.coding?.codes === 'CAMEO') {
      // The codebook names each code.
      await expect(list.getByRole('listitem').first()).toContainText(
        new RegExp(`${events[0]!.code} [A-Z][a-z]`),
      );
    }
    const withUrl = events.slice(0, 20).find((event) => event.url);
    if (withUrl) {
      const link = list.getByRole('link', { name: 'article' }).first();
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      await expect(link).toHaveAttribute('href', /^https:\/\/news\.example\.org\//);
    }

    // A time range, typed in the timeline: the relations with no event in it leave the canvas
    // and the table, the busiest relation's edge counts only its events in it, and the link
    // carries the range.
    const inRange = dataset.relations.filter((relation) => relationInRange(relation, range));
    const outside = dataset.relations.find((relation) => !relationInRange(relation, range))!;
    const busiestInRange = countInRange(busiest, range);
    expect(inRange.length).toBeLessThan(dataset.relations.length);
    expect(busiestInRange).toBeGreaterThan(0);
    expect(busiestInRange).toBeLessThan(events.length);
    expect((await edgeOnCanvas(page, busiest.id)).label).toMatch(new RegExp(` ×${events.length}$`));
    expect((await edgeOnCanvas(page, outside.id)).drawn).toBe(true);
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.getByLabel('From').fill(range.from);
    await timeline.getByLabel('To').fill(range.to);
    await expect(page).toHaveURL(new RegExp(`[?&]from=${range.from}&to=${range.to}(&|#|$)`));
    await expect(
      page.getByText(new RegExp(`\\d+ actors, ${inRange.length} relations shown`)),
    ).toBeVisible();
    await expect
      .poll(async () => (await edgeOnCanvas(page, busiest.id)).label)
      .toMatch(new RegExp(` ×${busiestInRange}$`));
    // cytoscape answers `visible()` from a cache it refreshes when it next draws.
    await expect.poll(async () => (await edgeOnCanvas(page, outside.id)).drawn).toBe(false);
    await page.getByRole('tab', { name: 'Table' }).click();
    await expect(page.locator('.relation-table tbody tr')).toHaveCount(inRange.length);
  });
}
