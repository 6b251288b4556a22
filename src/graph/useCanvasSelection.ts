/**
 * Selecting on the canvas, and the emphasis that shows the selection: a tap on an actor or a
 * line selects it, a tap on the background clears the selection; hovering an actor emphasises
 * it until the pointer leaves, then the selection is emphasised again.
 *
 * A small graph marks the emphasis with classes and fades the rest. A large one draws it on a
 * layer of its own over the dimmed base (highlightLayer.ts), so that an emphasis costs its
 * neighbourhood, not the graph.
 */
import type {
  Core,
  EventObject,
  NodeSingular,
  SingularElementReturnValue,
  StylesheetJson,
} from 'cytoscape';
import { useEffect, useEffectEvent, useRef } from 'react';

import type { Selection } from '../domain/selection';
import type { VisibleGraph } from '../domain/visibleGraph';
import { relationOfEdge } from './elements';
import type { HighlightLayer } from './highlightLayer';
import { POSITIONS_APPLIED } from './layouts';
import { neighbourhoodOf } from './neighbourhood';
import { GRAPH_CLASSES } from './stylesheet';
import { publishEmphasis } from './testHook';
import { readyModule, useLazyModule } from './useLazyModule';

const loadHighlightLayer = () => import('./highlightLayer');

/**
 * Adds or removes the emphasis classes: the focused element and its neighbours stand out and
 * everything else is faded.
 */
function applyEmphasis(cy: Core, focus: Selection | null): void {
  cy.batch(() => {
    // Only the elements that had a class are restyled: removing an absent class changes nothing.
    cy.elements().removeClass(
      `${GRAPH_CLASSES.faded} ${GRAPH_CLASSES.highlighted} ${GRAPH_CLASSES.selected}`,
    );
    if (!focus) return;
    const neighbourhood = neighbourhoodOf(cy, focus);
    if (!neighbourhood) return;
    cy.elements().not(neighbourhood).addClass(GRAPH_CLASSES.faded);
    neighbourhood.addClass(GRAPH_CLASSES.highlighted);
    cy.getElementById(focus.id).addClass(GRAPH_CLASSES.selected);
  });
}

export interface CanvasSelectionOptions {
  visible: VisibleGraph;
  /** The selection as drawn: a relation drawn in a bundle is its bundle. */
  selection: Selection | null;
  onSelect: (selection: Selection | null) => void;
  /** Whether the emphasis is drawn on a layer of its own (large graphs). */
  layered: boolean;
  /** The stylesheet in use: the layer takes it again when it changes (a theme). */
  stylesheet: StylesheetJson;
}

/** Listens for taps and hovers on the canvas (once per instance) and draws the emphasis. */
export function useCanvasSelection(
  cy: Core | null,
  elements: unknown,
  { visible, selection, onSelect, layered, stylesheet }: CanvasSelectionOptions,
): void {
  // Made and destroyed with the instance, before the effects below that draw on it.
  const layerRef = useRef<HighlightLayer | null>(null);
  const layerModule = useLazyModule('The emphasis layer', loadHighlightLayer, layered);
  const initialStylesheet = useEffectEvent(() => stylesheet);
  const show = useEffectEvent((instance: Core, focus: Selection | null) => {
    const layer = layerRef.current;
    if (layer) layer.show(focus);
    // A large graph's emphasis waits the moment its layer takes to load; classes would cost
    // seconds there, and they are what it falls back to if the layer cannot be had.
    else if (!layered || layerModule.status === 'failed') applyEmphasis(instance, focus);
    publishEmphasis(instance, layer);
  });
  const selectTarget = useEffectEvent((target: SingularElementReturnValue) =>
    onSelect(
      target.isNode()
        ? { kind: 'actor', id: target.id() }
        : { kind: 'relation', id: relationOfEdge(target, visible.relationIds) },
    ),
  );
  const clearSelection = useEffectEvent(() => onSelect(null));
  const emphasise = useEffectEvent((instance: Core, hoveredId: string | null) =>
    show(instance, hoveredId === null ? selection : { kind: 'actor', id: hoveredId }),
  );

  const highlightLayer = readyModule(layerModule);
  useEffect(() => {
    if (!cy || !highlightLayer) return;
    const created = highlightLayer.createHighlightLayer(cy, initialStylesheet());
    layerRef.current = created;
    return () => {
      created.destroy();
      layerRef.current = null;
    };
  }, [cy, highlightLayer]);

  useEffect(() => {
    layerRef.current?.restyle(stylesheet);
  }, [cy, highlightLayer, stylesheet]);

  useEffect(() => {
    if (!cy) return;
    const onTapElement = (event: EventObject) =>
      selectTarget(event.target as SingularElementReturnValue);
    const onTapBackground = (event: EventObject) => {
      if (event.target === cy) clearSelection();
    };
    const onHover = (event: EventObject) => emphasise(cy, (event.target as NodeSingular).id());
    const onHoverEnd = () => emphasise(cy, null);
    // New positions move the copies the layer draws; the classes of a small graph stay put.
    const onPositions = () => emphasise(cy, null);
    cy.on('tap', 'node, edge', onTapElement);
    cy.on('tap', onTapBackground);
    cy.on('mouseover', 'node', onHover);
    cy.on('mouseout', 'node', onHoverEnd);
    cy.on(POSITIONS_APPLIED, onPositions);
    return () => {
      if (cy.destroyed()) return;
      cy.off('tap', 'node, edge', onTapElement);
      cy.off('tap', onTapBackground);
      cy.off('mouseover', 'node', onHover);
      cy.off('mouseout', 'node', onHoverEnd);
      cy.off(POSITIONS_APPLIED, onPositions);
    };
  }, [cy]);

  // The layer copies what it draws: a filter that hides some of a drawn neighbourhood draws it
  // again. A small graph's classes need nothing then: a hidden element stays hidden however marked.
  const layeredView = layered ? visible : null;
  useEffect(() => {
    if (cy) show(cy, selection);
  }, [cy, elements, selection, layered, layeredView, layerModule.status]);
}
