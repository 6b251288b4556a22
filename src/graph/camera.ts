/**
 * Converting between cytoscape's viewport (zoom, pan in screen pixels) and a view's camera, and
 * framing what a view shows.
 */
import type { CollectionArgument, Core, EdgeSingular } from 'cytoscape';

import { type Camera, MIN_ZOOM, roundCamera } from '../domain/view';
import type { VisibleGraph } from '../domain/visibleGraph';
import { panCentring } from './cameraSync';
import { edgeShown } from './elements';
import { NODE_METRICS } from './stylesheet';

/** The room left around the graph when it is fitted to the canvas, in screen pixels. */
export const FIT_PADDING = 36;
// Fitting three actors would blow them up to the maximum zoom; past this, a fit centres instead.
export const FIT_MAX_ZOOM = 1.5;

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

/**
 * Points the canvas at a camera, whatever the canvas's size. A zoom beyond what this graph allows
 * (a link's zoom, written for a bigger graph) is brought within it, about the same centre.
 */
export function showCamera(cy: Core, camera: Camera): void {
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), camera.zoom));
  cy.viewport({ zoom, pan: panCentring(camera, zoom, { width: cy.width(), height: cy.height() }) });
}

/** Frames the elements, but never closer than FIT_MAX_ZOOM, so a small graph keeps its scale. */
function fitTo(cy: Core, elements: CollectionArgument): void {
  cy.fit(elements, FIT_PADDING);
  if (cy.zoom() <= FIT_MAX_ZOOM) return;
  cy.zoom(FIT_MAX_ZOOM);
  cy.center(elements);
}

/**
 * Frames what a view shows. Read from the view rather than with cytoscape's `:visible`, which
 * answers from a cache that is only refreshed when the canvas next draws.
 */
export function fitShown(cy: Core, visible: VisibleGraph): void {
  fitTo(
    cy,
    cy
      .elements()
      .filter((element) =>
        element.isNode()
          ? visible.actorIds.has(element.id())
          : edgeShown(element as EdgeSingular, visible.relationIds),
      ),
  );
}

/** A graph that fits the canvas at this zoom or closer can be zoomed out to here and no further. */
export const USUAL_MIN_ZOOM = 0.2;

/**
 * How far out the canvas may zoom for the graph it holds: USUAL_MIN_ZOOM, or, for a graph too big
 * to fit at that zoom, half the zoom at which the whole of it fits (every actor, hidden or not, so
 * a filter never changes it), never below MIN_ZOOM.
 */
export function minZoomFor(cy: Core, padding: number): number {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  // From the positions: cytoscape's bounding box leaves out hidden actors.
  cy.nodes().forEach((node) => {
    const { x, y } = node.position();
    x1 = Math.min(x1, x);
    y1 = Math.min(y1, y);
    x2 = Math.max(x2, x);
    y2 = Math.max(y2, y);
  });
  if (x1 > x2) return USUAL_MIN_ZOOM;
  const width = Math.max(cy.width() - 2 * padding, 1);
  const height = Math.max(cy.height() - 2 * padding, 1);
  const margin = NODE_METRICS.size;
  const fits = Math.min(width / (x2 - x1 + margin), height / (y2 - y1 + margin));
  return Math.max(MIN_ZOOM, Math.min(USUAL_MIN_ZOOM, fits / 2));
}
