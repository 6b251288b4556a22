/**
 * ForceAtlas2 (graphology-layout-forceatlas2) over an actor graph, as pure code: the page runs it
 * in a worker (forceAtlas2.worker.ts), the tests call it directly. It has no randomness: the same
 * start positions and the same number of steps give the same positions on every screen, which
 * is what lets a link show the picture its sender saw.
 */
import { UndirectedGraph } from 'graphology';
import forceAtlas2, {
  type ForceAtlas2Settings,
  inferSettings,
} from 'graphology-layout-forceatlas2';

import { FORCE_CHUNK, type ForceInput } from './types';

/**
 * Canvas pixels per unit of the layout. Its actors settle about 25 units from their nearest
 * neighbour whatever the graph's size, which this makes about two nodes' widths on the canvas.
 */
export const FORCE_SCALE = 3;

/**
 * The start picture is shrunk to this radius (times the square root of the number of actors, in
 * the layout's units): the concentric picture of thousands of actors is tens of thousands of
 * pixels wide, and actors on its outer rings would not reach their neighbours in a few hundred
 * steps.
 */
const START_RADIUS = 1;

type ForceGraph = UndirectedGraph<{ x: number; y: number }, { weight: number }>;

/** The graph the library lays out: one node per actor, one tie per pair weighted by its relations. */
function graphOf(input: ForceInput): ForceGraph {
  const graph: ForceGraph = new UndirectedGraph();
  const count = input.start.length / 2;
  let farthest = 0;
  for (let index = 0; index < count; index++) {
    const distance = Math.hypot(input.start[2 * index] ?? 0, input.start[2 * index + 1] ?? 0);
    farthest = Math.max(farthest, distance);
  }
  const shrink = farthest === 0 ? 0 : (START_RADIUS * Math.sqrt(count)) / farthest;
  for (let index = 0; index < count; index++) {
    graph.addNode(String(index), {
      x: (input.start[2 * index] ?? 0) * shrink,
      y: (input.start[2 * index + 1] ?? 0) * shrink,
    });
  }
  for (let at = 0; at + 1 < input.links.length; at += 2) {
    const source = String(input.links[at]);
    const target = String(input.links[at + 1]);
    if (source === target || !graph.hasNode(source) || !graph.hasNode(target)) continue;
    graph.updateEdge(source, target, (tie) => ({ weight: (tie.weight ?? 0) + 1 }));
  }
  return graph;
}

/**
 * The library's settings for this size, with the attraction of hubs spread over their relations
 * ("dissuade hubs"): each hub then sits amid its own actors rather than all hubs in one knot at
 * the centre. LinLog mode, tried on generated event graphs of 4,000 actors, had not unfolded
 * after the steps a few seconds allow. Barnes–Hut approximates the repulsion from 1,000 actors
 * on (the library's own choice starts at 2,000), where the exact sum already costs most of a step.
 */
export function forceSettingsFor(graph: ForceGraph): ForceAtlas2Settings {
  return {
    ...inferSettings(graph),
    outboundAttractionDistribution: true,
    barnesHutOptimize: graph.order > 1000,
  };
}

/** Positions of every actor, x then y in the dataset's order, in the canvas's units. */
function positionsOf(graph: ForceGraph): Float64Array {
  const positions = new Float64Array(graph.order * 2);
  graph.forEachNode((node, { x, y }) => {
    const index = Number(node);
    positions[2 * index] = x * FORCE_SCALE;
    positions[2 * index + 1] = y * FORCE_SCALE;
  });
  return positions;
}

/**
 * Runs `iterations` steps of the layout from `input`'s start positions, in chunks of
 * FORCE_CHUNK, and yields how many steps are done and the positions then after each chunk.
 */
export function* forceAtlas2Steps(
  input: ForceInput,
  iterations: number,
): Generator<{ done: number; positions: Float64Array }> {
  const graph = graphOf(input);
  const settings = forceSettingsFor(graph);
  let done = 0;
  while (done < iterations) {
    const chunk = Math.min(FORCE_CHUNK, iterations - done);
    // A graph without actors has nothing to move, and the library refuses it.
    if (graph.order > 0) {
      forceAtlas2.assign(graph, { iterations: chunk, settings, getEdgeWeight: 'weight' });
    }
    done += chunk;
    yield { done, positions: positionsOf(graph) };
  }
}

/** The positions after `iterations` steps (for tests and scripts: the page runs the steps in a worker). */
export function forceAtlas2Positions(input: ForceInput, iterations: number): Float64Array {
  let last: Float64Array = input.start.slice();
  for (const { positions } of forceAtlas2Steps(input, iterations)) last = positions;
  return last;
}
