/**
 * Selecting on the canvas, and the emphasis that shows the selection: a tap on an actor or a
 * line selects it, a tap on the background clears the selection; hovering an actor emphasises
 * it until the pointer leaves, then the selection is emphasised again.
 */
import type { Core, EventObject, NodeSingular, SingularElementReturnValue } from 'cytoscape';
import { useEffect, useEffectEvent } from 'react';

import type { Selection } from '../domain/selection';
import type { VisibleGraph } from '../domain/visibleGraph';
import { relationOfEdge } from './elements';
import { GRAPH_CLASSES } from './stylesheet';

/**
 * Adds or removes the emphasis classes: the focused elements and their neighbours stand out.
 * In a large graph the rest is not faded: fading restyles every element (9 s for a hover at
 * 20,000 relations), while the neighbourhood alone is a few elements; it is drawn on top,
 * wider and labelled instead.
 */
function applyEmphasis(cy: Core, focus: Selection | null, fadeOthers: boolean): void {
  cy.batch(() => {
    // Only the elements that had a class are restyled: removing an absent class changes nothing.
    cy.elements().removeClass(
      `${GRAPH_CLASSES.faded} ${GRAPH_CLASSES.highlighted} ${GRAPH_CLASSES.selected}`,
    );
    if (!focus) return;
    const element = cy.getElementById(focus.id);
    if (element.empty()) return;
    const neighbourhood =
      focus.kind === 'actor'
        ? element.closedNeighborhood()
        : element.union(element.connectedNodes());
    if (fadeOthers) cy.elements().not(neighbourhood).addClass(GRAPH_CLASSES.faded);
    neighbourhood.addClass(GRAPH_CLASSES.highlighted);
    element.addClass(GRAPH_CLASSES.selected);
  });
}

export interface CanvasSelectionOptions {
  visible: VisibleGraph;
  /** The selection as drawn: a relation drawn in a bundle is its bundle. */
  selection: Selection | null;
  onSelect: (selection: Selection | null) => void;
  /** Whether emphasis fades everything else (small graphs only). */
  fadeOthers: boolean;
}

/** Listens for taps and hovers on the canvas (once per instance) and draws the emphasis. */
export function useCanvasSelection(
  cy: Core | null,
  elements: unknown,
  { visible, selection, onSelect, fadeOthers }: CanvasSelectionOptions,
): void {
  const selectTarget = useEffectEvent((target: SingularElementReturnValue) =>
    onSelect(
      target.isNode()
        ? { kind: 'actor', id: target.id() }
        : { kind: 'relation', id: relationOfEdge(target, visible.relationIds) },
    ),
  );
  const clearSelection = useEffectEvent(() => onSelect(null));
  const emphasise = useEffectEvent((instance: Core, hoveredId: string | null) =>
    applyEmphasis(
      instance,
      hoveredId === null ? selection : { kind: 'actor', id: hoveredId },
      fadeOthers,
    ),
  );

  useEffect(() => {
    if (!cy) return;
    const onTapElement = (event: EventObject) =>
      selectTarget(event.target as SingularElementReturnValue);
    const onTapBackground = (event: EventObject) => {
      if (event.target === cy) clearSelection();
    };
    const onHover = (event: EventObject) => emphasise(cy, (event.target as NodeSingular).id());
    const onHoverEnd = () => emphasise(cy, null);
    cy.on('tap', 'node, edge', onTapElement);
    cy.on('tap', onTapBackground);
    cy.on('mouseover', 'node', onHover);
    cy.on('mouseout', 'node', onHoverEnd);
    return () => {
      if (cy.destroyed()) return;
      cy.off('tap', 'node, edge', onTapElement);
      cy.off('tap', onTapBackground);
      cy.off('mouseover', 'node', onHover);
      cy.off('mouseout', 'node', onHoverEnd);
    };
  }, [cy]);

  useEffect(() => {
    if (cy) applyEmphasis(cy, selection, fadeOthers);
  }, [cy, elements, selection, fadeOthers]);
}
