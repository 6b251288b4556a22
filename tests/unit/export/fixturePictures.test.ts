// @vitest-environment node
/**
 * Every file of the import, events and datasets fixtures (the real files: ../import/realFiles),
 * and a generated graph with bundles of parallel relations: drawn as the explorer draws it, the
 * canvas shows what the summary counts, and the SVG picture holds every drawn actor and edge.
 * The browser test (tests/e2e/realFiles.spec.ts) proves the same on the page for a file of each
 * format; here every file is checked without the seconds a page takes to draw each one.
 */
import { readFileSync, readdirSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { generateActorGraph } from '../../../scripts/generate/actorGraph';
import type { Dataset } from '../../../src/domain/dataset';
import { openBytes } from '../../../src/io/open/openDataset';
import { canvasPicture, expectPictureOfView } from './canvasPicture';

/** Files that are not a graph on their own: a nodes sheet opens with its edges sheet. */
const NOT_ALONE = new Set(['kumu-elements.csv']);

function graphFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile() && !/\.(md|txt)$/.test(entry.name))
    .map((entry) => entry.name)
    .filter((name) => !NOT_ALONE.has(name))
    .sort();
}

async function open(bytes: Uint8Array, name: string): Promise<Dataset> {
  const result = await openBytes(bytes, name);
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join('\n'));
  return result.dataset;
}

/** What each file puts to the test, so that the list below keeps covering every case. */
const covered = { bundles: 0, hiddenActors: 0, countedEvents: 0, isolatedShown: 0 };

describe('every fixture drawn and pictured', () => {
  for (const folder of ['import', 'events', 'datasets']) {
    for (const file of graphFiles(`tests/fixtures/${folder}`)) {
      it(`${folder}/${file}: the canvas draws what the summary counts, all of it in the SVG`, async () => {
        const dataset = await open(
          new Uint8Array(readFileSync(`tests/fixtures/${folder}/${file}`)),
          file,
        );
        const picture = canvasPicture(dataset);
        expectPictureOfView(picture);
        expect(picture.summary.actors).toBeGreaterThan(0);
        const related = new Set(dataset.relations.flatMap((r) => [r.source, r.target]));
        const isolated = dataset.actors.some((actor) => !related.has(actor.id));
        if (picture.summary.actors < dataset.actors.length) covered.hiddenActors++;
        else if (isolated) covered.isolatedShown++;
        if (dataset.relations.some((relation) => relation.events?.length)) covered.countedEvents++;
      });
    }
  }

  it('a generated graph of bundled parallel relations: each bundle once, every member counted', async () => {
    const { graph } = generateActorGraph({ relations: 300, seed: 1 });
    const dataset = await open(
      new TextEncoder().encode(JSON.stringify(graph)),
      'generated.graph.json',
    );
    const picture = canvasPicture(dataset);
    expectPictureOfView(picture);
    expect(picture.summary.relations).toBe(300);
    expect(picture.canvas.edgeIds.length).toBeLessThan(300);
    covered.bundles++;
  });

  it('the files above cover hidden actors, shown isolated actors and counted events', () => {
    expect(covered.hiddenActors).toBeGreaterThan(0);
    expect(covered.isolatedShown).toBeGreaterThan(0);
    expect(covered.countedEvents).toBeGreaterThan(0);
    expect(covered.bundles).toBe(1);
  });
});
