/**
 * `npm run bench`: times the hot paths on the shipped dataset and on a synthetic one 100 times
 * larger, validation and the article index on generated graphs of 1k to 50k relations, and reports
 * the start-up bundle size. Figures for notes, never for test assertions.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

import { indexArticle } from '../src/domain/article';
import type { Dataset } from '../src/domain/dataset';
import { parseView, serializeView } from '../src/domain/link/viewQuery';
import { RELATION_TYPE_IDS } from '../src/domain/relationTypes';
import { validateDataset } from '../src/domain/validate';
import { defaultView } from '../src/domain/view';
import { visibleGraph } from '../src/domain/visibleGraph';
import { datasetElements } from '../src/graph/elements';
import { bundleSizes } from './bundleSize';
import { generateActorGraph } from './generate/actorGraph';

cytoscape.use(fcose);

function time(label: string, runs: number, work: () => unknown): void {
  for (let warm = 0; warm < Math.min(runs, 20); warm++) work();
  const start = performance.now();
  for (let run = 0; run < runs; run++) work();
  const perRun = (performance.now() - start) / runs;
  const shown = perRun < 1 ? `${(perRun * 1000).toFixed(1)} µs` : `${perRun.toFixed(2)} ms`;
  console.log(`${label.padEnd(58)} ${shown.padStart(11)} per run (${runs} runs)`);
}

const folder = 'data/russia-ukraine-talks';
const graphText = readFileSync(`${folder}/graph.json`, 'utf8');
const articleText = readFileSync(`${folder}/article.txt`, 'utf8');
const validated = validateDataset({ graphText, articleText });
if (!validated.ok) throw new Error('the shipped dataset is invalid');
const shipped = validated.dataset;

/** The shipped dataset copied `factor` times, with relations rewired across copies. */
function enlarged(dataset: Dataset, factor: number): Dataset {
  const actors = Array.from({ length: factor }, (_, copy) =>
    dataset.actors.map((actor) => ({ ...actor, id: `${actor.id}-${copy}` })),
  ).flat();
  const relations = Array.from({ length: factor }, (_, copy) =>
    dataset.relations.map((relation, index) => ({
      ...relation,
      id: `${relation.id}-${copy}`,
      source: `${relation.source}-${copy}`,
      target: `${relation.target}-${(copy + (index % 3)) % factor}`,
    })),
  ).flat();
  return { ...dataset, actors, relations };
}

const large = enlarged(shipped, 100);
const busyView = {
  ...defaultView(shipped.id),
  hiddenTypes: RELATION_TYPE_IDS.slice(0, 5),
  focus: { actor: 'russia', depth: 2 as const },
  query: 'ukraine',
  selection: { kind: 'actor' as const, id: 'russia' },
  camera: { zoom: 1.25, x: 120, y: -40 },
};
const link = serializeView(busyView, shipped.id);
const ids = {
  actorIds: new Set(shipped.actors.map((a) => a.id)),
  relationIds: new Set(shipped.relations.map((r) => r.id)),
};

console.log(
  `shipped: ${shipped.actors.length} actors, ${shipped.relations.length} relations; large: ${large.actors.length} actors, ${large.relations.length} relations\n`,
);
time('validateDataset (shipped, parse + schema + quotes)', 200, () =>
  validateDataset({ graphText, articleText }),
);
time('visibleGraph, default view (shipped)', 5000, () =>
  visibleGraph(shipped, defaultView(shipped.id)),
);
time('visibleGraph, types + focus depth 2 + text (shipped)', 5000, () =>
  visibleGraph(shipped, busyView),
);
time('visibleGraph, default view (large)', 100, () => visibleGraph(large, defaultView(shipped.id)));
time('visibleGraph, types + focus depth 2 + text (large)', 100, () =>
  visibleGraph(large, { ...busyView, focus: { actor: 'russia-0', depth: 2 } }),
);
time(`serializeView (busy view, ${link.length} chars)`, 20000, () =>
  serializeView(busyView, shipped.id),
);
time('parseView with dataset ids (busy view)', 20000, () => parseView(link, shipped.id, ids));
time('indexArticle (sentences, evidence, shipped)', 500, () => indexArticle(shipped));

/**
 * Quotes at scale: validation checks every quote against the article, then the reader's index
 * locates each one. Each run gets its own article string (trailing spaces differ, which changes
 * no quote or sentence) so nothing cached by an earlier run helps: every run is a first load.
 */
function quoteTimes(relations: number, runs: number): void {
  const { graph, article } = generateActorGraph({ relations, seed: 1 });
  const generatedGraph = JSON.stringify(graph);
  const validating: number[] = [];
  const indexing: number[] = [];
  for (let run = 0; run < runs; run++) {
    const articleText = `${article}${' '.repeat(run)}`;
    const start = performance.now();
    const result = validateDataset({ graphText: generatedGraph, articleText });
    const validated = performance.now();
    if (!result.ok) throw new Error(`the generated ${relations}-relation dataset is invalid`);
    indexArticle(result.dataset);
    validating.push(validated - start);
    indexing.push(performance.now() - validated);
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const size = `${relations / 1000}k relations, ${(article.length / 1e6).toFixed(1)} MB article`;
  console.log(
    `${`validateDataset then indexArticle (${size})`.padEnd(58)} ${median(validating)!.toFixed(0).padStart(6)} ms + ${median(indexing)!.toFixed(0)} ms (median of ${runs})`,
  );
}
console.log('');
for (const [relations, runs] of [
  [1000, 9],
  [5000, 5],
  [20000, 3],
  [50000, 3],
] as const) {
  quoteTimes(relations, runs);
}
console.log('');

function layoutTime(dataset: Dataset, runs: number): void {
  const elements = datasetElements(dataset);
  time(`fcose layout, headless (${dataset.actors.length} actors)`, runs, () => {
    const cy = cytoscape({ headless: true, elements, styleEnabled: true });
    cy.layout({
      name: 'fcose',
      animate: false,
      randomize: true,
      quality: 'proof',
    } as cytoscape.LayoutOptions).run();
    cy.destroy();
  });
}
layoutTime(shipped, 20);
layoutTime(enlarged(shipped, 10), 3);

try {
  const sizes = bundleSizes('dist');
  console.log(
    `\nstart-up JS (${sizes.startup.map((chunk) => chunk.file).join(', ')}): ${(sizes.startupRaw / 1024).toFixed(0)} kB, ${(sizes.startupGzip / 1000).toFixed(1)} KB gzip (${sizes.startupGzip} bytes)`,
  );
  for (const chunk of sizes.lazy) {
    console.log(
      `lazy chunk ${chunk.file}: ${(chunk.raw / 1024).toFixed(0)} kB, ${(chunk.gzip / 1024).toFixed(0)} kB gzip`,
    );
  }
} catch {
  console.log('\n(no dist/: run npm run build first for bundle sizes)');
}
