/**
 * Puts the grid of hitIndex.ts in place of cytoscape's search for the element under the pointer,
 * on one instance (a large graph's). The renderer's `findNearestElements` is not public API, so
 * the replacement is installed only where the renderer has it, and removed with the hook.
 *
 * The element it finds is also kept from taking cytoscape's pressed (`:active`) state: marking
 * it restyles the actor and every line it has, and redraws the whole graph, on the press and
 * again on the release. At 20,000 relations that was most of a click's cost (130–170 ms per
 * click zoomed in, 5–15 ms without; over 600 ms with the whole graph in view), for a grey halo
 * the emphasis layer draws over at once.
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';

import { type GridIndex, gridIndex } from './hitIndex';
import { POSITIONS_APPLIED } from './layouts';
import { GRAPH_CLASSES } from './stylesheet';

type FindNearest = (x: number, y: number, interactiveOnly: boolean, isTouch: boolean) => unknown[];
interface Renderer {
  findNearestElements?: FindNearest;
}

// cytoscape's tolerances, in screen pixels (BRp.findNearestElements).
const NODE_SLACK = { mouse: 2, touch: 8 };
const EDGE_SLACK = { mouse: 8, touch: 24 };

interface Indexed {
  grid: GridIndex;
  nodes: NodeSingular[];
  edges: EdgeSingular[];
}

function indexOf(cy: Core): Indexed {
  const nodes = cy.nodes().toArray() as NodeSingular[];
  const edges = cy.edges().toArray() as EdgeSingular[];
  const discs = nodes.map((node) => {
    const { x, y } = node.position();
    return { x, y, radius: Math.max(node.outerWidth(), node.outerHeight()) / 2 };
  });
  const segments = edges.map((edge) => {
    const from = edge.source().position();
    const to = edge.target().position();
    return { x1: from.x, y1: from.y, x2: to.x, y2: to.y };
  });
  return { grid: gridIndex(discs, segments), nodes, edges };
}

type Pressable = { activate(): unknown; unactivate(): unknown };
function returnsItself<T>(this: T): T {
  return this;
}

/** Keeps an element of this instance out of the pressed state (it shadows the shared methods). */
function neverPressed<T extends NodeSingular | EdgeSingular>(element: T): T {
  if (!Object.hasOwn(element, 'activate')) {
    Object.assign(element as unknown as Pressable, {
      activate: returnsItself,
      unactivate: returnsItself,
    });
  }
  return element;
}

const shown = (element: NodeSingular | EdgeSingular) =>
  !element.hasClass(GRAPH_CLASSES.hidden) && element.visible();

/** Installs the grid search on `cy`; returns what removes it. */
export function installGridHitTesting(cy: Core): () => void {
  const renderer = (cy as unknown as { renderer(): Renderer | undefined }).renderer();
  const original = renderer?.findNearestElements;
  if (!renderer || typeof original !== 'function') return () => undefined;
  let indexed: Indexed | null = null;
  const forget = () => {
    indexed = null;
  };
  renderer.findNearestElements = (x, y, _interactiveOnly, isTouch) => {
    indexed ??= indexOf(cy);
    const { grid, nodes, edges } = indexed;
    const zoom = cy.zoom();
    const nodeSlack = (isTouch ? NODE_SLACK.touch : NODE_SLACK.mouse) / zoom;
    const node = grid.nearestDisc(x, y, nodeSlack, (index) => shown(nodes[index]!));
    if (node >= 0) return [neverPressed(nodes[node]!)];
    const edgeSlack = (isTouch ? EDGE_SLACK.touch : EDGE_SLACK.mouse) / zoom;
    const edge = grid.nearestSegment(x, y, edgeSlack + 12, (index) => {
      const candidate = edges[index]!;
      if (!shown(candidate)) return null;
      return candidate.numericStyle('width') / 2 + edgeSlack;
    });
    return edge >= 0 ? [neverPressed(edges[edge]!)] : [];
  };
  // A layout moves every actor in one batch: the grid is rebuilt once, at the next query.
  cy.on(`add remove position ${POSITIONS_APPLIED}`, forget);
  return () => {
    renderer.findNearestElements = original;
    if (cy.destroyed()) return;
    cy.off(`add remove position ${POSITIONS_APPLIED}`, forget);
  };
}
