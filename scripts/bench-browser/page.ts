/**
 * What the benchmark runs inside the page, installed before any of the page's own scripts:
 * Event Timing and long-task observers, and a fallback "input to next paint" clock for inputs
 * Event Timing does not report (mouse moves, popstate, anything under its 16 ms threshold).
 * The fallback stamps the input's `timeStamp` and the moment just after the next paint
 * (a requestAnimationFrame callback runs right before a paint; a task queued from it runs
 * right after). Plain JavaScript text, because tsx would wrap named functions in helpers that
 * do not exist in the page.
 */
export interface BenchState {
  events: {
    name: string;
    start: number;
    duration: number;
    processing: number;
  }[];
  longtasks: { start: number; duration: number }[];
  armed: { type: string; input: number | null; paint: number | null } | null;
  frames: number[] | null;
}

declare global {
  interface Window {
    __bench: BenchState;
  }
}

export const INIT_SCRIPT = `
(() => {
  const bench = { events: [], longtasks: [], armed: null, frames: null };
  window.__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        bench.events.push({
          name: entry.name,
          start: entry.startTime,
          duration: entry.duration,
          processing: entry.processingEnd - entry.processingStart,
        });
      }
    }).observe({ type: 'event', buffered: true, durationThreshold: 16 });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        bench.longtasks.push({ start: entry.startTime, duration: entry.duration });
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch (error) {
    // An engine without Event Timing or long tasks: only the fallback clock remains.
  }
  for (const type of ['mousemove', 'mouseup', 'click', 'keydown', 'popstate']) {
    addEventListener(type, (event) => {
      const armed = bench.armed;
      if (!armed || armed.type !== type || armed.input !== null) return;
      armed.input = event.timeStamp;
      requestAnimationFrame(() => setTimeout(() => { armed.paint = performance.now(); }, 0));
    }, { capture: true });
  }
})();
`;
