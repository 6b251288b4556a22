/** Converting between cytoscape's viewport (zoom, pan in screen pixels) and a view's camera. */
import type { Core } from 'cytoscape';

import { type Camera, roundCamera } from '../domain/view';

/** The camera the canvas shows now: its zoom and the graph point at its centre, rounded. */
export function cameraOf(cy: Core): Camera {
  const zoom = cy.zoom();
  const pan = cy.pan();
  return roundCamera({
    zoom,
    x: (cy.width() / 2 - pan.x) / zoom,
    y: (cy.height() / 2 - pan.y) / zoom,
  });
}

/** Points the canvas at a camera, whatever the canvas's size. */
export function showCamera(cy: Core, camera: Camera): void {
  cy.viewport({
    zoom: camera.zoom,
    pan: {
      x: cy.width() / 2 - camera.x * camera.zoom,
      y: cy.height() / 2 - camera.y * camera.zoom,
    },
  });
}
