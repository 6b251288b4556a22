/**
 * The graph canvas: react-cytoscapejs for mounting, and small effects that each own one
 * imperative concern (events, positions, visibility, camera, emphasis). Elements and the
 * stylesheet are memoised per dataset and theme; the `cy` callback only stores the instance,
 * because react-cytoscapejs calls it on every render. Positions come from the dataset and the
 * layout alone (see layouts.ts); filters only hide elements.
 */
import type {
  Core,
  EdgeSingular,
  EventObject,
  NodeSingular,
  SingularElementReturnValue,
} from 'cytoscape';
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
import { DEFAULT_LOOK, type LookName } from '../domain/looks';
import type { Selection } from '../domain/selection';
import { measureStage, timed } from '../domain/stageTiming';
import { type Camera, MAX_ZOOM } from '../domain/view';
import type { VisibleGraph } from '../domain/visibleGraph';
import { USUAL_MIN_ZOOM, cameraOf, minZoomFor, showCamera } from './camera';
import {
  canvasSelection,
  datasetElements,
  edgeShown,
  relationOfEdge,
  viewApplier,
} from './elements';
import { applyPositions, computePositions } from './layouts';
import { graphScale } from './levelOfDetail';
import { GRAPH_CLASSES, type Theme, graphStylesheet } from './stylesheet';
import { countLayoutRun, exposeToTests } from './testHook';

/** The id of the focusable canvas, for the skip link that leads to it. */
export const GRAPH_SURFACE_ID = 'graph-surface';

export interface GraphCanvasProps {
  dataset: Dataset;
  theme: Theme;
  layout: LayoutName;
  /** How actors are drawn: by kind, or as the file drew them. */
  look?: LookName;
  visible: VisibleGraph;
  selection: Selection | null;
  onSelect: (selection: Selection | null) => void;
  /** Changes whenever the camera should centre on the selected actor (search, Enter). */
  centerToken?: number;
  /** Zoom and pan to show; null fits the visible graph to the canvas. */
  camera: Camera | null;
  /**
   * Names the part of the graph the view is on (a focus). When it changes the camera is applied
   * afresh, so a null camera frames what is now visible; filters that keep it keep the camera.
   */
  frame: string;
  /** Reports the camera after the user pans or zooms (trailing, at most a few times a second). */
  onCameraChange: (camera: Camera | null) => void;
  /** Accessible name of the canvas region. */
  label: string;
  /** Receives the cytoscape instance once it exists, for the exports. */
  onInstance?: (cy: Core) => void;
  /** Called when the laid-out graph has been drawn (for the progress shown until then). */
  onShown?: () => void;
}

const CANVAS_STYLE = { width: '100%', height: '100%' } as const;
const FIT_PADDING = 36;
// Fitting three actors would blow them up to the maximum zoom; past this, a fit centres instead.
export const FIT_MAX_ZOOM = 1.5;

/** Frames the elements, but never closer than FIT_MAX_ZOOM, so a small graph keeps its scale. */
function fitTo(cy: Core, elements: cytoscape.CollectionArgument): void {
  cy.fit(elements, FIT_PADDING);
  if (cy.zoom() <= FIT_MAX_ZOOM) return;
  cy.zoom(FIT_MAX_ZOOM);
  cy.center(elements);
}
const CAMERA_REPORT_DELAY_MS = 250;

/**
 * Production performance marks, read by `npm run bench:browser` (two marks per layout, nothing
 * else). `actor-graph:settled`: the layout's positions are applied and the camera is set.
 * `actor-graph:first-paint`: cytoscape's next draw, the first to show the real picture (draws
 * before it show the elements before their positions exist, so they do not count).
 */
function markGraphShown(cy: Core, onShown?: () => void): void {
  performance.mark('actor-graph:settled');
  const start = performance.now();
  cy.one('render', () => {
    performance.mark('actor-graph:first-paint');
    measureStage('draw', start);
    onShown?.();
  });
}
const PAN_STEP = 60;

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

/**
 * The elements a view shows. Read from the view rather than with cytoscape's `:visible`, which
 * answers from a cache that is only refreshed when the canvas next draws.
 */
function shownElements(cy: Core, visible: VisibleGraph) {
  return cy
    .elements()
    .filter((element) =>
      element.isNode()
        ? visible.actorIds.has(element.id())
        : edgeShown(element as EdgeSingular, visible.relationIds),
    );
}

