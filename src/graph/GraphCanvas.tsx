/**
 * The graph canvas: react-cytoscapejs for mounting, and small effects that each own one
 * imperative concern (events, layout, visibility, emphasis, camera). Elements and the
 * stylesheet are memoised per dataset and theme; the `cy` callback only stores the instance,
 * because react-cytoscapejs calls it on every render.
 */
import cytoscape, { type Core, type EventObject } from 'cytoscape';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';

import type { Dataset } from '../domain/dataset';
import type { Selection } from '../domain/selection';
import type { VisibleGraph } from '../domain/visibleGraph';
import { datasetElements } from './elements';
import { type LayoutName, runLayout } from './layouts';
import { GRAPH_CLASSES, type Theme, graphStylesheet } from './stylesheet';
import { countLayoutRun, exposeToTests } from './testHook';

export interface GraphCanvasProps {
  dataset: Dataset;
  theme: Theme;
  layout: LayoutName;
  visible: VisibleGraph;
  selection: Selection | null;
  onSelect: (selection: Selection | null) => void;
  /** Changes whenever the camera should centre on the selected actor (search, Enter). */
  centerToken?: number;
  /** Accessible name of the canvas region. */
  label: string;
  onLayoutDone?: () => void;
}

const CANVAS_STYLE = { width: '100%', height: '100%' } as const;

/** Adds or removes the emphasis classes: the focused elements and their neighbours stand out. */
function applyEmphasis(cy: Core, focus: Selection | null): void {
  cy.batch(() => {
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
    cy.elements().not(neighbourhood).addClass(GRAPH_CLASSES.faded);
    neighbourhood.addClass(GRAPH_CLASSES.highlighted);
    element.addClass(GRAPH_CLASSES.selected);
  });
}

/** The cytoscape canvas for a dataset and a view. */
export function GraphCanvas({
  dataset,
  theme,
  layout,
  visible,
  selection,
  onSelect,
  centerToken,
  label,
  onLayoutDone,
}: GraphCanvasProps) {
  const [cy, setCy] = useState<Core | null>(null);
  const elements = useMemo(() => datasetElements(dataset), [dataset]);
  const stylesheet = graphStylesheet(theme);

  // Handlers read the latest props through refs, so listeners are attached once per instance.
  const latest = useRef({ onSelect, selection, onLayoutDone });
  useEffect(() => {
    latest.current = { onSelect, selection, onLayoutDone };
  });

  const storeInstance = useCallback((instance: Core) => {
    setCy((current) => (current === instance ? current : instance));
  }, []);

  useEffect(() => {
    if (!cy) return;
    exposeToTests(cy);
    const onTapElement = (event: EventObject) => {
      const target = event.target as cytoscape.SingularElementReturnValue;
      latest.current.onSelect({ kind: target.isNode() ? 'actor' : 'relation', id: target.id() });
    };
    const onTapBackground = (event: EventObject) => {
      if (event.target === cy) latest.current.onSelect(null);
    };
    const onHover = (event: EventObject) => {
      applyEmphasis(cy, { kind: 'actor', id: (event.target as cytoscape.NodeSingular).id() });
    };
    const onHoverEnd = () => applyEmphasis(cy, latest.current.selection);
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
    if (!cy) return;
    let cancelled = false;
    countLayoutRun(cy);
    void runLayout(cy, layout, cytoscape).then(() => {
      if (!cancelled) latest.current.onLayoutDone?.();
    });
    return () => {
      cancelled = true;
    };
  }, [cy, elements, layout]);

  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        node.toggleClass(GRAPH_CLASSES.hidden, !visible.actorIds.has(node.id()));
      });
      cy.edges().forEach((edge) => {
        edge.toggleClass(GRAPH_CLASSES.hidden, !visible.relationIds.has(edge.id()));
      });
    });
  }, [cy, elements, visible]);

  useEffect(() => {
    if (cy) applyEmphasis(cy, selection);
  }, [cy, elements, selection]);

  useEffect(() => {
    if (!cy || centerToken === undefined) return;
    const target = latest.current.selection;
    if (!target) return;
    const element = cy.getElementById(target.id);
    if (element.nonempty()) cy.animate({ center: { eles: element }, duration: 250 });
  }, [cy, centerToken]);

  return (
    <div className="graph-canvas" role="img" aria-label={label}>
      <CytoscapeComponent
        elements={elements}
        stylesheet={stylesheet}
        cy={storeInstance}
        style={CANVAS_STYLE}
        minZoom={0.2}
        maxZoom={4}
        boxSelectionEnabled={false}
      />
    </div>
  );
}
