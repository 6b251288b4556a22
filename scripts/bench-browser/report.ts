/** The table printed by `npm run bench:browser`, its budgets, and docs/benchmarks.md. */
import type { BundleSizes } from '../bundleSize';
import { type Sample, percentile } from './measure';
import type { ProfileSummary } from './profile';

export interface Row {
  loads: number;
  firstPaint: number | null;
  settled: number | null;
  heapBytes: number | null;
  longestTaskAfterPaint: number | null;
  fps: number | null;
  timedOut: string | null;
}

export interface CaseResult {
  entry: { id: string; relations: number; actors: number; layout: string; reps: number };
  bare: Row | null;
  app:
    | (Row & {
        samples: Record<string, Sample[]>;
        reps: number;
        note: string | null;
        profiles: ProfileSummary[];
      })
    | null;
  skipped: boolean;
}

/** Opening a generated GDELT 2.0 file through the Open dialog, as a user would. */
export interface EventImportResult {
  events: number;
  megabytes: number;
  /** From choosing the file to the import report (the dataset is ready). */
  importMs: number | null;
  /** From choosing the file to the new graph's first paint. */
  firstPaintMs: number | null;
  actors: number | null;
  relations: number | null;
  /** The progress bar's values seen while it opened, in percent. */
  progress: number[];
  note: string | null;
}

/** The section on event data: one row, or why there is none. */
function eventSection(result: EventImportResult | null): string {
  if (!result) return 'Not run (`BENCH_ONLY` left it out).';
  const rows = markdownTable(
    ['file', 'import', 'first paint', 'actors', 'relations', 'progress seen'],
    [
      [
        `${result.events.toLocaleString('en')} GDELT 2.0 events (${result.megabytes.toFixed(1)} MB)`,
        ms(result.importMs),
        ms(result.firstPaintMs),
        result.actors?.toLocaleString('en') ?? '–',
        result.relations?.toLocaleString('en') ?? '–',
        result.progress.length > 0
          ? result.progress.map((value) => `${value}%`).join(', ')
          : 'none',
      ],
    ],
  );
  return `A seeded file of invented GDELT 2.0 events (\`scripts/generate/gdeltEvents.ts\`, seed 1: 61
tab-separated columns, no header) over six months between a population of 3,000 actor identities
drawn heavy-tailed as in a real extract (countries, their roles such as \`USAGOV\` or \`RUSMIL\`,
named and code-only actors), chosen in the Open dialog of the production build showing the
shipped article. Times from choosing the file: to the import report (read, aggregated, normalised
and validated in the open worker) and to the new graph's first paint (\`actor-graph:first-paint\`).
The graph size is the aggregated one (one relation per source, target and type).

${rows}${result.note ? `\n\n${result.note}` : ''}`;
}

export interface Machine {
  date: string;
  cpus: string;
  memory: string;
  chromium: string;
  node: string;
  minutes: string;
}

const KINDS = ['toggle', 'select', 'hover', 'search', 'back'] as const;

const ms = (value: number | null) =>
  value === null
    ? '–'
    : value >= 10_000
      ? `${(value / 1000).toFixed(1)} s`
      : `${Math.round(value)} ms`;
const mb = (bytes: number | null) => (bytes === null ? '–' : `${(bytes / 1e6).toFixed(0)} MB`);
const ratio = (app: number | null, bare: number | null) =>
  app === null || bare === null || bare === 0 ? '–' : `${(app / bare).toFixed(2)}×`;
const fps = (value: number | null) =>
  value === null ? '–' : value < 10 ? value.toFixed(1) : value.toFixed(0);

function stats(samples: Sample[] | undefined) {
  const durations = (samples ?? []).map((sample) => sample.duration);
  const processing = (samples ?? [])
    .map((sample) => sample.processing)
    .filter((value): value is number => value !== null);
  return {
    n: durations.length,
    p50: percentile(durations, 50),
    p95: percentile(durations, 95),
    eventTiming: (samples ?? []).filter((sample) => sample.eventTiming).length,
    processingP95: percentile(processing, 95),
  };
}

function sizeLabel(result: CaseResult) {
  const { entry } = result;
  return entry.id === 'article' ? 'article' : entry.id;
}