/** The cytoscape canvas for a dataset and a view. */
export function GraphCanvas({
  dataset,
  theme,
  layout,
  look = DEFAULT_LOOK,
  visible,
  selection,
  onSelect,
  centerToken,
  camera,
  frame,
  onCameraChange,
  label,
  onInstance,
  onShown,
}: GraphCanvasProps) {
  const [cy, setCy] = useState<Core | null>(null);
  const elements = useMemo(() => timed('elements', () => datasetElements(dataset)), [dataset]);
  const scale = graphScale(dataset);
  const stylesheet = graphStylesheet(dataset.vocabulary, theme, scale);
  // A relation drawn in a bundle is emphasised as its bundle.
  const drawnSelection = useMemo(() => canvasSelection(dataset, selection), [dataset, selection]);

  // Handlers read the latest props through refs, so listeners are attached once per instance.
  const fadeOthers = scale === 'small';
  const latest = useRef({
    onSelect,
    selection: drawnSelection,
    camera,
    onCameraChange,
    visible,
    onShown,
    fadeOthers,
  });
  useEffect(() => {
    latest.current = {
      onSelect,
      selection: drawnSelection,
      camera,
      onCameraChange,
      visible,
      onShown,
      fadeOthers,
    };
  });
  // Camera bookkeeping. Moves the canvas makes itself are not reported back; a camera that is
  // the echo of our own report is not applied again; a report still pending when the camera is
  // set from outside (a layout, Back, Fit) is dropped, so it cannot overwrite that camera.
  const applyingCamera = useRef(false);
  const reportedCamera = useRef<Camera | null>(null);
  const reportTimer = useRef<number | undefined>(undefined);
  const layoutReady = useRef(false);

  const cancelReport = useCallback(() => {
    window.clearTimeout(reportTimer.current);
    reportTimer.current = undefined;
  }, []);

  const applyCamera = useCallback(
    (instance: Core, next: Camera | null) => {
      cancelReport();
      applyingCamera.current = true;
      try {
        if (next) showCamera(instance, next);
        else fitTo(instance, shownElements(instance, latest.current.visible));
      } finally {
        applyingCamera.current = false;
      }
      reportedCamera.current = next;
    },
    [cancelReport],
  );

  const storeInstance = useCallback((instance: Core) => {
    if (performance.getEntriesByName('actor-graph:mounted').length === 0) {
      performance.mark('actor-graph:mounted');
    }
    setCy((current) => (current === instance ? current : instance));
  }, []);

  useEffect(() => {
    if (cy) onInstance?.(cy);
  }, [cy, onInstance]);

  useEffect(() => {
    if (!cy) return;
    exposeToTests(cy);
    // Set here rather than as props: the least zoom depends on the graph (see the layout).
    cy.maxZoom(MAX_ZOOM);
    if (!layoutReady.current) cy.minZoom(USUAL_MIN_ZOOM);
    const onTapElement = (event: EventObject) => {
      const target = event.target as SingularElementReturnValue;
      latest.current.onSelect(
        target.isNode()
          ? { kind: 'actor', id: target.id() }
          : { kind: 'relation', id: relationOfEdge(target, latest.current.visible.relationIds) },
      );
    };
    const onTapBackground = (event: EventObject) => {
      if (event.target === cy) latest.current.onSelect(null);
    };
    const onHover = (event: EventObject) => {
      applyEmphasis(
        cy,
        { kind: 'actor', id: (event.target as NodeSingular).id() },
        latest.current.fadeOthers,
      );
    };
    const onHoverEnd = () => applyEmphasis(cy, latest.current.selection, latest.current.fadeOthers);
    // cytoscape keeps the pan in pixels when the canvas changes size, which slides the graph
    // aside; the camera's meaning is the graph point at the centre, so that point is kept.
    let size = { width: cy.width(), height: cy.height() };
    const onResize = () => {
      const next = { width: cy.width(), height: cy.height() };
      const pan = cy.pan();
      if (layoutReady.current) cy.minZoom(minZoomFor(cy, FIT_PADDING));
      applyingCamera.current = true;
      try {
        cy.pan({
          x: pan.x + (next.width - size.width) / 2,
          y: pan.y + (next.height - size.height) / 2,
        });
      } finally {
        applyingCamera.current = false;
      }
      size = next;
    };
    const onViewport = () => {
      if (applyingCamera.current || !layoutReady.current) return;
      cancelReport();
      reportTimer.current = window.setTimeout(() => {
        reportTimer.current = undefined;
        if (cy.destroyed()) return;
        const next = cameraOf(cy);
        reportedCamera.current = next;
        latest.current.onCameraChange(next);
      }, CAMERA_REPORT_DELAY_MS);
    };
    cy.on('tap', 'node, edge', onTapElement);
    cy.on('tap', onTapBackground);
    cy.on('mouseover', 'node', onHover);
    cy.on('mouseout', 'node', onHoverEnd);
    cy.on('viewport', onViewport);
    cy.on('resize', onResize);
    return () => {
      cancelReport();
      if (cy.destroyed()) return;
      cy.off('tap', 'node, edge', onTapElement);
      cy.off('tap', onTapBackground);
      cy.off('mouseover', 'node', onHover);
      cy.off('mouseout', 'node', onHoverEnd);
      cy.off('viewport', onViewport);
      cy.off('resize', onResize);
    };
  }, [cy, cancelReport]);

  useEffect(() => {
    if (!cy) return;
    let cancelled = false;
    layoutReady.current = false;
    cancelReport();
    void computePositions(dataset, layout).then(({ positions }) => {
      if (cancelled || cy.destroyed()) return;
      applyPositions(cy, positions);
      // A big graph may zoom out until the whole of it fits, before the camera frames it.
      cy.minZoom(minZoomFor(cy, FIT_PADDING));
      layoutReady.current = true;
      applyCamera(cy, latest.current.camera);
      countLayoutRun(cy);
      markGraphShown(cy, () => latest.current.onShown?.());
    });
    return () => {
      cancelled = true;
    };
  }, [cy, dataset, elements, layout, applyCamera, cancelReport]);

  // Before the camera: a fit must see what the new view shows. Only the elements whose
  // visibility changed are touched (a filter click at 20,000 relations changes a few hundred),
  // in one batch and one class change per direction, so cytoscape restyles just those.
  // Recreated with the elements: new elements carry no classes, so everything starts shown.
  const showView = useMemo(
    () => (cy && elements ? viewApplier(cy, dataset) : null),
    [cy, dataset, elements],
  );
  useEffect(() => {
    showView?.(visible);
  }, [showView, visible]);

  const shownFrame = useRef(frame);
  useEffect(() => {
    if (!cy || !layoutReady.current) return;
    const reframe = frame !== shownFrame.current;
    shownFrame.current = frame;
    if (!reframe && camera === reportedCamera.current) return;
    applyCamera(cy, camera);
  }, [cy, camera, frame, applyCamera]);

  useEffect(() => {
    if (!cy) return;
    // One class on every node, in one batch: the stylesheet holds both looks.
    cy.batch(() => {
      if (look === 'file') cy.nodes().addClass(GRAPH_CLASSES.fileLook);
      else cy.nodes().removeClass(GRAPH_CLASSES.fileLook);
    });
  }, [cy, elements, look]);

  useEffect(() => {
    if (cy) applyEmphasis(cy, drawnSelection, fadeOthers);
  }, [cy, elements, drawnSelection, fadeOthers]);

  useEffect(() => {
    if (!cy || centerToken === undefined) return;
    const target = latest.current.selection;
    if (target?.kind !== 'actor') return;
    const element = cy.getElementById(target.id);
    if (element.empty()) return;
    // Centre the node itself: cytoscape's `center` would use its bounding box, label included.
    const position = element.position();
    const zoom = cy.zoom();
    cy.animate({
      pan: { x: cy.width() / 2 - position.x * zoom, y: cy.height() / 2 - position.y * zoom },
      duration: 250,
    });
  }, [cy, centerToken]);

  // The same element while the dataset and the look stay: react-cytoscapejs compares every
  // element with its previous definition on each render (tens of ms at 20,000 relations), and
  // a view change has nothing for it to do; the effects above apply it.
  const canvas = useMemo(
    () => (
      <CytoscapeComponent
        // A constructor option: a graph of the other scale gets a canvas of its own.
        key={scale}
        // While a large graph pans or zooms, the canvas moves a picture of it and draws it
        // afresh when the move ends (at 20,000 relations a drag step took 400 ms, now 50 ms).
        textureOnViewport={scale === 'large'}
        elements={elements}
        stylesheet={stylesheet}
        cy={storeInstance}
        style={CANVAS_STYLE}
        boxSelectionEnabled={false}
      />
    ),
    [elements, stylesheet, storeInstance, scale],
  );

  const hintId = useId();
  const zoomBy = (factor: number) => {
    if (!cy) return;
    const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
    cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };
  // Fit acts on the canvas at once: the view's camera may already be "fitted" (null) while
  // filters have since changed what is visible.
  const fit = () => {
    if (cy) applyCamera(cy, null);
    onCameraChange(null);
  };
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
    else if (event.key === '0') fit();
    else if (event.key === 'Escape') onSelect(null);
    else return;
    event.preventDefault();
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
        <button type="button" className="button small" onClick={fit}>
          Fit
        </button>
      </div>
      <p id={hintId} className="visually-hidden">
        Arrow keys pan, plus and minus zoom, 0 fits the graph, Escape clears the selection.
      </p>
      <div
        id={GRAPH_SURFACE_ID}
        className="graph-surface"
        role="application"
        aria-roledescription="graph"
        aria-label={label}
        aria-describedby={hintId}
        tabIndex={0}
        onKeyDown={onKeyDown}
      >
        {canvas}
      </div>
    </div>
  );
}
