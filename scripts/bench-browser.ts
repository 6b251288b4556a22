/**
 * `npm run bench:browser`: the app against a bare react-cytoscapejs page on the same elements, in
 * the system Chromium, against the production build. For the shipped article and generated graphs
 * of 100 to 50,000 relations it times the first painted graph and the settled graph (performance
 * marks, from navigation start), the JS heap after load, long tasks after the first paint, the
 * frame rate while panning and, for the app, a filter toggle, a selection, a hover, a search and
 * Back (input to next paint). Prints a table and writes docs/benchmarks.md. Figures for notes,
 * never for test assertions; every size has a timeout, and what times out is reported as such.
 *
 * Then a generated 50,000-event GDELT 2.0 file is opened through the Open dialog: import time,
 * the aggregated graph's size, the progress shown and the first paint.
 *
 * Environment: BENCH_PORT (default 4187), BENCH_ONLY=article,1k,gdelt-50k (run only these rows).
 */
import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { type Locator, type Page, chromium } from '@playwright/test';
import { format, resolveConfig } from 'prettier';

import {
  type Loaded,
  type Sample,
  close,
  interaction,
  load,
  panFps,
  percentile,
} from './bench-browser/measure';
import { type ProfileSummary, profileInteraction } from './bench-browser/profile';
import {
  type CaseResult,
  type EventImportResult,
  type Row,
  renderReport,
} from './bench-browser/report';
import { serve } from './bench-browser/server';
import { bundleSizes } from './bundleSize';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { generateActorGraph } from './generate/actorGraph';
import { gdeltText, generateGdeltRows } from './generate/gdeltEvents';

const PORT = Number(process.env.BENCH_PORT ?? 4187);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const RUN_BUDGET_MS = 8 * 60_000;
const started = Date.now();
const left = () => RUN_BUDGET_MS - (Date.now() - started);

interface Case {
  id: string;
  file: string;
  relations: number;
  actors: number;
  /** The app's layout: the dataset's default, or one set in the link. */
  layout: 'default' | 'concentric';
  query: string;
  loads: number;
  reps: number;
  paintMs: number;
  settledMs: number;
  interactionBudgetMs: number;
}

