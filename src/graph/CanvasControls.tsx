/** The canvas's zoom buttons and keys, for those who do not use a wheel or a touchpad. */
import type { Core } from 'cytoscape';
import type { KeyboardEvent } from 'react';

import type { CameraControls } from './useCameraSync';

const PAN_STEP = 60;
const ZOOM_IN = 1.25;
const ZOOM_OUT = 0.8;

/** What the keys do, said to screen readers beside the canvas. */
export const KEYBOARD_HINT =
  'Arrow keys pan, plus and minus zoom, 0 fits the graph, Escape clears the selection.';

/** Zoom in, Zoom out and Fit. */
export function ZoomButtons({ controls }: { controls: CameraControls }) {
  return (
    <div className="camera-controls" role="group" aria-label="Zoom" data-over-canvas>
      <button type="button" className="button small" onClick={() => controls.zoomBy(ZOOM_IN)}>
        Zoom in
      </button>
      <button type="button" className="button small" onClick={() => controls.zoomBy(ZOOM_OUT)}>
        Zoom out
      </button>
      <button type="button" className="button small" onClick={controls.fit}>
        Fit
      </button>
    </div>
  );
}

/** The canvas's key handler: arrows pan, plus and minus zoom, 0 fits, Escape clears. */
export function canvasKeyHandler(
  cy: Core | null,
  controls: CameraControls,
  clearSelection: () => void,
): (event: KeyboardEvent<HTMLElement>) => void {
  return (event) => {
    if (!cy || event.altKey || event.ctrlKey || event.metaKey) return;
    const pans: Record<string, [number, number]> = {
      ArrowLeft: [PAN_STEP, 0],
      ArrowRight: [-PAN_STEP, 0],
      ArrowUp: [0, PAN_STEP],
      ArrowDown: [0, -PAN_STEP],
    };
    const pan = pans[event.key];
    if (pan) cy.panBy({ x: pan[0], y: pan[1] });
    else if (event.key === '+' || event.key === '=') controls.zoomBy(ZOOM_IN);
    else if (event.key === '-') controls.zoomBy(ZOOM_OUT);
    else if (event.key === '0') controls.fit();
    else if (event.key === 'Escape') clearSelection();
    else return;
    event.preventDefault();
  };
}
