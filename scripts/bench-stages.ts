/**
 * `npm run bench:stages`: where the time goes before the first painted graph. Opens the app (and
 * the bare page) on the shipped article and generated graphs (`?src=`, as bench:browser does) in
 * the system Chromium against the production build, and prints the `actor-graph:<stage>`
 * measures of each load (median of BENCH_LOADS loads) with the first paint as a ratio of the bare
 * page's. Figures for notes, never for assertions. Needs `npm run build` and the bare page
 * (`vite build --config bench/bare/vite.config.ts`).
 *
 * Environment: BENCH_PORT (default 4187), BENCH_ONLY=article,article-src,1k,5k,20k,50k
 * (default article,5k,20k),
 * BENCH_LOADS (default 3).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { chromium } from '@playwright/test';

import { close, load, percentile } from './bench-browser/measure';
import { serve } from './bench-browser/server';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { generateActorGraph } from './generate/actorGraph';

const PORT = Number(process.env.BENCH_PORT ?? 4187);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const LOADS = Number(process.env.BENCH_LOADS ?? 3);
const SIZES: Record<string, number> = { '1k': 1000, '5k': 5000, '20k': 20_000, '50k': 50_000 };
const only = (process.env.BENCH_ONLY ?? 'article,5k,20k').split(',');

const folder = mkdtempSync(join(tmpdir(), 'actor-graph-stages-'));
const files: [string, string][] = [];
for (const id of only) {
  if (id === 'article' || id === 'article-src') {
    const graph = JSON.parse(
      readFileSync('data/russia-ukraine-talks/graph.json', 'utf8'),
    ) as object;
    const article = readFileSync('data/russia-ukraine-talks/article.txt', 'utf8');
    writeFileSync(join(folder, 'article.json'), JSON.stringify({ ...graph, article }));
    files.push([id, 'article.json']);
  } else if (SIZES[id]) {
    const { graph, article } = generateActorGraph({ relations: SIZES[id], seed: 1 });
    writeFileSync(join(folder, `${id}.json`), JSON.stringify({ ...graph, article }));
    files.push([id, `${id}.json`]);
  }
}

const executablePath = findChromium();
if (!executablePath) throw new Error('no system Chromium: see scripts/ensure-chromium.mjs');
const server = await serve({ '/': 'dist', '/bare/': 'dist-bench/bare', '/data/': folder }, PORT);
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
const median = (values: number[]) => percentile(values, 50) ?? NaN;
const ms = (value: number) => (Number.isNaN(value) ? '-' : `${Math.round(value)}`);

try {
  for (const [id, file] of files) {
    const src = encodeURIComponent(`${ORIGIN}/data/${file}`);
    const layout = id.startsWith('article') ? '' : '&layout=concentric';
    // `article`: the shipped dataset as readers open it; `article-src`: the same file by `?src=`.
    // Every actor drawn (`top=all`), as the bare page draws them.
    const appUrl =
      id === 'article' ? `${ORIGIN}/?v=1` : `${ORIGIN}/?v=1&src=${src}${layout}&top=all`;
    const bare: number[] = [];
    const paint: number[] = [];
    const longest: number[] = [];
    const stages = new Map<string, number[]>();
    const starts = new Map<string, number[]>();
    for (let run = 0; run < LOADS; run++) {
      const timeouts = { paintMs: 120_000, settledMs: 120_000, idleAfterPaintMs: 1500 };
      const baseline = await load(
        browser,
        `${ORIGIN}/bare/?src=${src}`,
        { paint: 'graph-painted', settled: 'graph-settled' },
        timeouts,
      );
      if (baseline.firstPaint !== null) bare.push(baseline.firstPaint);
      await close(baseline.context);
      const app = await load(
        browser,
        appUrl,
        { paint: 'actor-graph:first-paint', settled: 'actor-graph:settled' },
        timeouts,
      );
      if (app.firstPaint !== null) paint.push(app.firstPaint);
      if (app.longestTaskAfterPaint !== null) longest.push(app.longestTaskAfterPaint);
      // A string: tsx would wrap named functions in a helper the page does not have.
      const measures = (await app.page.evaluate(`(() => {
        const entries = performance
          .getEntriesByType('measure')
          .filter((entry) => entry.name.startsWith('actor-graph:'))
          .map((entry) => [entry.name.slice('actor-graph:'.length), entry.duration, entry.startTime]);
        const elements = performance.getEntriesByName('actor-graph:elements', 'measure')[0];
        const mounted = performance.getEntriesByName('actor-graph:mounted', 'mark')[0];
        if (elements && mounted) {
          const end = elements.startTime + elements.duration;
          entries.push(['mount', mounted.startTime - end, end]);
        }
        const scripts = performance
          .getEntriesByType('resource')
          .filter((entry) => entry.name.endsWith('.js'))
          .map((entry) => entry.startTime + entry.duration);
        entries.push(['(scripts loaded by)', Math.max(0, ...scripts), 0]);
        const ended = performance.getEntriesByName('actor-graph:progress-ended', 'mark')[0];
        if (ended) entries.push(['(progress shown until)', ended.startTime, 0]);
        const paint = performance.getEntriesByName('actor-graph:first-paint', 'mark')[0];
        const tasks = window.__bench.longtasks.filter((task) => paint && task.start >= paint.startTime);
        const after = ended ? tasks.filter((task) => task.start >= ended.startTime) : [];
        entries.push(['(longest task after progress)', Math.max(0, ...after.map((task) => task.duration)), 0]);
        return entries;
      })()`)) as [string, number, number][];
      const seen = new Map<string, number>();
      for (const [name, duration, at] of measures) {
        seen.set(name, (seen.get(name) ?? 0) + duration);
        if (!starts.has(name)) starts.set(name, []);
        starts.get(name)?.push(at);
      }
      for (const [name, duration] of seen)
        stages.set(name, [...(stages.get(name) ?? []), duration]);
      await close(app.context);
    }
    const firstPaint = median(paint);
    const bareMedian = median(bare);
    console.log(
      `\n${id}: first paint ${ms(firstPaint)} ms, bare ${ms(bareMedian)} ms, ratio ${(firstPaint / bareMedian).toFixed(2)}x; longest task after paint ${ms(median(longest))} ms`,
    );
    for (const [name, values] of stages) {
      const at = median(starts.get(name) ?? []);
      console.log(
        `  ${name.padEnd(24)} ${ms(median(values)).padStart(6)} ms   (from ${ms(at)} ms)`,
      );
    }
  }
} finally {
  await browser.close();
  server.close();
  rmSync(folder, { recursive: true, force: true });
}