function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function loadTable(results: CaseResult[]): string {
  const header = [
    'size',
    'relations / actors',
    'app layout',
    'first paint app / bare',
    'ratio',
    'settled app / bare',
    'ratio',
    'heap app / bare',
    'longest task after paint (app)',
    'pan fps app / bare',
  ];
  const rows = results.map((result) => {
    const { entry, app, bare } = result;
    const base = [sizeLabel(result), `${entry.relations} / ${entry.actors}`, entry.layout];
    if (result.skipped || !app || !bare)
      return [...base, 'skipped (run cap)', '', '', '', '', '', ''];
    const appPaint = app.firstPaint === null ? `timed out (${app.timedOut})` : ms(app.firstPaint);
    return [
      ...base,
      `${appPaint} / ${ms(bare.firstPaint)}`,
      ratio(app.firstPaint, bare.firstPaint),
      `${app.settled === null && app.firstPaint === null ? 'timed out' : ms(app.settled)} / ${ms(bare.settled)}`,
      ratio(app.settled, bare.settled),
      `${mb(app.heapBytes)} / ${mb(bare.heapBytes)}`,
      ms(app.longestTaskAfterPaint),
      `${fps(app.fps)} / ${fps(bare.fps)}`,
    ];
  });
  return markdownTable(header, rows);
}

function interactionTable(results: CaseResult[]): string {
  const header = [
    'size',
    'app layout',
    'reps',
    ...KINDS.map((kind) => `${kind} p50 / p95`),
    'toggle processing p95',
    'notes',
  ];
  const rows = results
    .filter((result) => result.app && !result.skipped)
    .map((result) => {
      const app = result.app!;
      const cells = KINDS.map((kind) => {
        const s = stats(app.samples[kind]);
        if (s.n === 0) return '–';
        return `${ms(s.p50)} / ${ms(s.p95)} (ET ${s.eventTiming}/${s.n})`;
      });
      const toggle = stats(app.samples.toggle);
      const processing =
        toggle.n === 0
          ? '–'
          : toggle.processingP95 === null
            ? 'no entry ≥ 16 ms'
            : `${ms(toggle.processingP95)} (of ${toggle.eventTiming})`;
      return [
        sizeLabel(result),
        result.entry.layout,
        app.firstPaint === null ? '0 (no paint)' : `${app.reps} of ${result.entry.reps}`,
        ...cells,
        processing,
        app.note ?? '',
      ];
    });
  return markdownTable(header, rows);
}

type Verdict = 'met' | 'not met' | 'not measured';

/** Issue 18's budgets, input to next paint (p95): toggle, select and hover, search and Back. */
const BUDGETS: Record<string, { toggle: number; pick: number; find: number }> = {
  article: { toggle: 50, pick: 50, find: 50 },
  '5k': { toggle: 50, pick: 50, find: 100 },
  '20k': { toggle: 150, pick: 100, find: 200 },
  '50k': { toggle: 300, pick: 200, find: 400 },
};

