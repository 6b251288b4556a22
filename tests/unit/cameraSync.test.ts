import { describe, expect, it } from 'vitest';

import {
  type CameraCommand,
  type CameraEvent,
  type CameraSyncState,
  initialCameraSync,
  panAfterResize,
  panCentring,
  stepCamera,
  zoomStep,
} from '../../src/graph/cameraSync';

const linkCamera = { zoom: 0.8, x: 100, y: -50 };
const userCamera = { zoom: 1.2, x: 30, y: 40 };
const FOCUS = 'belarus:1';

/** Runs events from a state; gives the state after them and what the last one asked for. */
function play(
  events: CameraEvent[],
  from: CameraSyncState = initialCameraSync(''),
): { state: CameraSyncState; commands: CameraCommand[] } {
  let state = from;
  let commands: CameraCommand[] = [];
  for (const event of events) ({ state, commands } = stepCamera(state, event));
  return { state, commands };
}

/** A canvas whose layout has placed its actors, fitted. */
const placed = play([{ type: 'layout-started' }, { type: 'layout-placed', camera: null }]).state;

/** The same canvas after the user panned and the view took the camera the canvas reported. */
const panned = play(
  [
    { type: 'viewport-moved', byCanvas: false },
    { type: 'report-due', camera: userCamera },
  ],
  placed,
).state;

describe('when a layout has placed the actors', () => {
  it('a new dataset, or a link without a camera, fits what is shown', () => {
    const { state, commands } = play([
      { type: 'layout-started' },
      { type: 'layout-placed', camera: null },
    ]);
    expect(commands).toEqual([{ type: 'fit' }]);
    expect(state.placed).toBe(true);
  });

  it('a link with a camera opens on that camera, not on a fit', () => {
    const { commands } = play([
      { type: 'layout-started' },
      { type: 'layout-placed', camera: linkCamera },
    ]);
    expect(commands).toEqual([{ type: 'show', camera: linkCamera }]);
  });

  it('a new layout drops a report still pending, so it cannot overwrite the camera to come', () => {
    const { state, commands } = play(
      [{ type: 'viewport-moved', byCanvas: false }, { type: 'layout-started' }],
      placed,
    );
    expect(commands).toEqual([{ type: 'cancel-report' }]);
    expect(state.placed).toBe(false);
  });

  it('a later layout applies the camera the view has then (the user’s stays)', () => {
    const { commands } = play(
      [{ type: 'layout-started' }, { type: 'layout-placed', camera: userCamera }],
      panned,
    );
    expect(commands).toEqual([{ type: 'show', camera: userCamera }]);
  });
});

describe('before the layout has placed the actors', () => {
  const waiting = initialCameraSync('');

  it('a view change is left for the layout’s end, frame included', () => {
    const { state, commands } = play(
      [{ type: 'view-changed', camera: linkCamera, frame: FOCUS }],
      waiting,
    );
    expect(commands).toEqual([]);
    expect(state).toEqual(waiting);
  });

  it('the canvas moving is not the user’s move, and is not reported', () => {
    expect(play([{ type: 'viewport-moved', byCanvas: false }], waiting).commands).toEqual([]);
  });
});

describe('when the view changes', () => {
  it('a filter that keeps the frame keeps the user’s pan and zoom', () => {
    // The view hands back the very camera the canvas reported.
    const { commands } = play([{ type: 'view-changed', camera: userCamera, frame: '' }], panned);
    expect(commands).toEqual([]);
  });

  it('a filter that keeps a fitted view keeps the canvas as it is', () => {
    const { commands } = play([{ type: 'view-changed', camera: null, frame: '' }], placed);
    expect(commands).toEqual([]);
  });

  it('choosing a focus frames its part of the graph', () => {
    const { state, commands } = play(
      [{ type: 'view-changed', camera: null, frame: FOCUS }],
      panned,
    );
    expect(commands).toEqual([{ type: 'fit' }]);
    expect(state.frame).toBe(FOCUS);
  });

  it('a focus link with a camera opens on that camera', () => {
    const { commands } = play([{ type: 'view-changed', camera: linkCamera, frame: FOCUS }], placed);
    expect(commands).toEqual([{ type: 'show', camera: linkCamera }]);
  });

  it('Back brings back the camera the earlier view had', () => {
    const focused = play([{ type: 'view-changed', camera: null, frame: FOCUS }], panned).state;
    const back = { ...linkCamera };
    const { state, commands } = play([{ type: 'view-changed', camera: back, frame: '' }], focused);
    expect(commands).toEqual([{ type: 'show', camera: back }]);
    // Its echo afterwards changes nothing.
    expect(play([{ type: 'view-changed', camera: back, frame: '' }], state).commands).toEqual([]);
  });

  it('Back within the same frame to another camera shows that camera', () => {
    const earlier = { zoom: 0.5, x: 0, y: 0 };
    const { commands } = play([{ type: 'view-changed', camera: earlier, frame: '' }], panned);
    expect(commands).toEqual([{ type: 'show', camera: earlier }]);
  });
});

