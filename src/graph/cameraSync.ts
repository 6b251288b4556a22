/**
 * When the canvas's camera follows the view, decided without cytoscape or React: each event (a
 * layout placed, the view changed, the user moved, Fit) gives the next state and what to do.
 * useCameraSync.ts does it on the canvas.
 *
 * The rules: a new layout's positions are framed by the view's camera (null fits what is shown);
 * a new frame (a focus) is framed afresh; a view camera that is the very camera the canvas last
 * showed or reported is an echo and changes nothing, while any other (Back, a link) is shown;
 * the user's own moves are reported, the canvas's are not; Fit fits at once and reports that the
 * view is fitted; a search centres the selected actor.
 */
import type { Selection } from '../domain/selection';
import type { Camera } from '../domain/view';

export interface CameraSyncState {
  /** The current layout's positions are on the canvas: until then there is nothing to frame. */
  placed: boolean;
  /** The frame (a focus) the camera was last set for. */
  frame: string;
  /** The camera the canvas last showed or reported; the view handing it back is an echo. */
  known: Camera | null;
}

export type CameraEvent =
  /** A layout run began: the positions on the canvas are about to be replaced. */
  | { type: 'layout-started' }
  /** The layout's positions are on the canvas; `camera` is the view's camera then. */
  | { type: 'layout-placed'; camera: Camera | null }
  /** The view's camera or frame changed. */
  | { type: 'view-changed'; camera: Camera | null; frame: string }
  /** The canvas's viewport moved; `byCanvas` when it was the canvas setting a camera. */
  | { type: 'viewport-moved'; byCanvas: boolean }
  /** The user has stopped moving for a moment; `camera` is where the canvas is now. */
  | { type: 'report-due'; camera: Camera }
  /** The Fit button or key. */
  | { type: 'fit-requested' }
  /** A search or Enter asked to bring the selection into view. */
  | { type: 'centre-requested'; selection: Selection | null };

/**
 * What to do on the canvas. Showing or fitting drops a report still pending, so it cannot
 * overwrite the camera just set; an empty list keeps the camera as it is.
 */
export type CameraCommand =
  | { type: 'fit' }
  | { type: 'show'; camera: Camera }
  | { type: 'cancel-report' }
  | { type: 'schedule-report' }
  | { type: 'report'; camera: Camera | null }
  /** Pans, keeping the zoom, until the actor is at the centre of the canvas. */
  | { type: 'centre'; actorId: string };

export interface CameraStep {
  state: CameraSyncState;
  commands: CameraCommand[];
}

/** Before the first layout: nothing placed, nothing shown yet. */
export function initialCameraSync(frame: string): CameraSyncState {
  return { placed: false, frame, known: null };
}

/** Shows a camera, or fits what is shown for none. */
function frameWith(camera: Camera | null): CameraCommand {
  return camera ? { type: 'show', camera } : { type: 'fit' };
}

/** The next state, and what the canvas should do, after an event. */
export function stepCamera(state: CameraSyncState, event: CameraEvent): CameraStep {
  switch (event.type) {
    case 'layout-started':
      return { state: { ...state, placed: false }, commands: [{ type: 'cancel-report' }] };
    case 'layout-placed':
      return {
        state: { ...state, placed: true, known: event.camera },
        commands: [frameWith(event.camera)],
      };
    case 'view-changed': {
      // Before the positions exist the view is not applied (nor its frame noted): the layout's
      // end applies the camera the view has then.
      if (!state.placed) return { state, commands: [] };
      const reframe = event.frame !== state.frame;
      if (!reframe && event.camera === state.known) {
        return { state: { ...state, frame: event.frame }, commands: [] };
      }
      return {
        state: { ...state, frame: event.frame, known: event.camera },
        commands: [frameWith(event.camera)],
      };
    }
    case 'viewport-moved':
      return {
        state,
        commands: state.placed && !event.byCanvas ? [{ type: 'schedule-report' }] : [],
      };
    case 'report-due':
      return {
        state: { ...state, known: event.camera },
        commands: [{ type: 'report', camera: event.camera }],
      };
    case 'fit-requested':
      // At once, not through the view: its camera may already be null while filters have since
      // changed what is shown.
      return {
        state: { ...state, known: null },
        commands: [{ type: 'fit' }, { type: 'report', camera: null }],
      };
    case 'centre-requested':
      // A relation has no one point to centre; the move is the user's, so it is reported.
      return {
        state,
        commands:
          event.selection?.kind === 'actor'
            ? [{ type: 'centre', actorId: event.selection.id }]
            : [],
      };
  }
}

interface Size {
  width: number;
  height: number;
}

interface Point {
  x: number;
  y: number;
}

/** The pan that puts a graph point at the centre of a canvas of this size, at this zoom. */
export function panCentring(point: Point, zoom: number, size: Size): Point {
  return { x: size.width / 2 - point.x * zoom, y: size.height / 2 - point.y * zoom };
}

/**
 * The pan that keeps the graph point at the centre where it was when the canvas changes size
 * (cytoscape keeps the pan in pixels, which slides the graph aside).
 */
export function panAfterResize(pan: Point, before: Size, after: Size): Point {
  return {
    x: pan.x + (after.width - before.width) / 2,
    y: pan.y + (after.height - before.height) / 2,
  };
}

/** The zoom after one step of the zoom buttons or keys, within what the canvas allows. */
export function zoomStep(zoom: number, factor: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, zoom * factor));
}
