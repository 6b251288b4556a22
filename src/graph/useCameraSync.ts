/**
 * Keeps the canvas's camera in step with the view: cameraSync.ts decides, this hook does it on
 * cytoscape. It also starts the layout runs, because their order with the view matters: a view
 * change that arrives with a new layout must find the old positions gone, so the layout's effect
 * is declared before the view's.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import { useEffect, useEffectEvent, useRef } from 'react';

import type { Dataset } from '../domain/dataset';
import type { LayoutName } from '../domain/layoutIds';
import type { Selection } from '../domain/selection';
import { type Camera, MAX_ZOOM } from '../domain/view';
import type { VisibleGraph } from '../domain/visibleGraph';
import { FIT_PADDING, USUAL_MIN_ZOOM, cameraOf, fitShown, minZoomFor, showCamera } from './camera';
import {
  type CameraEvent,
  type CameraSyncState,
  initialCameraSync,
  panAfterResize,
  panCentring,
  stepCamera,
  zoomStep,
} from './cameraSync';
import { useLayoutRun } from './useLayoutRun';

// The user's moves are reported once they pause, at most a few times a second.
const CAMERA_REPORT_DELAY_MS = 250;
const CENTRE_DURATION_MS = 250;

export interface CameraSyncOptions {
  dataset: Dataset;
  elements: ElementDefinition[];
  layout: LayoutName;
  /** The steps a ForceAtlas2 run stopped at (null: run to its end). */
  layoutIterations?: number | null;
  /** The view's camera; null fits what is shown. */
  camera: Camera | null;
  /** The part of the graph the view is on (a focus): a new one is framed afresh. */
  frame: string;
  visible: VisibleGraph;
  /** The selection as drawn, for centring on it. */
  selection: Selection | null;
  /** Changes whenever the camera should centre on the selected actor. */
  centerToken: number | undefined;
  onCameraChange: (camera: Camera | null) => void;
  /** The laid-out graph has been drawn. */
  onShown?: () => void;
}

/** What the zoom buttons and keys do. */
export interface CameraControls {
  zoomBy: (factor: number) => void;
  fit: () => void;
}

/** What the canvas keeps between renders. */
interface CanvasCamera {
  sync: CameraSyncState;
  /** Set while the canvas moves itself: such moves are not the user's, and are not reported. */
  movingByCanvas: boolean;
  reportTimer: number | undefined;
}

function cancelReport(canvas: CanvasCamera): void {
  window.clearTimeout(canvas.reportTimer);
  canvas.reportTimer = undefined;
}

function moveByCanvas(canvas: CanvasCamera, move: () => void): void {
  canvas.movingByCanvas = true;
  try {
    move();
  } finally {
    canvas.movingByCanvas = false;
  }
}

/** Applies the view's camera to the canvas and reports the user's moves; returns the controls. */
export function useCameraSync(cy: Core | null, options: CameraSyncOptions): CameraControls {
  const { dataset, elements, layout, camera, frame, visible, selection, centerToken } = options;
  const { onCameraChange, onShown } = options;
  const held = useRef<CanvasCamera>({
    sync: initialCameraSync(frame),
    movingByCanvas: false,
    reportTimer: undefined,
  });

  // Does what the pure core decides. `report` is passed in so that a report waiting on a timer
  // reaches the latest onCameraChange.
  const step = (instance: Core, event: CameraEvent, report: (next: Camera | null) => void) => {
    const canvas = held.current;
    const { state, commands } = stepCamera(canvas.sync, event);
    canvas.sync = state;
    for (const command of commands) {
      switch (command.type) {
        case 'fit':
        case 'show':
          cancelReport(canvas);
          moveByCanvas(canvas, () =>
            command.type === 'show'
              ? showCamera(instance, command.camera)
              : fitShown(instance, visible),
          );
          break;
        case 'cancel-report':
          cancelReport(canvas);
          break;
        case 'schedule-report':
          cancelReport(canvas);
          canvas.reportTimer = window.setTimeout(() => {
            canvas.reportTimer = undefined;
            if (instance.destroyed()) return;
            step(instance, { type: 'report-due', camera: cameraOf(instance) }, report);
          }, CAMERA_REPORT_DELAY_MS);
          break;
        case 'report':
          report(command.camera);
          break;
        case 'centre': {
          const element = instance.getElementById(command.actorId);
          if (element.empty()) break;
          // Centre the node itself: cytoscape's `center` would use its bounding box, label included.
          const size = { width: instance.width(), height: instance.height() };
          instance.animate({
            pan: panCentring(element.position(), instance.zoom(), size),
            duration: CENTRE_DURATION_MS,
          });
          break;
        }
      }
    }
  };
  const reportLatest = useEffectEvent((next: Camera | null) => onCameraChange(next));
  const stepLatest = useEffectEvent((instance: Core, event: CameraEvent) =>
    step(instance, event, (next) => reportLatest(next)),
  );

  useEffect(() => {
    if (!cy) return;
    const canvas = held.current;
    // Set here rather than as props: the least zoom depends on the graph (see the layout).
    cy.maxZoom(MAX_ZOOM);
    if (!canvas.sync.placed) cy.minZoom(USUAL_MIN_ZOOM);
    // The camera's meaning is the graph point at the centre, so a resize keeps that point there.
    let size = { width: cy.width(), height: cy.height() };
    const onResize = () => {
      const next = { width: cy.width(), height: cy.height() };
      const pan = cy.pan();
      if (canvas.sync.placed) cy.minZoom(minZoomFor(cy, FIT_PADDING));
      moveByCanvas(canvas, () => cy.pan(panAfterResize(pan, size, next)));
      size = next;
    };
    const onViewport = () =>
      stepLatest(cy, { type: 'viewport-moved', byCanvas: canvas.movingByCanvas });
    cy.on('viewport', onViewport);
    cy.on('resize', onResize);
    return () => {
      cancelReport(canvas);
      if (cy.destroyed()) return;
      cy.off('viewport', onViewport);
      cy.off('resize', onResize);
    };
  }, [cy]);

  useLayoutRun(cy, dataset, elements, layout, options.layoutIterations ?? null, {
    onStart: (instance) => step(instance, { type: 'layout-started' }, onCameraChange),
    onPlaced: (instance) => {
      // A big graph may zoom out until the whole of it fits, before the camera frames it.
      instance.minZoom(minZoomFor(instance, FIT_PADDING));
      step(instance, { type: 'layout-placed', camera }, onCameraChange);
    },
    onShown,
  });

  useEffect(() => {
    if (cy) stepLatest(cy, { type: 'view-changed', camera, frame });
  }, [cy, camera, frame]);

  const centreOnSelection = useEffectEvent((instance: Core) =>
    step(instance, { type: 'centre-requested', selection }, onCameraChange),
  );
  useEffect(() => {
    if (cy && centerToken !== undefined) centreOnSelection(cy);
  }, [cy, centerToken]);

  return {
    zoomBy: (factor) => {
      if (!cy) return;
      cy.zoom({
        level: zoomStep(cy.zoom(), factor, cy.minZoom(), cy.maxZoom()),
        renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
      });
    },
    fit: () => {
      if (cy) step(cy, { type: 'fit-requested' }, onCameraChange);
    },
  };
}
