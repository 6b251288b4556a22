/**
 * The graph canvas, composed: react-cytoscapejs mounts it, and each imperative concern has its
 * own hook: the layout runs and the camera (useCameraSync.ts), taps, hovers and emphasis
 * (useCanvasSelection.ts), the browser tests' hook and the marks (canvasInstrumentation.ts);
 * visibility and the look are the two small effects here. Elements and the stylesheet are
 * memoised per dataset and theme. Positions come from the dataset and the layout alone (see
 * layouts.ts); filters only hide elements.
 */
import type { Core } from 'cytoscape';
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';

import type { Dataset } from '../domain/dataset';
import type { LayoutName } from '../domain/layoutIds';
import { DEFAULT_LOOK, type LookName } from '../domain/looks';
import type { Selection } from '../domain/selection';
import { timed } from '../domain/stageTiming';
import type { Camera } from '../domain/view';
import type { VisibleGraph } from '../domain/visibleGraph';
import { KEYBOARD_HINT, ZoomButtons, canvasKeyHandler } from './CanvasControls';
import { markCanvasMounted, useTestHook } from './canvasInstrumentation';
import { canvasSelection, datasetElements, viewApplier } from './elements';
import { graphScale } from './levelOfDetail';
import { GRAPH_CLASSES, type Theme, graphStylesheet } from './stylesheet';
import { useCameraSync } from './useCameraSync';
import { useCanvasSelection } from './useCanvasSelection';
import { useCommunityLook } from './useCommunityLook';
import { useHubLabels } from './useHubLabels';
import { readyModule, useLazyModule } from './useLazyModule';

const loadGridHitTesting = () => import('./gridHitTesting');

/** The id of the focusable canvas, for the skip link that leads to it. */
export const GRAPH_SURFACE_ID = 'graph-surface';

export interface GraphCanvasProps {
  dataset: Dataset;
  theme: Theme;
  layout: LayoutName;
  /** The steps a ForceAtlas2 run stopped at (null or absent: run to its end). */
  layoutIterations?: number | null;
  /** How actors are drawn: by kind, as the file drew them, or by community. */
  look?: LookName;
  /** Each actor's community colour, drawn in the community look (see useCommunityLook.ts). */
  communityColors?: ReadonlyMap<string, string> | null;
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

/** The cytoscape canvas for a dataset and a view. */
export function GraphCanvas({
  dataset,
  theme,
  layout,
  layoutIterations,
  look = DEFAULT_LOOK,
  communityColors = null,
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

  // react-cytoscapejs calls this on every render: it only stores the instance.
  const storeInstance = useCallback((instance: Core) => {
    markCanvasMounted();
    setCy((current) => (current === instance ? current : instance));
  }, []);

  useEffect(() => {
    if (cy) onInstance?.(cy);
  }, [cy, onInstance]);
  useTestHook(cy);

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

  const controls = useCameraSync(cy, {
    dataset,
    elements,
    layout,
    layoutIterations,
    camera,
    frame,
    visible,
    selection: drawnSelection,
    centerToken,
    onCameraChange,
    onShown,
  });

  useEffect(() => {
    if (!cy) return;
    // One class on every node, in one batch: the stylesheet holds both looks.
    cy.batch(() => {
      if (look === 'file') cy.nodes().addClass(GRAPH_CLASSES.fileLook);
      else cy.nodes().removeClass(GRAPH_CLASSES.fileLook);
    });
  }, [cy, elements, look]);
  useCommunityLook(cy, elements, look === 'community' ? communityColors : null);
  useHubLabels(cy, dataset, visible, scale === 'large');

  // A large graph finds the element under the pointer through a grid (gridHitTesting.ts); until
  // it is loaded, cytoscape's own search does, slowly.
  const gridHitTesting = readyModule(
    useLazyModule('Grid hit testing', loadGridHitTesting, scale === 'large'),
  );
  useEffect(
    () => (cy && gridHitTesting ? gridHitTesting.installGridHitTesting(cy) : undefined),
    [cy, gridHitTesting],
  );

  useCanvasSelection(cy, elements, {
    visible,
    selection: drawnSelection,
    onSelect,
    layered: scale === 'large',
    stylesheet,
  });

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
        // Selection lives in the view state; cytoscape's own, and grabbing an actor to drag it,
        // would restyle and redraw all of a large graph on every press.
        autounselectify={scale === 'large'}
        autoungrabify={scale === 'large'}
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
  return (
    <div className="graph-canvas">
      <ZoomButtons controls={controls} />
      <p id={hintId} className="visually-hidden">
        {KEYBOARD_HINT}
      </p>
      <div
        id={GRAPH_SURFACE_ID}
        className="graph-surface"
        role="application"
        aria-roledescription="graph"
        aria-label={label}
        aria-describedby={hintId}
        tabIndex={0}
        onKeyDown={canvasKeyHandler(cy, controls, () => onSelect(null))}
      >
        {canvas}
      </div>
    </div>
  );
}
