/**
 * What the emphasis of a focus takes in, whichever way it is drawn: with classes on a small
 * graph (useCanvasSelection.ts) or on a layer of its own on a large one (highlightLayer.ts).
 */
import type { Collection, Core } from 'cytoscape';

import type { Selection } from '../domain/selection';
import { GRAPH_CLASSES } from './stylesheet';

/** What a neighbourhood is: an actor with its relations and their other ends, or a line's ends. */
export function neighbourhoodOf(cy: Core, focus: Selection): Collection | null {
  const element = cy.getElementById(focus.id);
  if (element.empty()) return null;
  const around =
    focus.kind === 'actor' ? element.closedNeighborhood() : element.union(element.connectedNodes());
  // A filtered-out element stays out of the emphasis, as it is out of the picture.
  return around.filter((ele) => !ele.hasClass(GRAPH_CLASSES.hidden));
}
