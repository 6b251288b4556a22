/**
 * `npm run validate -- [dataset folder ...]`: validates each dataset folder (every folder under
 * data/ when none is named), prints every problem, and exits 1 if any folder has one.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

import { formatProblem, validateDataset } from '../src/domain/validate';

function datasetFolders(args: string[]): string[] {
  if (args.length > 0) return args;
  const root = 'data';
  return readdirSync(root)
    .map((name) => path.join(root, name))
    .filter((folder) => statSync(folder).isDirectory());
}

function validateFolder(folder: string): string[] {
  const graphFile = path.join(folder, 'graph.json');
  const articleFile = path.join(folder, 'article.txt');
  const missing = [graphFile, articleFile].filter((file) => !existsSync(file));
  if (missing.length > 0) return missing.map((file) => `${file}: file not found`);
  const result = validateDataset({
    graphText: readFileSync(graphFile, 'utf8'),
    articleText: readFileSync(articleFile, 'utf8'),
    graphFile,
  });
  if (result.ok) {
    const { actors, relations } = result.dataset;
    console.log(`${folder}: valid (${actors.length} actors, ${relations.length} relations)`);
    return [];
  }
  return result.problems.map(formatProblem);
}

const folders = datasetFolders(process.argv.slice(2));
let failed = 0;
for (const folder of folders) {
  const lines = validateFolder(folder);
  if (lines.length > 0) {
    failed++;
    console.error(`${folder}: ${lines.length} problem${lines.length === 1 ? '' : 's'}`);
    for (const line of lines) console.error(`  ${line}`);
  }
}
process.exit(failed > 0 ? 1 : 0);