describe('the user moving the canvas', () => {
  it('is reported once the move pauses, and the view’s echo of it changes nothing', () => {
    expect(play([{ type: 'viewport-moved', byCanvas: false }], placed).commands).toEqual([
      { type: 'schedule-report' },
    ]);
    const reported = play([{ type: 'report-due', camera: userCamera }], placed);
    expect(reported.commands).toEqual([{ type: 'report', camera: userCamera }]);
    const echo = play([{ type: 'view-changed', camera: userCamera, frame: '' }], reported.state);
    expect(echo.commands).toEqual([]);
  });

  it('is told apart from the canvas setting a camera, which is not reported', () => {
    expect(play([{ type: 'viewport-moved', byCanvas: true }], placed).commands).toEqual([]);
  });
});

describe('Fit', () => {
  it('fits at once and reports a fitted view, even when the view was already fitted', () => {
    const { state, commands } = play([{ type: 'fit-requested' }], placed);
    expect(commands).toEqual([{ type: 'fit' }, { type: 'report', camera: null }]);
    // The view's fitted camera coming back is an echo: no second fit.
    expect(play([{ type: 'view-changed', camera: null, frame: '' }], state).commands).toEqual([]);
  });

  it('after a pan, the view’s fitted camera coming back keeps the fit', () => {
    const { state } = play([{ type: 'fit-requested' }], panned);
    expect(play([{ type: 'view-changed', camera: null, frame: '' }], state).commands).toEqual([]);
  });
});

describe('centring on the selection (search, Enter)', () => {
  it('centres the selected actor', () => {
    const selection = { kind: 'actor', id: 'russia' } as const;
    expect(play([{ type: 'centre-requested', selection }], placed).commands).toEqual([
      { type: 'centre', actorId: 'russia' },
    ]);
  });

  it('leaves the camera for a selected relation, or no selection', () => {
    const relation = { kind: 'relation', id: 'r1' } as const;
    expect(play([{ type: 'centre-requested', selection: relation }], placed).commands).toEqual([]);
    expect(play([{ type: 'centre-requested', selection: null }], placed).commands).toEqual([]);
  });
});

describe('camera geometry', () => {
  const size = { width: 800, height: 600 };
  /** The graph point at the centre of the canvas, as cameraOf reads it. */
  const centreOf = (pan: { x: number; y: number }, zoom: number, of = size) => ({
    x: (of.width / 2 - pan.x) / zoom,
    y: (of.height / 2 - pan.y) / zoom,
  });

  it('centring puts the graph point at the middle of the canvas, at the same zoom', () => {
    const point = { x: 120, y: -35 };
    expect(centreOf(panCentring(point, 1.5, size), 1.5)).toEqual(point);
  });

  it('resizing the window keeps the graph point at the centre of the canvas', () => {
    const pan = { x: 140, y: -60 };
    const smaller = { width: 660, height: 440 };
    const after = centreOf(panAfterResize(pan, size, smaller), 0.7, smaller);
    const before = centreOf(pan, 0.7);
    expect(after.x).toBeCloseTo(before.x, 9);
    expect(after.y).toBeCloseTo(before.y, 9);
  });

  it('the zoom buttons stop at the canvas’s least and greatest zoom', () => {
    expect(zoomStep(1, 1.25, 0.2, 4)).toBe(1.25);
    expect(zoomStep(3.6, 1.25, 0.2, 4)).toBe(4);
    expect(zoomStep(0.22, 0.8, 0.2, 4)).toBe(0.2);
  });
});
