/**
 * The graph canvas: react-cytoscapejs for mounting, and small effects that each own one
 * imperative concern (events, layout, visibility, emphasis, camera). Elements and the
 * stylesheet are memoised per dataset and theme; the `cy` callback only stores the instance,
 * because react-cytoscapejs calls it on every render.
 */
import cytoscape, { type Core, type EventObject } from 'cytoscape';
import {
  type KeyboardEvent,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import CytoscapeComponent from 'react-cytoscapejs';

import type { Dataset } from '../domain/dataset';
import type { LayoutName } from '../domain/layoutIds';
import type { Selection } from '../domain/selection';
import type { Camera } from '../domain/view';
import type { VisibleGraph } from '../domain/visibleGraph';
import { datasetElements } from './elements';
import { runLayout } from './layouts';
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
  /** Zoom and pan to show; null fits the visible graph to the canvas. */
  camera: Camera | null;
  /** Reports the camera after the user pans or zooms (trailing, at most a few times a second). */
  onCameraChange: (camera: Camera | null) => void;
  /** Accessible name of the canvas region. */
  label: string;
}

const FIT_PADDING = 36;
const CAMERA_REPORT_DELAY_MS = 250;

/** The camera as a link stores it: zoom to 2 decimals, pan to whole pixels. */
function roundedCamera(cy: Core): Camera {
  const pan = cy.pan();
  return { zoom: Math.round(cy.zoom() * 100) / 100, x: Math.round(pan.x), y: Math.round(pan.y) };
}

function sameCamera(a: Camera | null, b: Camera | null): boolean {
  return a === b || (a !== null && b !== null && a.zoom === b.zoom && a.x === b.x && a.y === b.y);
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
  camera,
  onCameraChange,
  label,
}: GraphCanvasProps) {
  const [cy, setCy] = useState<Core | null>(null);
  const elements = useMemo(() => datasetElements(dataset), [dataset]);
  const stylesheet = graphStylesheet(theme);

  // Handlers read the latest props through refs, so listeners are attached once per instance.
  const latest = useRef({ onSelect, selection, camera, onCameraChange });
  useEffect(() => {
    latest.current = { onSelect, selection, camera, onCameraChange };
  });
  // Camera bookkeeping: programmatic moves are not reported back, and a camera that comes
  // back from our own report is not applied again (the user may have moved on since).
  const applyingCamera = useRef(false);
  const reportedCamera = useRef<Camera | null>(null);
  const layoutReady = useRef(false);

  const applyCamera = useCallback((instance: Core, next: Camera | null) => {
    applyingCamera.current = true;
    try {
      if (next) instance.viewport({ zoom: next.zoom, pan: { x: next.x, y: next.y } });
      else instance.fit(instance.elements(':visible'), FIT_PADDING);
    } finally {
      applyingCamera.current = false;
    }
    reportedCamera.current = next;
  }, []);

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
    let reportTimer: number | undefined;
    const onViewport = () => {
      if (applyingCamera.current || !layoutReady.current) return;
      window.clearTimeout(reportTimer);
      reportTimer = window.setTimeout(() => {
        if (cy.destroyed()) return;
        const next = roundedCamera(cy);
        reportedCamera.current = next;
        latest.current.onCameraChange(next);
      }, CAMERA_REPORT_DELAY_MS);
    };
    cy.on('tap', 'node, edge', onTapElement);
    cy.on('tap', onTapBackground);
    cy.on('mouseover', 'node', onHover);
    cy.on('mouseout', 'node', onHoverEnd);
    cy.on('viewport', onViewport);
    return () => {
      window.clearTimeout(reportTimer);
      if (cy.destroyed()) return;
      cy.off('tap', 'node, edge', onTapElement);
      cy.off('tap', onTapBackground);
      cy.off('mouseover', 'node', onHover);
      cy.off('mouseout', 'node', onHoverEnd);
      cy.off('viewport', onViewport);
    };
  }, [cy]);

  useEffect(() => {
    if (!cy) return;
    let cancelled = false;
    layoutReady.current = false;
    void runLayout(cy, layout, cytoscape).then(() => {
      if (cancelled || cy.destroyed()) return;
      layoutReady.current = true;
      applyCamera(cy, latest.current.camera);
      countLayoutRun(cy);
    });
    return () => {
      cancelled = true;
    };
  }, [cy, elements, layout, applyCamera]);

  useEffect(() => {
    if (!cy || !layoutReady.current || sameCamera(camera, reportedCamera.current)) return;
    applyCamera(cy, camera);
  }, [cy, camera, applyCamera]);

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
    if (element.empty() || !element.isNode()) return;
    // Centre the node itself: cytoscape's `center` would use its bounding box, label included.
    const position = element.position();
    const zoom = cy.zoom();
    cy.animate({
      pan: { x: cy.width() / 2 - position.x * zoom, y: cy.height() / 2 - position.y * zoom },
      duration: 250,
    });
  }, [cy, centerToken]);

  const hintId = useId();
  const PAN_STEP = 60;
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!cy || event.altKey || event.ctrlKey || event.metaKey) return;
    const pans: Record<string, [number, number]> = {
      ArrowLeft: [PAN_STEP, 0],
      ArrowRight: [-PAN_STEP, 0],
      ArrowUp: [0, PAN_STEP],
      ArrowDown: [0, -PAN_STEP],
    };
    const pan = pans[event.key];
    if (pan) cy.panBy({ x: pan[0], y: pan[1] });
    else if (event.key === '+' || event.key === '=') zoomBy(1.25);
    else if (event.key === '-') zoomBy(0.8);
    else if (event.key === '0') onCameraChange(null);
    else if (event.key === 'Escape') onSelect(null);
    else return;
    event.preventDefault();
  };

  const zoomBy = (factor: number) => {
    if (!cy) return;
    const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
    cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };

  return (
    <div className="graph-canvas">
      <div className="camera-controls" role="group" aria-label="Zoom">
        <button type="button" className="button small" onClick={() => zoomBy(1.25)}>
          Zoom in
        </button>
        <button type="button" className="button small" onClick={() => zoomBy(0.8)}>
          Zoom out
        </button>
        <button type="button" className="button small" onClick={() => onCameraChange(null)}>
          Fit
        </button>
      </div>
      <p id={hintId} className="visually-hidden">
        Arrow keys pan, plus and minus zoom, 0 fits the graph, Escape clears the selection.
      </p>
      <div
        className="graph-surface"
        role="img"
        aria-label={label}
        aria-describedby={hintId}
        tabIndex={0}
        onKeyDown={onKeyDown}
      >
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
    </div>
  );
}