function budgets(results: CaseResult[], bundle: BundleSizes): [string, Verdict, string][] {
  const out: [string, Verdict, string][] = [];
  const check = (ok: boolean | null): Verdict =>
    ok === null ? 'not measured' : ok ? 'met' : 'not met';
  const measured = results.filter((result) => !result.skipped && result.app);

  /** The p95 of the named kinds together, against a budget. */
  const interactionBudget = (
    where: string,
    app: NonNullable<CaseResult['app']>,
    kinds: string[],
    limit: number,
  ) => {
    const samples = kinds.flatMap((kind) => app.samples[kind] ?? []);
    const s = stats(samples);
    out.push([
      `${where}: ${kinds.join(' / ')} p95 ≤ ${limit} ms`,
      s.n === 0 ? (app.firstPaint === null ? 'not met' : 'not measured') : check(s.p95! <= limit),
      s.n === 0
        ? (app.timedOut ?? app.note ?? 'no sample')
        : `${kinds.map((kind) => `${kind} p95 ${ms(stats(app.samples[kind]).p95)}`).join(', ')} (${s.n} samples)`,
    ]);
  };

  for (const result of measured) {
    const limits = BUDGETS[result.entry.id];
    if (!limits) continue;
    const app = result.app!;
    const where = `${sizeLabel(result)}${result.entry.id === 'article' ? '' : `, ${result.entry.layout} layout`}`;
    interactionBudget(where, app, ['toggle'], limits.toggle);
    interactionBudget(where, app, ['select', 'hover'], limits.pick);
    interactionBudget(where, app, ['search', 'back'], limits.find);
    const id = result.entry.id;
    if (id === 'article') {
      const toggle = stats(app.samples.toggle);
      out.push([
        'article: filter toggle processing p95 ≤ 8 ms',
        toggle.n === 0 ? 'not measured' : check((toggle.processingP95 ?? 0) <= 8),
        toggle.processingP95 === null
          ? `no toggle reached Event Timing's 16 ms threshold (${toggle.n} toggles)`
          : `processing p95 ${ms(toggle.processingP95)} over ${toggle.eventTiming} of ${toggle.n} toggles`,
      ]);
      const bare = result.bare?.firstPaint ?? null;
      const paintRatio = app.firstPaint !== null && bare ? app.firstPaint / bare : null;
      out.push([
        'article: first paint ≤ 1.1× bare',
        check(paintRatio === null ? null : paintRatio <= 1.1),
        paintRatio === null
          ? 'no figure'
          : `${ms(app.firstPaint)} vs ${ms(bare)} = ${paintRatio.toFixed(2)}×`,
      ]);
    }
    const paintLimit = id === '5k' ? 1500 : id === '20k' ? 3000 : null;
    if (paintLimit !== null)
      out.push([
        `${where}: first paint ≤ ${paintLimit / 1000} s`,
        app.firstPaint === null ? 'not met' : check(app.firstPaint <= paintLimit),
        app.firstPaint === null ? (app.timedOut ?? '') : ms(app.firstPaint),
      ]);
    if (id === '20k' || id === '50k')
      out.push([
        `${where}: pans at ≥ 30 fps`,
        app.fps === null
          ? 'not measured'
          : check(app.fps >= 30 && !app.note?.includes('did not pan')),
        app.fps === null ? (app.timedOut ?? 'no figure') : `${fps(app.fps)} fps (median pan frame)`,
      ]);
    if (id === '50k')
      out.push([
        '50k: no task over 200 ms after first paint',
        app.longestTaskAfterPaint === null
          ? app.firstPaint === null
            ? 'not met'
            : 'not measured'
          : check(app.longestTaskAfterPaint <= 200),
        app.longestTaskAfterPaint === null
          ? 'no figure'
          : `longest task in the 1.5 s after first paint (and settling): ${ms(app.longestTaskAfterPaint)}`,
      ]);
  }
  out.push([
    'start-up JS ≤ 240 KB gzip',
    check(bundle.startupGzip <= 240_000),
    `${(bundle.startupGzip / 1000).toFixed(1)} KB gzip (${bundle.startup.length} files)`,
  ]);
  return out;
}

/** One table per profiled size: each interaction's busy time, GC share and top functions. */
function profileSection(results: CaseResult[]): string {
  const profiled = results.filter((result) => (result.app?.profiles.length ?? 0) > 0);
  if (profiled.length === 0) return 'No interaction was profiled in this run.';
  return profiled
    .map((result) => {
      const rows = result.app!.profiles.map((profile) => [
        profile.interaction,
        `${profile.busyMs} ms`,
        `${Math.round(profile.gcShare * 100)}%`,
        profile.top.map((entry) => `${entry.name} ${entry.ms} ms`).join('; '),
      ]);
      return `${sizeLabel(result)}, ${result.entry.layout} layout:\n\n${markdownTable(
        ['interaction', 'busy (main thread)', 'of it GC', 'most self time'],
        rows,
      )}`;
    })
    .join('\n\n');
}

