/**
 * `npm run generate -- --relations 20000 [--seed 1] [--out data-generated/generated-20000]`:
 * writes a generated dataset folder (graph.json and article.txt) for benchmarks. Generated data
 * is never committed; the generator is.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { generateActorGraph } from './generate/actorGraph';

const { values } = parseArgs({
  options: {
    relations: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
  },
});
const relations = Number(values.relations);
const seed = Number(values.seed);
if (!Number.isInteger(relations) || relations < 1 || !Number.isInteger(seed)) {
  console.error(
    'usage: npm run generate -- --relations <whole number ≥ 1> [--seed <n>] [--out <folder>]',
  );
  process.exit(2);
}
const { graph, article } = generateActorGraph({ relations, seed });
const folder = values.out ?? join('data-generated', graph.id);
mkdirSync(folder, { recursive: true });
writeFileSync(join(folder, 'graph.json'), `${JSON.stringify(graph, null, 1)}\n`);
writeFileSync(join(folder, 'article.txt'), article);
console.log(`${folder}: ${graph.actors.length} actors, ${graph.relations.length} relations`);
