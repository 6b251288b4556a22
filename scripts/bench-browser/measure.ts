/** The measurements of one page: load marks, heap, long tasks, panning frames, interactions. */
import type { Browser, BrowserContext, Page } from '@playwright/test';

import { INIT_SCRIPT } from './page';

export const VIEWPORT = { width: 1440, height: 900 };

export class TimedOut extends Error {}

/** Resolves with the work, or rejects with TimedOut after `ms` (the work is left running). */
export function within<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new TimedOut(`${what}: over ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export interface Loaded {
  context: BrowserContext;
  page: Page;
  /** ms from navigation start; null when it timed out. */
  firstPaint: number | null;
  settled: number | null;
  heapBytes: number | null;
  /** Long tasks that started after the first paint, within the idle wait that follows it. */
  longestTaskAfterPaint: number | null;
}

async function markTime(page: Page, name: string): Promise<number | null> {
  return page.evaluate(
    (mark) => performance.getEntriesByName(mark, 'mark')[0]?.startTime ?? null,
    name,
  );
}

/**
 * Opens `url` in a fresh context and waits for the paint mark (then the settled mark), each
 * with its own timeout. On a timeout the context is closed and the figures are null.
 */
export async function load(
  browser: Browser,
  url: string,
  marks: { paint: string; settled: string },
  timeouts: { paintMs: number; settledMs: number; idleAfterPaintMs: number },
): Promise<Loaded> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(INIT_SCRIPT);
  const page = await context.newPage();
  const result: Loaded = {
    context,
    page,
    firstPaint: null,
    settled: null,
    heapBytes: null,
    longestTaskAfterPaint: null,
  };
  const started = Date.now();
  try {
    await within(
      (async () => {
        await page.goto(url, { waitUntil: 'commit' });
        await page.waitForFunction(
          (mark) => performance.getEntriesByName(mark, 'mark').length > 0,
          marks.paint,
          { polling: 100, timeout: 0 },
        );
      })(),
      timeouts.paintMs,
      'first paint',
    );
    result.firstPaint = await markTime(page, marks.paint);
    const left = Math.max(1000, timeouts.settledMs - (Date.now() - started));
    await within(
      page.waitForFunction(
        (mark) => performance.getEntriesByName(mark, 'mark').length > 0,
        marks.settled,
        { polling: 100, timeout: 0 },
      ),
      left,
      'settled',
    );
    result.settled = await markTime(page, marks.settled);
    // Let the page go idle, then read the tasks that ran after the first paint.
    await page.waitForTimeout(timeouts.idleAfterPaintMs);
    const paint = result.firstPaint ?? 0;
    result.longestTaskAfterPaint = await page.evaluate(
      (after) =>
        window.__bench.longtasks
          .filter((task) => task.start >= after)
          .reduce((longest, task) => Math.max(longest, task.duration), 0),
      paint,
    );
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    result.heapBytes = heap.usedSize;
    await cdp.detach();
  } catch (error) {
    if (!(error instanceof TimedOut)) throw error;
  }
  return result;
}

/** Closes a context, even one whose page is stuck in a long task. */
export async function close(context: BrowserContext): Promise<void> {
  await within(context.close(), 15_000, 'closing the page').catch(() => undefined);
}

/**
 * Drags the canvas from near its top-left corner (empty after a fit, whose padding keeps the
 * graph off the edges) for about a second, recording requestAnimationFrame deltas in the page.
 * Returns 1000 / the median frame time.
 */
export async function panFps(
  page: Page,
  surface: string,
  timeoutMs: number,
): Promise<number | null> {
  const box = await page.locator(surface).boundingBox();
  if (!box) throw new Error(`no ${surface} to pan`);
  // A corner of the canvas itself: one may hold a note over the canvas (how many actors are
  // drawn, the zoom buttons), and a drag that starts there pans nothing.
  const corners: [number, number][] = [
    [box.x + 12, box.y + 12],
    [box.x + box.width - 12, box.y + 12],
    [box.x + 12, box.y + box.height - 12],
    [box.x + box.width - 12, box.y + box.height - 12],
  ];
  const onCanvas = await page.evaluate(
    (points) => points.map(([px, py]) => document.elementFromPoint(px, py)?.tagName === 'CANVAS'),
    corners,
  );
  const [x, y] = corners[Math.max(0, onCanvas.indexOf(true))]!;
  // A string: tsx would wrap the named `tick` in a helper the page does not have. Only frames
  // that draw a pan count: a frame's work ends when the next frame starts, so the delta after a
  // frame that followed a mousemove is that pan frame's time. The idle frames between two
  // Playwright moves (which a real, continuous drag would not have) are left out. Recording
  // stops at the drag's mouseup.
  await page.evaluate(`(() => {
    const frames = [];
    window.__bench.frames = frames;
    let recording = true;
    let moved = false;
    let drewPan = false;
    addEventListener('mousemove', () => { moved = true; }, { capture: true });
    addEventListener('mouseup', () => { recording = false; }, { capture: true, once: true });
    let last = performance.now();
    const tick = (now) => {
      if (!recording || window.__bench.frames !== frames) return;
      if (drewPan) frames.push(now - last);
      drewPan = moved;
      moved = false;
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  // About a second of dragging, 16 ms a step; on a slow page each step waits for the page, so
  // the drag stops after a second (at least 3 steps) rather than after 60 slow steps.
  await within(
    (async () => {
      await page.mouse.move(x, y);
      await page.mouse.down();
      const dragStart = Date.now();
      for (let step = 1; step <= 60; step++) {
        if (step > 3 && Date.now() - dragStart > 1000) break;
        await page.mouse.move(x + step * 5, y + step * 3);
        await page.waitForTimeout(16);
      }
      await page.mouse.up();
    })(),
    timeoutMs,
    'panning',
  );
  const deltas = await page.evaluate(() => {
    const frames = window.__bench.frames ?? [];
    window.__bench.frames = null;
    return frames;
  });
  const median = percentile(deltas, 50);
  // No frame drew a pan within the drag: no figure, rather than a made-up 0.
  return median === null || median === 0 ? null : 1000 / median;
}

export interface Sample {
  /** Input to next paint, ms: Event Timing's duration when it has an entry, else the fallback. */
  duration: number;
  /** processingEnd − processingStart of the Event Timing entry, when there is one. */
  processing: number | null;
  eventTiming: boolean;
}

/**
 * Times one interaction: arms the fallback clock for `armType`, runs the action, waits for the
 * paint after the input, then takes the longest Event Timing entry among `names` since then.
 */
export async function interaction(
  page: Page,
  armType: string,
  names: string[],
  action: () => Promise<unknown>,
  timeoutMs: number,
): Promise<Sample> {
  const t0 = await page.evaluate((type) => {
    window.__bench.armed = { type, input: null, paint: null };
    return performance.now();
  }, armType);
  await within(
    (async () => {
      await action();
      await page.waitForFunction(() => window.__bench.armed?.paint != null, null, {
        polling: 20,
        timeout: 0,
      });
      // Event Timing entries are delivered after the paint they end at: give them a frame.
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 30))),
      );
    })(),
    timeoutMs,
    `${armType} interaction`,
  );
  return page.evaluate(
    ({ since, wanted }) => {
      const armed = window.__bench.armed;
      const fallback = (armed?.paint ?? 0) - (armed?.input ?? 0);
      const entries = window.__bench.events.filter(
        (entry) => entry.start >= since - 1 && wanted.includes(entry.name),
      );
      // The entries of one interaction share its duration (rounded to 8 ms); the work is in
      // whichever handler did it (React's change handler runs on click), so take the maxima.
      if (entries.length === 0) return { duration: fallback, processing: null, eventTiming: false };
      return {
        duration: Math.max(...entries.map((entry) => entry.duration)),
        processing: Math.max(...entries.map((entry) => entry.processing)),
        eventTiming: true,
      };
    },
    { since: t0, wanted: names },
  );
}

/** Nearest-rank percentile; null for no values. */
export function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] as number;
}
