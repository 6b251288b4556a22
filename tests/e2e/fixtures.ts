/**
 * The browser-test fixture: every test fails on a console error, an uncaught page error or a
 * Content-Security-Policy violation, and can read the shipped dataset straight from data/.
 */
import { readFileSync } from 'node:fs';

import AxeBuilder from '@axe-core/playwright';
import { type Page, test as base, expect } from '@playwright/test';
import type { EdgeSingular } from 'cytoscape';

export { expect, type Page };

interface ShippedDataset {
  actors: { id: string; label: string; aliases: string[] }[];
  relations: { id: string; source: string; target: string; type: string }[];
}

/** The default dataset, read from disk as the app ships it. */
export const shippedDataset = JSON.parse(
  readFileSync('data/russia-ukraine-talks/graph.json', 'utf8'),
) as ShippedDataset;

/** The summary the default view shows: actors with no relation are hidden until asked for. */
export const defaultSummary = (() => {
  const connected = new Set(
    shippedDataset.relations.flatMap((relation) => [relation.source, relation.target]),
  );
  return `${connected.size} actors, ${shippedDataset.relations.length} relations shown`;
})();

export const test = base.extend<{ problems: string[] }>({
  problems: [
    async ({ page, context }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
        });
      });
      await use(problems);
      // The context is reused by the next test (playwright.config.ts), and Playwright's reset
      // leaves granted permissions such as the clipboard's.
      await context.clearPermissions();
      expect(problems, 'the page logged errors or CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});

/** Waits until the graph is drawn and its layout has run (a worker layout may need `timeout`). */
export async function waitForGraph(page: Page, timeout?: number): Promise<void> {
  await page.waitForFunction(
    () => {
      const hook = window.__actorGraphTest;
      return Boolean(hook && hook.cy.nodes().length > 0 && hook.layoutRuns > 0);
    },
    null,
    { timeout },
  );
  await expect(page.locator('.graph-canvas canvas').first()).toBeVisible();
}

/** Where an element of the graph is drawn on the page, for clicking it like a user. */
export async function pagePositionOf(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = await page.locator('.graph-canvas').boundingBox();
  const rendered = await page.evaluate((elementId) => {
    const element = window.__actorGraphTest!.element(elementId);
    return element.isNode()
      ? element.renderedPosition()
      : (element as unknown as EdgeSingular).renderedMidpoint();
  }, id);
  return { x: box!.x + rendered.x, y: box!.y + rendered.y };
}

/** Clicks an actor or relation on the canvas. */
export async function clickGraphElement(page: Page, id: string): Promise<void> {
  const { x, y } = await pagePositionOf(page, id);
  await page.mouse.click(x, y);
}

/** The classes cytoscape holds for an element. */
export async function graphClasses(page: Page, id: string): Promise<string[]> {
  return page.evaluate((elementId) => window.__actorGraphTest!.element(elementId).classes(), id);
}

/** Ids of the nodes currently drawn (not hidden by a filter). */
export async function visibleNodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    window
      .__actorGraphTest!.cy.nodes()
      .filter((node) => node.visible())
      .map((node) => node.id())
      .sort(),
  );
}

/**
 * What the canvas draws: its shown actors, its shown edges (both ends shown) and the relations
 * those edges stand for (a bundle stands for each of its members).
 */
export async function drawnCounts(
  page: Page,
): Promise<{ actors: number; relations: number; edges: number }> {
  return page.evaluate(() => {
    const cy = window.__actorGraphTest!.cy;
    const shown = cy.elements().filter((element) => !element.hasClass('is-hidden'));
    let relations = 0;
    let edges = 0;
    shown.edges().forEach((edge) => {
      if (!edge.source().visible() || !edge.target().visible()) return;
      edges++;
      relations += (edge.data('members') as string[] | undefined)?.length ?? 1;
    });
    return { actors: shown.nodes().length, relations, edges };
  });
}

/**
 * An axe scan of the page for WCAG 2.1 A and AA, run in the page itself (axe's legacy mode): the
 * default mode also opens a blank page, a renderer of its own, for each scan, to merge results
 * from frames. The app draws no frame of its own, which is checked first.
 */
export function accessibilityScan(page: Page): AxeBuilder {
  expect(page.frames(), 'a scan in the page alone leaves frames out').toHaveLength(1);
  return new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .setLegacyMode();
}
