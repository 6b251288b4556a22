/**
 * Production timings of the way to the first picture, as `actor-graph:<stage>` performance
 * measures (fetch, parse, schema, cross checks, elements, layout…), read by
 * `npm run bench:stages`. A few entries per load, nothing on the interaction path.
 */

/** Records `actor-graph:<stage>` from `start` (a performance.now() time) to now. */
export function measureStage(stage: string, start: number): void {
  try {
    performance.measure(`actor-graph:${stage}`, { start, end: performance.now() });
  } catch {
    // An environment without User Timing level 3 (an old test DOM): no figure, no failure.
  }
}

/** Runs one synchronous stage and records how long it took. */
export function timed<T>(stage: string, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    measureStage(stage, start);
  }
}
