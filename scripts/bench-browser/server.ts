/**
 * A small static server for the browser benchmark, on 127.0.0.1: the production build at `/`,
 * the bare baseline page at `/bare/` and the generated graphs at `/bench-data/`, all from one
 * origin so the app's `?src=` fetch needs no CORS. Nothing is cached (`Cache-Control: no-store`),
 * so every run loads and parses everything afresh.
 */
import { createReadStream, statSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

export interface Mounts {
  /** URL prefix (ending in '/') → folder; the longest matching prefix wins. */
  [prefix: string]: string;
}

function fileFor(mounts: Mounts, pathname: string): string | undefined {
  const prefix = Object.keys(mounts)
    .filter((candidate) => pathname.startsWith(candidate))
    .sort((a, b) => b.length - a.length)[0];
  if (prefix === undefined) return undefined;
  const root = resolve(mounts[prefix] as string);
  let relative = decodeURIComponent(pathname.slice(prefix.length));
  if (relative === '' || relative.endsWith('/')) relative += 'index.html';
  const file = resolve(join(root, normalize(relative)));
  // Never serve outside the mounted folder.
  return file === root || file.startsWith(root + sep) ? file : undefined;
}

export function serve(mounts: Mounts, port: number): Promise<Server> {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const file = fileFor(mounts, pathname);
    let size = -1;
    try {
      if (file) size = statSync(file).isFile() ? statSync(file).size : -1;
    } catch {
      size = -1;
    }
    if (!file || size < 0) {
      response.writeHead(404, { 'Cache-Control': 'no-store' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': size,
      'Cache-Control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done(server));
  });
}