export function renderReport(
  results: CaseResult[],
  machine: Machine,
  bundle: BundleSizes,
  eventImport: EventImportResult | null = null,
): { table: string; markdown: string } {
  const verdicts = budgets(results, bundle);
  const budgetTable = markdownTable(
    ['budget', 'verdict', 'figures'],
    verdicts.map(([budget, verdict, figures]) => [budget, verdict, figures]),
  );
  const table = [
    loadTable(results),
    '',
    interactionTable(results),
    '',
    budgetTable,
    '',
    eventSection(eventImport),
  ].join('\n');
  const markdown = `# Benchmarks

The latest results of \`npm run bench:browser\` (the script writes this file; rerun it to refresh).
Figures for notes, never for test assertions: \`npm test\` runs no benchmark.

## Machine

- Date: ${machine.date}; the whole run took ${machine.minutes} minutes
- CPUs (\`nproc\`): ${machine.cpus}, shared with other work while this ran, so figures are noisy
- Memory (\`free -h\`):

\`\`\`
${machine.memory}
\`\`\`

- Browser: ${machine.chromium}, headless, flags from \`scripts/chromium.mjs\`, viewport 1440×900
- Node ${machine.node}

## Method

- **Data.** The shipped article (\`data/russia-ukraine-talks\`, article inline) and graphs from the
  seeded generator (\`scripts/generate/actorGraph.ts\`, seed 1) of 100, 1,000, 5,000, 20,000 and
  50,000 relations, each written as one graph.json with its article inline to a temporary folder
  (not committed) and served with \`Cache-Control: no-store\` by a small Node server on 127.0.0.1
  from the same origin as the production build (\`dist/\`), so the app opens each with
  \`?src=<address>\`.
- **Bare page.** \`bench/bare/\`: React + react-cytoscapejs with cytoscape's default stylesheet and
  the grid layout, drawing the same nodes (actors) and edges (relations) from the same file; built
  with its own Vite config into \`dist-bench/bare\`, never part of the app's bundle.
- **Load.** Each load is a fresh browser context. Times are from navigation start to performance
  marks: the app's \`actor-graph:first-paint\` (cytoscape's first draw after the layout's positions
  are applied and the camera set: earlier draws, with every actor at one point, do not count) and
  \`actor-graph:settled\` (positions applied and camera set); the bare page's \`graph-painted\` (first
  draw with elements) and \`graph-settled\` (grid layout stopped). "Settled" in the tables is the
  later of the two marks: the final picture on screen. Medians over the loads given per size (3
  for the article and 100, 2 for 1k, 1 for 5k and up). Each size has a timeout (first paint 60 s, 90 s at 50k;
  settled 60–120 s); what times out is reported as timed out.
- **Heap** after load: CDP \`HeapProfiler.collectGarbage\` then \`Runtime.getHeapUsage\` (used size).
- **Long tasks**: \`PerformanceObserver({type: 'longtask'})\`, the longest that started after the
  first paint, up to 1.5 s after the settled mark (before any input).
- **Panning**: the mouse drags the canvas from 12 px inside its top-left corner (empty after a
  fit) in steps of 16 ms for about a second (60 steps at most, 3 at least: on a slow page each step
  waits for the page); in the page, the time of each frame that draws a pan (the
  requestAnimationFrame delta after a frame that followed a mousemove, up to the mouseup) is
  recorded, leaving out the idle frames between two scripted moves; the figure is 1000 / median. For the app the link must then carry a camera (proof the drag panned).
- **Interactions** (app only), each repetition in order: toggle the first relation-type checkbox
  off and on (two samples), type the best-connected actor's name in "Find an actor" and press
  Enter (search; it selects and centres that actor), Escape, move the mouse from the canvas corner
  onto the canvas centre, now that actor (hover), click it (selection), then \`page.goBack()\`
  (Back). Each is timed from input to next paint with Event Timing
  (\`PerformanceObserver({type: 'event', buffered: true, durationThreshold: 16})\`, the longest
  entry of the interaction: \`duration\`, and \`processingEnd − processingStart\` as our processing).
  Event Timing reports nothing under 16 ms and never reports mouse moves or popstate; then the
  figure is the page's own clock: the input event's \`timeStamp\` to a task queued from the next
  requestAnimationFrame callback (just after the next paint). "ET k/n" says how many of n samples
  came from Event Timing. Percentiles are nearest-rank. Repetitions are capped by a time budget per
  size (25–45 s) and the run by 8 minutes; a size starts only while its first-paint timeout still
  fits in the cap. The tables give how many ran.

## Results

### Loading, memory, panning (app vs bare)

${loadTable(results)}

### Interactions (app), input to next paint

${interactionTable(results)}

### Budgets (issue 18)

${budgetTable}

### Where an interaction's time goes (CPU profiles)

After the timed repetitions, each interaction runs once more under Chrome's sampling profiler
(100 µs), from the input until the page has painted and been quiet for 600 ms. Busy is the
sampled time that was not idle; the raw profiles are written to \`bench-output/profiles/\` (open
them in DevTools' Performance panel). Function names are those the production build keeps.

${profileSection(results)}

### Event data (issue 10)

${eventSection(eventImport)}

## Reading these figures

- The machine has 2 cores shared with other work, so figures move between runs: on the article,
  three consecutive runs gave the app 559–732 ms and the bare page 228–527 ms to first paint
  (ratios 1.4× to 3.1×). Small sizes load 3 times (1k twice); 5k and up once.
- The app's "settled" equals its first paint: it applies positions and camera before its first real
  draw (the earlier draws show every actor at one point and are not counted).
- Sizes that time out are the finding, not a fault of the harness: the app's 50k load has not painted after 90 s
  (not profiled here; the issue found the in-browser quote check to be half of the 20k load).
- At 20k and up an interaction takes several seconds, so the time budget allows one repetition:
  those p50/p95 are single samples. The bare page has no interactions (it has no filters or
  panels); its pan figure is the only like-for-like interaction.
`;
  return { table, markdown };
}
