/**
 * The "Coloured by community" look on the canvas: each actor filled with its community's colour
 * (communityColors.ts), its shape still telling its kind.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import { useEffect } from 'react';

import { GRAPH_CLASSES } from './stylesheet';

/**
 * Draws each actor in its colour of `colorOf`, or no community when null. One batch: the colour
 * goes in each node's data, and one class turns it on, so turning the look off and on again is
 * one class change. Runs again with new elements, which carry neither.
 */
export function useCommunityLook(
  cy: Core | null,
  elements: readonly ElementDefinition[],
  colorOf: ReadonlyMap<string, string> | null,
): void {
  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      const nodes = cy.nodes();
      if (!colorOf) {
        nodes.removeClass(GRAPH_CLASSES.communityLook);
        return;
      }
      nodes.forEach((node) => {
        // Every actor of the dataset has a colour; one without (none should be) keeps its kind's.
        const color = colorOf.get(node.id());
        if (color && node.data('communityColor') !== color) node.data('communityColor', color);
      });
      nodes.addClass(GRAPH_CLASSES.communityLook);
    });
  }, [cy, elements, colorOf]);
}
