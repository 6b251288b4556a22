/**
 * Parallel relations on the real canvas: a generated graph whose busy pairs repeat a relation
 * draws each bundle once; its details list the members; the URL names a relation, so Back
 * works; switching its type off removes the bundle.
 */
import AxeBuilder from '@axe-core/playwright';
import type { EdgeSingular } from 'cytoscape';

import { generateActorGraph } from '../../scripts/generate/actorGraph';
import { clickGraphElement, expect, graphClasses, test, waitForGraph } from './fixtures';

const { graph } = generateActorGraph({ relations: 300, seed: 1 });

test('a generated graph draws each bundle of parallel relations once, listed in its details', async ({
  page,
}) => {
  // Opening and laying out 60 actors, then an axe scan, on a busy 2-core machine: wait, don't time.
  test.setTimeout(60_000);
  await page.goto('./');
  await waitForGraph(page);
  const layoutRuns = await page.evaluate(() => window.__actorGraphTest!.layoutRuns);
  await page.getByRole('button', { name: 'Open…' }).click();
  await page.getByTestId('open-file-input').setInputFiles({
    name: 'generated.graph.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(graph)),
  });
  await expect(page.getByText('Data from generated.graph.json, kept in this browser.')).toBeVisible(
    { timeout: 20_000 },
  );
  // Laid out: the new dataset's actors are on the canvas and a layout has run since.
  await page.waitForFunction(
    ({ actors, runs }) => {
      const hook = window.__actorGraphTest!;
      return hook.cy.nodes().length === actors && hook.layoutRuns > runs;
    },
    { actors: graph.actors.length, runs: layoutRuns },
  );

  const drawn = () =>
    page.evaluate(() => {
      const edges = window
        .__actorGraphTest!.cy.edges()
        .filter((edge) => !edge.hasClass('is-hidden'));
      return {
        edges: edges.length,
        bundles: edges
          .filter((edge) => edge.hasClass('bundle'))
          .map((edge) => ({
            id: edge.id(),
            // Whether a click at its midpoint reaches it, not an actor or an edge over it.
            clickable: (() => {
              const { x, y } = (edge as EdgeSingular).midpoint();
              const renderer = (
                window.__actorGraphTest!.cy as unknown as {
                  renderer(): {
                    findNearestElement(
                      x: number,
                      y: number,
                      a: boolean,
                      b: boolean,
                    ): { id(): string } | null;
                  };
                }
              ).renderer();
              return renderer.findNearestElement(x, y, true, false)?.id() === edge.id();
            })(),
            type: edge.data('type') as string,
            label: edge.data('label') as string,
            members: edge.data('members') as string[],
          }))
          // The biggest first, the one a person would click.
          .sort((a, b) => b.members.length - a.members.length),
      };
    });
  const before = await drawn();
  expect(before.bundles.length).toBeGreaterThan(0);
  const relationCount = before.bundles.reduce((sum, b) => sum + b.members.length - 1, before.edges);
  expect(relationCount).toBe(graph.relations.length);
  expect(before.edges).toBeLessThan(graph.relations.length);
  const bundle = before.bundles.find((candidate) => candidate.clickable)!;
  expect(bundle.label).toMatch(new RegExp(`×${bundle.members.length}$`));

  // Selecting the bundle selects its first member, and the details list them all.
  await clickGraphElement(page, bundle.id);
  await expect(page).toHaveURL(new RegExp(`relation=${bundle.members[0]}(&|$)`));
  const list = page.getByRole('region', { name: /relations: / });
  await expect(list.getByRole('heading')).toHaveText(
    new RegExp(`^${bundle.members.length} relations: `),
  );
  await expect(list.getByRole('listitem')).toHaveCount(Math.min(bundle.members.length, 10));
  expect(await graphClasses(page, bundle.id)).toContain('is-selected');
  const axe = await new AxeBuilder({ page })
    .include('.details')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);

  // Another member: the URL names it, the bundle stays the one emphasised, Back returns.
  await list.getByRole('listitem').nth(1).getByRole('button').click();
  await expect(page).toHaveURL(new RegExp(`relation=${bundle.members[1]}(&|$)`));
  await expect(list.getByRole('listitem').nth(1).getByRole('button')).toHaveAttribute(
    'aria-current',
    'true',
  );
  expect(await graphClasses(page, bundle.id)).toContain('is-selected');
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`relation=${bundle.members[0]}(&|$)`));
  await expect(list.getByRole('listitem').first().getByRole('button')).toHaveAttribute(
    'aria-current',
    'true',
  );

  // The table still lists every relation.
  await page.getByRole('tab', { name: 'Table' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'relations shown' })).toContainText(
    `${graph.relations.length} relations shown`,
  );

  // Switching the bundle's type off removes the bundle from the canvas.
  await page
    .getByRole('button', { name: 'Filters' })
    .click({ trial: true })
    .catch(() => {});
  const typeLabel = bundle.label.replace(/ ×\d+$/, '');
  await page
    .getByRole('checkbox', { name: new RegExp(`^${typeLabel}\\b`, 'i') })
    .first()
    .uncheck();
  await expect.poll(() => graphClasses(page, bundle.id)).toContain('is-hidden');
  const after = await drawn();
  expect(after.bundles.map((b) => b.type)).not.toContain(bundle.type);
  expect(after.edges).toBeLessThan(before.edges);
});