// ---- data ----------------------------------------------------------------------------------
const dataFolder = mkdtempSync(join(tmpdir(), 'actor-graph-bench-'));
interface GraphFile {
  actors: { id: string; label: string }[];
  relations: { source: string; target: string }[];
}
/** The label of the actor in most relations: search finds it, and it is worth hovering. */
function hubLabel(graph: GraphFile): string {
  const degree = new Map<string, number>();
  for (const relation of graph.relations) {
    degree.set(relation.source, (degree.get(relation.source) ?? 0) + 1);
    degree.set(relation.target, (degree.get(relation.target) ?? 0) + 1);
  }
  const hub = [...degree.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  return graph.actors.find((actor) => actor.id === hub)?.label ?? graph.actors[0]?.label ?? '';
}
function writeGraph(name: string, graph: GraphFile & object, article: string) {
  writeFileSync(join(dataFolder, name), JSON.stringify({ ...graph, article }));
}

const cases: Case[] = [];
{
  const folder = 'data/russia-ukraine-talks';
  const graph = JSON.parse(readFileSync(`${folder}/graph.json`, 'utf8')) as GraphFile;
  writeGraph('article.json', graph, readFileSync(`${folder}/article.txt`, 'utf8'));
  const small = { loads: 3, reps: 20, paintMs: 60_000, settledMs: 120_000 };
  cases.push({
    id: 'article',
    file: 'article.json',
    relations: graph.relations.length,
    actors: graph.actors.length,
    layout: 'default',
    query: hubLabel(graph),
    ...small,
    interactionBudgetMs: 40_000,
  });
  // Ordered by what the budgets need, so the run's cap cuts the optional row (5k concentric)
  // rather than 50k.
  const sizes: [string, number, Partial<Case>[]][] = [
    ['100', 100, [{ layout: 'default', ...small, interactionBudgetMs: 40_000 }]],
    ['1k', 1000, [{ layout: 'default', ...small, loads: 2, interactionBudgetMs: 45_000 }]],
    [
      '5k',
      5000,
      [
        {
          layout: 'default',
          loads: 1,
          reps: 10,
          paintMs: 60_000,
          settledMs: 60_000,
          interactionBudgetMs: 25_000,
        },
      ],
    ],
    [
      '20k',
      20_000,
      [
        {
          layout: 'concentric',
          loads: 1,
          reps: 5,
          paintMs: 60_000,
          settledMs: 90_000,
          interactionBudgetMs: 40_000,
        },
      ],
    ],
    [
      '50k',
      50_000,
      [
        {
          layout: 'concentric',
          loads: 1,
          reps: 5,
          paintMs: 90_000,
          settledMs: 120_000,
          interactionBudgetMs: 40_000,
        },
      ],
    ],
    [
      '5k',
      5000,
      [
        {
          layout: 'concentric',
          loads: 1,
          reps: 10,
          paintMs: 60_000,
          settledMs: 90_000,
          interactionBudgetMs: 25_000,
        },
      ],
    ],
  ];
  for (const [id, relations, variants] of sizes) {
    const { graph: generated, article } = generateActorGraph({ relations, seed: 1 });
    const file = `generated-${relations}.json`;
    writeGraph(file, generated, article);
    for (const variant of variants) {
      cases.push({
        id,
        file,
        relations: generated.relations.length,
        actors: generated.actors.length,
        layout: 'default',
        query: hubLabel(generated),
        loads: 1,
        reps: 5,
        paintMs: 60_000,
        settledMs: 120_000,
        interactionBudgetMs: 45_000,
        ...variant,
      });
    }
  }
}
const only = process.env.BENCH_ONLY?.split(',');
const selected = only ? cases.filter((entry) => only.includes(entry.id)) : cases;
const GDELT_EVENTS = 50_000;
const gdeltFile = join(dataFolder, 'gdelt-50k.export.CSV');
const runEvents = !only || only.includes('gdelt-50k');
if (runEvents)
  writeFileSync(gdeltFile, gdeltText(generateGdeltRows({ events: GDELT_EVENTS, seed: 1 })));

// ---- measuring -----------------------------------------------------------------------------
const CLICK_EVENTS = ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click'];
const KEY_EVENTS = ['keydown', 'keypress', 'keyup'];
const SURFACE = '#graph-surface';

const executablePath = findChromium();
if (!executablePath) throw new Error('no system Chromium: see scripts/ensure-chromium.mjs');
const server = await serve(
  { '/': 'dist', '/bare/': 'dist-bench/bare', '/bench-data/': dataFolder },
  PORT,
);
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
const chromiumVersion = `Chromium ${browser.version()}`;

const median = (values: (number | null)[]) =>
  percentile(
    values.filter((value): value is number => value !== null),
    50,
  );

/** Loads a page `times` times; keeps the last page open for panning and interactions. */
async function loads(
  url: string,
  marks: { paint: string; settled: string },
  times: number,
  timeouts: { paintMs: number; settledMs: number },
): Promise<{ runs: Loaded[]; last: Loaded }> {
  const runs: Loaded[] = [];
  for (let run = 0; run < times; run++) {
    const loaded = await load(browser, url, marks, { ...timeouts, idleAfterPaintMs: 1500 });
    runs.push(loaded);
    if (run < times - 1 || loaded.firstPaint === null) await close(loaded.context);
    if (loaded.firstPaint === null) break;
  }
  return { runs, last: runs[runs.length - 1] as Loaded };
}

const bareResults = new Map<string, Row>();
async function measureBare(entry: Case): Promise<Row> {
  const cached = bareResults.get(entry.file);
  if (cached) return cached;
  const url = `${ORIGIN}/bare/?src=${encodeURIComponent(`${ORIGIN}/bench-data/${entry.file}`)}`;
  const { runs, last } = await loads(
    url,
    { paint: 'graph-painted', settled: 'graph-settled' },
    entry.loads,
    entry,
  );
  const row: Row = {
    loads: runs.length,
    firstPaint: median(runs.map((run) => run.firstPaint)),
    settled: median(runs.map((run) => settledOf(run))),
    heapBytes: last.heapBytes,
    longestTaskAfterPaint: last.longestTaskAfterPaint,
    fps: null,
    timedOut: last.firstPaint === null ? `no paint within ${entry.paintMs / 1000} s` : null,
  };
  if (last.firstPaint !== null) {
    row.fps = await panFps(last.page, '#root', 30_000).catch(() => null);
    await close(last.context);
  }
  bareResults.set(entry.file, row);
  return row;
}

/** Settled means the final picture on screen: the later of the two marks. */
function settledOf(run: Loaded): number | null {
  if (run.firstPaint === null || run.settled === null) return null;
  return Math.max(run.firstPaint, run.settled);
}

async function measureApp(entry: Case): Promise<CaseResult['app']> {
  const src = `${ORIGIN}/bench-data/${entry.file}`;
  const layout = entry.layout === 'concentric' ? '&layout=concentric' : '';
  // The article as readers open it: the shipped dataset, with its build-time positions (the
  // bare page fetches the same elements from article.json). A generated graph is drawn whole
  // (`top=all`), as the bare page draws it, not on its most connected actors.
  const url =
    entry.id === 'article'
      ? `${ORIGIN}/?v=1`
      : `${ORIGIN}/?v=1&src=${encodeURIComponent(src)}${layout}&top=all`;
  const { runs, last } = await loads(
    url,
    { paint: 'actor-graph:first-paint', settled: 'actor-graph:settled' },
    entry.loads,
    entry,
  );
  const samples: Record<string, Sample[]> = {
    toggle: [],
    select: [],
    hover: [],
    search: [],
    back: [],
  };
  const row: CaseResult['app'] = {
    loads: runs.length,
    firstPaint: median(runs.map((run) => run.firstPaint)),
    settled: median(runs.map((run) => settledOf(run))),
    heapBytes: last.heapBytes,
    longestTaskAfterPaint: last.longestTaskAfterPaint,
    fps: null,
    timedOut: null,
    samples,
    reps: 0,
    note: null,
    profiles: [],
  };
  if (last.firstPaint === null) {
    row.timedOut = `no first paint within ${entry.paintMs / 1000} s`;
    return row;
  }
  if (last.settled === null) row.timedOut = `not settled within ${entry.settledMs / 1000} s`;
  const page = last.page;
  try {
    row.fps = await panFps(page, SURFACE, 45_000);
    if (row.fps === null) row.note = 'no frame drew a pan during the drag';
    await page.waitForTimeout(400);
    // After a user pan, the app writes the camera to the link: proof the drag panned.
    if (!page.url().includes('zoom=')) row.note = 'the drag did not pan (it hit a node)';
    const box = await page.locator(SURFACE).boundingBox();
    if (!box) throw new Error('no graph surface');
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const checkbox = page.locator('.type-list input[type="checkbox"]').first();
    const search = page.getByRole('combobox', { name: 'Find an actor' });
    const perStep = Math.max(10_000, Math.min(60_000, entry.interactionBudgetMs));
    const budgetEnd = Date.now() + entry.interactionBudgetMs;
    for (let rep = 0; rep < entry.reps; rep++) {
      if (Date.now() > budgetEnd || left() < 30_000) break;
      samples.toggle!.push(
        await interaction(page, 'click', CLICK_EVENTS, () => checkbox.click(), perStep),
      );
      samples.toggle!.push(
        await interaction(page, 'click', CLICK_EVENTS, () => checkbox.click(), perStep),
      );
      await search.fill(entry.query);
      samples.search!.push(
        await interaction(page, 'keydown', KEY_EVENTS, () => search.press('Enter'), perStep),
      );
      // Search centres the chosen actor (a 250 ms animation): it is then under the canvas centre.
      await page.waitForTimeout(400);
      await page.locator(SURFACE).focus();
      await page.keyboard.press('Escape');
      await page.mouse.move(box.x + 12, box.y + 12);
      await page.waitForTimeout(50);
      samples.hover!.push(
        await interaction(
          page,
          'mousemove',
          [],
          () => page.mouse.move(centre.x, centre.y),
          perStep,
        ),
      );
      samples.select!.push(
        await interaction(
          page,
          'mouseup',
          CLICK_EVENTS,
          () => page.mouse.click(centre.x, centre.y),
          perStep,
        ),
      );
      if (rep === 0 && !page.url().includes('actor=')) row.note = 'the click selected nothing';
      samples.back!.push(
        await interaction(
          page,
          'popstate',
          [],
          () => page.goBack({ waitUntil: 'commit' }),
          perStep,
        ),
      );
      row.reps = rep + 1;
    }
    if (PROFILED.includes(entry.id) && left() > 60_000)
      row.profiles = await profileEach(page, entry, { checkbox, search, centre, box });
  } catch (error) {
    row.note = `stopped: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
  }
  await close(last.context);
  return row;
}

/** The sizes whose interactions are each profiled once more, after the timed repetitions. */
const PROFILED = ['20k'];
const PROFILE_FOLDER = 'bench-output/profiles';

/**
 * One CPU profile per interaction, in the timed order (toggle off, search, hover, select,
 * Back); the raw profiles go to bench-output/profiles for DevTools, the summaries to the report.
 */
async function profileEach(
  page: Page,
  entry: Case,
  at: {
    checkbox: Locator;
    search: Locator;
    centre: { x: number; y: number };
    box: { x: number; y: number };
  },
): Promise<ProfileSummary[]> {
  const summaries: ProfileSummary[] = [];
  const run = async (name: string, action: () => Promise<unknown>) => {
    const { summary, raw } = await profileInteraction(page, name, action);
    mkdirSync(PROFILE_FOLDER, { recursive: true });
    writeFileSync(join(PROFILE_FOLDER, `${entry.id}-${name}.cpuprofile`), JSON.stringify(raw));
    summaries.push(summary);
  };
  await run('toggle', () => at.checkbox.click());
  await at.checkbox.click();
  await page.waitForTimeout(300);
  await at.search.fill(entry.query);
  await run('search', () => at.search.press('Enter'));
  await page.locator(SURFACE).focus();
  await page.keyboard.press('Escape');
  await page.mouse.move(at.box.x + 12, at.box.y + 12);
  await page.waitForTimeout(300);
  await run('hover', () => page.mouse.move(at.centre.x, at.centre.y));
  await run('select', () => page.mouse.click(at.centre.x, at.centre.y));
  await run('back', () => page.goBack({ waitUntil: 'commit' }));
  return summaries;
}

/**
 * Opens the GDELT file through the Open dialog over the shipped article, as a user would, and
 * times the import (to the report) and the new graph's first paint, recording the progress bar.
 */
async function measureEventImport(): Promise<EventImportResult> {
  const result: EventImportResult = {
    events: GDELT_EVENTS,
    megabytes: readFileSync(gdeltFile).byteLength / 1e6,
    importMs: null,
    firstPaintMs: null,
    actors: null,
    relations: null,
    progress: [],
    note: null,
  };
  const { context, page } = await load(
    browser,
    `${ORIGIN}/`,
    { paint: 'actor-graph:first-paint', settled: 'actor-graph:settled' },
    { paintMs: 60_000, settledMs: 60_000, idleAfterPaintMs: 500 },
  );
  try {
    await page.getByRole('button', { name: 'Open…' }).click();
    // Every value the progress bar shows, as it shows it.
    await page.evaluate(() => {
      const seen: number[] = [];
      (window as unknown as { __progress: number[] }).__progress = seen;
      new MutationObserver(() => {
        const bar = document.querySelector<HTMLProgressElement>('progress.open-progress');
        const value = bar?.hasAttribute('value') ? Math.round(bar.value * 100) : null;
        if (value !== null && seen.at(-1) !== value) seen.push(value);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    const before = await page.evaluate(() => performance.now());
    await page.getByTestId('open-file-input').setInputFiles(gdeltFile);
    const report = page.getByRole('dialog', { name: 'Import report' });
    await report.getByText(/^Opened gdelt-50k/).waitFor({ timeout: 120_000 });
    result.importMs = (await page.evaluate(() => performance.now())) - before;
    const opened = /([\d,]+) actors, ([\d,]+) relations/.exec(
      (await report.getByText(/^Opened gdelt-50k/).textContent()) ?? '',
    );
    result.actors = opened ? Number(opened[1]!.replace(/,/g, '')) : null;
    result.relations = opened ? Number(opened[2]!.replace(/,/g, '')) : null;
    const painted = await page
      .waitForFunction(
        (after) => {
          const marks = performance.getEntriesByName('actor-graph:first-paint', 'mark');
          return marks.find((mark) => mark.startTime > after)?.startTime ?? false;
        },
        before,
        { timeout: 120_000, polling: 100 },
      )
      .then((handle) => handle.jsonValue() as Promise<number>);
    result.firstPaintMs = painted - before;
    result.progress = await page.evaluate(
      () => (window as unknown as { __progress: number[] }).__progress,
    );
  } catch (error) {
    result.note = `stopped: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
  }
  await close(context);
  return result;
}

// ---- run -----------------------------------------------------------------------------------
const results: CaseResult[] = [];
let eventImport: EventImportResult | null = null;
try {
  for (const entry of selected) {
    const label = `${entry.id} (${entry.relations} relations, ${entry.actors} actors, ${entry.layout} layout)`;
    // A size starts only if its first paint could still come before the cap.
    if (left() < entry.paintMs + 20_000) {
      console.log(`skipped ${label}: the run's ${RUN_BUDGET_MS / 60_000}-minute cap`);
      results.push({ entry, bare: null, app: null, skipped: true });
      continue;
    }
    console.log(`measuring ${label}…`);
    const bare = await measureBare(entry);
    const app = await measureApp(entry);
    results.push({ entry, bare, app, skipped: false });
  }
  if (runEvents) {
    console.log(`measuring the GDELT import (${GDELT_EVENTS.toLocaleString('en')} events)…`);
    eventImport = await measureEventImport();
  }
} finally {
  await browser.close();
  server.close();
  rmSync(dataFolder, { recursive: true, force: true });
}

const machine = {
  date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  cpus: execSync('nproc').toString().trim(),
  memory: execSync('free -h').toString().trim(),
  chromium: chromiumVersion,
  node: process.version,
  minutes: ((Date.now() - started) / 60_000).toFixed(1),
};
const bundle = bundleSizes('dist');
const { table, markdown } = renderReport(results, machine, bundle, eventImport);
console.log(`\n${table}`);
mkdirSync('docs', { recursive: true });
// Formatted as the repository formats Markdown, so the written file passes format:check.
// Sections other benchmarks write (npm run bench's node figures) follow a marker and are kept.
const KEPT_MARKER = '<!-- Sections below this line are kept';
let kept = '';
try {
  const previous = readFileSync('docs/benchmarks.md', 'utf8');
  const at = previous.indexOf(KEPT_MARKER);
  if (at >= 0) kept = `\n\n${previous.slice(at)}`;
} catch {
  // No earlier file: nothing to keep.
}
const options = (await resolveConfig('docs/benchmarks.md')) ?? {};
writeFileSync(
  'docs/benchmarks.md',
  await format(`${markdown}${kept}`, { ...options, parser: 'markdown' }),
);
console.log('\nwrote docs/benchmarks.md');
