/**
 * `npm run bench:huge`: sheets beyond what the canvas draws. Writes CSV sheets of 100,000 and
 * 1,000,000 rows between 3,000 actors drawn heavy-tailed, opens each through the Open dialog in
 * the system Chromium against the production build, and prints the time from choosing the file to
 * the first laid-out picture, the longest main-thread tasks on the way and what the canvas drew.
 * Figures for notes, never for assertions. Needs `npm run build`.
 *
 * Environment: BENCH_PORT (default 4188), BENCH_ONLY=100k,1m (default both).
 */
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { chromium } from '@playwright/test';

import { seededRandom } from '../src/domain/random';
import { serve } from './bench-browser/server';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4188);
const SIZES: Record<string, number> = { '100k': 100_000, '1m': 1_000_000 };
const only = (process.env.BENCH_ONLY ?? '100k,1m').split(',').filter((id) => SIZES[id]);
const ACTORS = 3000;
const TYPES = ['attacks', 'funds', 'meets', 'supports', 'accuses', 'sanctions'];

/** A sheet of `rows` relations whose actors are drawn with weights 1/(rank+1)^0.8. */
async function writeSheet(path: string, rows: number): Promise<void> {
  const random = seededRandom(rows);
  const weights = Array.from({ length: ACTORS }, (_, rank) => 1 / (rank + 1) ** 0.8);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const cumulative: number[] = [];
  weights.reduce((sum, weight, index) => (cumulative[index] = sum + weight / total), 0);
  const pick = () => {
    const at = random();
    let low = 0;
    let high = ACTORS - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] as number) < at) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  const out = createWriteStream(path);
  out.write('From,To,Type\n');
  for (let row = 0; row < rows; row++) {
    const source = pick();
    let target = pick();
    if (target === source) target = (target + 1) % ACTORS;
    const type = TYPES[Math.floor(random() * TYPES.length)] as string;
    if (!out.write(`Actor ${source},Actor ${target},${type}\n`)) {
      await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
}

const folder = mkdtempSync(join(tmpdir(), 'actor-graph-huge-'));
const server = await serve({ '/': 'dist' }, PORT);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  for (const id of only) {
    const path = join(folder, `rows-${id}.csv`);
    await writeSheet(path, SIZES[id] as number);
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`http://127.0.0.1:${PORT}/`);
    await page.locator('.graph-canvas canvas').first().waitFor();
    await page.evaluate(() => {
      const state = window as unknown as { tasks: number[]; before: number };
      state.tasks = [];
      state.before = document.querySelectorAll('.graph-canvas').length;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) state.tasks.push(Math.round(entry.duration));
      }).observe({ entryTypes: ['longtask'] });
    });
    const title = await page.locator('.dataset-title').textContent();
    const started = Date.now();
    await page.getByRole('button', { name: 'Open…' }).click();
    await page.getByTestId('open-file-input').setInputFiles(path);
    await page
      .locator('.dataset-title')
      .filter({ hasNotText: title ?? '' })
      .waitFor({
        timeout: 600_000,
      });
    // The picture is there once the drawing note has gone.
    await page.locator('.graph-progress').waitFor({ state: 'detached', timeout: 600_000 });
    const seconds = (Date.now() - started) / 1000;
    const tasks = await page.evaluate(() =>
      (window as unknown as { tasks: number[] }).tasks.sort((a, b) => b - a).slice(0, 5),
    );
    const summary = await page.locator('.graph-summary').textContent();
    console.log(
      `${id}: picture ${seconds.toFixed(1)} s after choosing the file; longest tasks ${tasks.join(', ')} ms; ${summary}`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
  rmSync(folder, { recursive: true, force: true });
}
