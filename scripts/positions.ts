/**
 * `npm run positions`: computes the layouts shipped with each dataset under data/ (the force
 * layout a dataset opens with) and writes them to data/<id>/positions.json, so the first picture
 * of a shipped dataset needs neither the layout's code nor its time. Run it after changing a
 * dataset or the layout; tests/unit/shippedPositions.test.ts fails while a file is stale.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { validateDataset } from '../src/domain/validate';
import { shippedPositionsOf } from '../src/graph/headlessLayouts';

for (const name of readdirSync('data')) {
  const folder = path.join('data', name);
  if (!statSync(folder).isDirectory()) continue;
  const result = validateDataset({
    graphText: readFileSync(path.join(folder, 'graph.json'), 'utf8'),
    articleText: readFileSync(path.join(folder, 'article.txt'), 'utf8'),
    graphFile: path.join(folder, 'graph.json'),
  });
  if (!result.ok) {
    console.error(`${folder}: not valid, no positions written (npm run validate says why)`);
    process.exitCode = 1;
    continue;
  }
  const shipped = await shippedPositionsOf(result.dataset);
  writeFileSync(path.join(folder, 'positions.json'), `${JSON.stringify(shipped)}\n`);
  console.log(`${folder}/positions.json: ${Object.keys(shipped).join(', ')}`);
}
