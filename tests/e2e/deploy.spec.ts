/** The built app works from any static host and any sub-folder, and the README's links open cleanly. */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

import { expect, test, visibleNodeIds, waitForGraph } from './fixtures';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.map': 'application/json',
};

test('the build runs from a sub-folder of a plain static server', async ({ page }) => {
  const root = path.resolve('dist-e2e');
  const prefix = '/newsroom/embeds/actor-graph/';
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (!pathname.startsWith(prefix)) {
      response.writeHead(404).end();
      return;
    }
    const relative = pathname.slice(prefix.length) || 'index.html';
    const file = path.join(root, relative);
    try {
      const body = readFileSync(file);
      response.writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    await page.goto(`http://127.0.0.1:${port}${prefix}?v=1&actor=belarus`);
    await waitForGraph(page);
    await expect(page.getByRole('tabpanel').getByRole('heading', { level: 2 })).toHaveText(
      'Belarus',
    );
    await expect(page).toHaveURL(`http://127.0.0.1:${port}${prefix}?v=1&actor=belarus`);
  } finally {
    server.close();
  }
});

const readmeLinks = [...readFileSync('README.md', 'utf8').matchAll(/`(\?v=1&[^`]+)`/g)].map(
  (match) => match[1]!,
);

test('the README has three example links', () => {
  expect(readmeLinks.length).toBeGreaterThanOrEqual(3);
});

for (const link of readmeLinks) {
  test(`the README link ${link} opens without a notice and keeps its form`, async ({ page }) => {
    await page.goto(`./${link}`);
    await waitForGraph(page);
    expect(await visibleNodeIds(page)).not.toEqual([]);
    await expect(page.getByText('Part of this link could not be used')).toHaveCount(0);
    expect(new URL(page.url()).search).toBe(link);
  });
}

test('a link to an unknown dataset opens the default one with a notice', async ({ page }) => {
  await page.goto('./?v=1&dataset=no-such-story&actor=russia');
  await waitForGraph(page);
  await expect(
    page.getByText('unknown dataset "no-such-story"; opened the default one'),
  ).toBeVisible();
  await expect(page.getByRole('tabpanel').getByRole('heading', { level: 2 })).toHaveText('Russia');
  expect(new URL(page.url()).search).toBe('?v=1&actor=russia');
});
