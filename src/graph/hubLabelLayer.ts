/**
 * The hub labels of a large graph at overview zoom (hubLabels.ts chooses them), drawn as text
 * over the canvas: they follow the camera without a single element of the graph being restyled
 * or redrawn. Once the canvas's own labels are readable (zoomed in) the layer draws none.
 */
import type { Core } from 'cytoscape';

import { type HubCandidate, type PlacedLabel, placeHubLabels } from './hubLabels';
import { POSITIONS_APPLIED } from './layouts';
import { NODE_METRICS } from './stylesheet';

/** The most hub labels on screen at once. */
const MAX_LABELS = 40;
/** The label text: its size in pixels and the font the stylesheet gives actors. */
const FONT_SIZE = 12;
const FONT = `600 ${FONT_SIZE}px system-ui, sans-serif`;
const LINE_HEIGHT = 16;
/** The canvas draws a label only from this size on screen (its `min-zoomed-font-size`). */
const CANVAS_LABEL_MIN_PX = 6;

/** A label's width: measured with the page's font, or estimated where there is no canvas (jsdom). */
function measurer(): (label: string) => number {
  let context: CanvasRenderingContext2D | null = null;
  try {
    context = document.createElement('canvas').getContext('2d');
  } catch {
    context = null;
  }
  if (context) context.font = FONT;
  const widths = new Map<string, number>();
  return (label) => {
    let width = widths.get(label);
    if (width === undefined) {
      width = Math.ceil(context ? context.measureText(label).width : label.length * 7) + 8;
      widths.set(label, width);
    }
    return width;
  };
}

/**
 * The notes and buttons drawn over the canvas (marked `data-over-canvas`), as boxes in the
 * canvas's pixels: a label under them could not be read.
 */
function obstaclesOver(base: Core): { left: number; top: number; width: number; height: number }[] {
  const frame = base.container()?.getBoundingClientRect();
  if (!frame) return [];
  return [...document.querySelectorAll('[data-over-canvas]')].map((element) => {
    const box = element.getBoundingClientRect();
    return {
      left: box.left - frame.left,
      top: box.top - frame.top,
      width: box.width,
      height: box.height,
    };
  });
}

export interface HubLabelLayer {
  /** Takes the actors that may be labelled, heaviest first (after a new view). */
  setCandidates(candidates: readonly HubCandidate[]): void;
  /** The labels on screen now (for the browser tests). */
  placed(): readonly PlacedLabel[];
  destroy(): void;
}

/** Puts the label layer over the base instance's container and keeps it on its camera. */
export function createHubLabelLayer(base: Core): HubLabelLayer {
  const host = base.container()?.parentElement;
  if (!host) throw new Error('the base canvas has no container');
  const container = document.createElement('div');
  container.className = 'hub-labels';
  // The canvas's labels are not read out either: the table and the finder are the way in.
  container.setAttribute('aria-hidden', 'true');
  host.appendChild(container);
  const measure = measurer();
  let candidates: readonly HubCandidate[] = [];
  let placed: PlacedLabel[] = [];
  let frame = 0;

  const draw = () => {
    frame = 0;
    const zoom = base.zoom();
    const readable = NODE_METRICS.fontSize * zoom >= CANVAS_LABEL_MIN_PX;
    const drawn = readable
      ? []
      : candidates.flatMap((candidate) => {
          const node = base.getElementById(candidate.id);
          if (node.empty()) return [];
          const { x, y } = node.renderedPosition();
          return [{ ...candidate, x, y, radius: node.renderedOuterWidth() / 2 }];
        });
    placed = placeHubLabels(drawn, {
      obstacles: obstaclesOver(base),
      width: base.width(),
      height: base.height(),
      max: MAX_LABELS,
      measure,
      lineHeight: LINE_HEIGHT,
      gap: 4,
    });
    const spans = placed.map(({ label, left, top, width }) => {
      const span = document.createElement('span');
      // Text, never HTML: a label is data from a file.
      span.textContent = label;
      span.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
      span.style.width = `${width}px`;
      return span;
    });
    container.replaceChildren(...spans);
  };
  const schedule = () => {
    if (frame === 0) frame = requestAnimationFrame(draw);
  };
  // A layout's move comes as one event; dragging is off in large graphs, so no 'position'.
  const events = `viewport resize ${POSITIONS_APPLIED}`;
  base.on(events, schedule);

  return {
    setCandidates(next) {
      candidates = next;
      schedule();
    },
    placed: () => placed,
    destroy() {
      if (frame !== 0) cancelAnimationFrame(frame);
      if (!base.destroyed()) base.off(events, schedule);
      container.remove();
    },
  };
}

// The hook loads this module with the ranking it draws from: one chunk for the hub labels.
export { hubCandidates } from './hubLabels';
