/**
 * The start-up JS of a production build: the entry script and every chunk it imports statically
 * (the <link rel="modulepreload"> tags), not only the entry file. Shared by `npm run bench` and
 * `npm run bench:browser`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ChunkSize {
  file: string;
  raw: number;
  gzip: number;
}

export interface BundleSizes {
  startup: ChunkSize[];
  lazy: ChunkSize[];
  startupRaw: number;
  startupGzip: number;
}

/** Sizes of the JS in `distFolder` (throws when there is no build). */
export function bundleSizes(distFolder = 'dist'): BundleSizes {
  const assets = readdirSync(join(distFolder, 'assets'));
  const html = readFileSync(join(distFolder, 'index.html'), 'utf8');
  const size = (file: string): ChunkSize => {
    const code = readFileSync(join(distFolder, 'assets', file));
    return { file, raw: code.length, gzip: gzipSync(code).length };
  };
  const scripts = assets.filter((file) => file.endsWith('.js'));
  const startup = scripts.filter((file) => html.includes(`assets/${file}`)).map(size);
  const lazy = scripts.filter((file) => !html.includes(`assets/${file}`)).map(size);
  return {
    startup,
    lazy,
    startupRaw: startup.reduce((sum, chunk) => sum + chunk.raw, 0),
    startupGzip: startup.reduce((sum, chunk) => sum + chunk.gzip, 0),
  };
}
