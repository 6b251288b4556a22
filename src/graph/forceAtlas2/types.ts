/**
 * What a ForceAtlas2 run takes and gives, shared by the page and the worker without loading the
 * algorithm: only forceAtlas2.ts imports graphology and the layout library.
 */

/**
 * A graph as the layout sees it: actors by their index in the dataset, relations as pairs of
 * indices (parallel ones count as a heavier tie), and where each actor starts.
 */
export interface ForceInput {
  /** x then y of each actor, in the dataset's order. */
  start: Float64Array;
  /** Source then target index of each relation; self-relations are left out. */
  links: Uint32Array;
}

/** What the page asks of the worker: run the layout over `input` for `iterations` steps. */
export interface ForceRequest {
  input: ForceInput;
  iterations: number;
}

/** What the worker answers: the positions after each chunk of steps, then an error or nothing. */
export type ForceMessage =
  { type: 'progress'; done: number; positions: Float64Array } | { type: 'error'; message: string };

/**
 * Steps are run, and reported, in chunks of this many. Each chunk is one call of the library,
 * whose step sizes start afresh with each call, so where a run is cut matters: a run of n steps
 * is always cut the same way (whole chunks, then the rest), so it gives the same positions
 * wherever it was started, and a stopped run ends at a chunk's end, a count that reproduces it.
 */
export const FORCE_CHUNK = 10;

/** The most steps a run takes: a graph of a few hundred actors has long settled by then. */
const MOST_ITERATIONS = 300;
/** The fewest: fewer leave a large graph's hubs still pulling their actors in. */
const FEWEST_ITERATIONS = 100;
/**
 * What a run may cost, in actors (and quarters of relations, which cost less) times steps: 100
 * steps over 4,000 actors and 20,000 relations, about 4 s in a worker on the benchmark machine.
 */
const WORK_BUDGET = 900_000;

/** How many steps a full run takes over a graph of this size, in whole chunks. */
export function forceIterationsFor(actors: number, relations: number): number {
  const affordable = WORK_BUDGET / Math.max(1, actors + relations / 4);
  const iterations = Math.min(MOST_ITERATIONS, Math.max(FEWEST_ITERATIONS, affordable));
  return Math.round(iterations / FORCE_CHUNK) * FORCE_CHUNK;
}
