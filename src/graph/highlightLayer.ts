/**
 * The emphasis of a large graph, drawn on a layer of its own. Marking a neighbourhood with
 * classes restyles it and makes cytoscape redraw every element: at 20,000 relations a hover or a
 * selection took 1.2–1.8 s, most of it redrawing lines that had not changed (CPU profiles in
 * docs/benchmarks.md). Here the base canvas is never touched: it is dimmed as a whole by CSS
 * (the compositor's work, no redraw), and a second, small cytoscape instance over it, synced to
 * the base camera and transparent to the pointer, draws copies of the focused element and its
 * neighbourhood with the same stylesheet, so the emphasis looks as it does on a small graph.
 */
import cytoscape, {
  type Collection,
  type Core,
  type ElementDefinition,
  type StylesheetJson,
} from 'cytoscape';

import type { Selection } from '../domain/selection';
import { POSITIONS_APPLIED } from './layouts';
import { neighbourhoodOf } from './neighbourhood';
import { GRAPH_CLASSES } from './stylesheet';

/** Past this many relations around the focus, the layer draws them without their labels. */
const MAX_LABELLED_EDGES = 60;

/** The class on the base canvas's container while the layer shows an emphasis. */
export const DIMMED_CLASS = 'is-dimmed';

/** Copies of the elements, marked as the emphasis marks them; nodes first, as cytoscape needs. */
function copiesOf(around: Collection, focusId: string): ElementDefinition[] {
  const copies: ElementDefinition[] = [];
  const mark = (ele: Collection[number]) =>
    [
      ...ele.classes(),
      GRAPH_CLASSES.highlighted,
      ...(ele.id() === focusId ? [GRAPH_CLASSES.selected] : []),
    ].join(' ');
  around.nodes().forEach((node) => {
    copies.push({
      group: 'nodes',
      data: { ...node.data() },
      position: { ...node.position() },
      classes: mark(node),
    });
  });
  // A hub's hundreds of relation labels would cover each other and cost most of the drawing.
  const labelled = around.edges().length <= MAX_LABELLED_EDGES;
  around.edges().forEach((edge) => {
    const data = labelled ? { ...edge.data() } : { ...edge.data(), label: '' };
    copies.push({ group: 'edges', data, classes: mark(edge) });
  });
  return copies;
}

export interface HighlightLayer {
  /** Draws the emphasis of a focus, or none. */
  show(focus: Selection | null): void;
  /**
   * The focus drawn, the ids of the elements drawn, and how many of its actors are not where
   * the base has them (for the browser tests).
   */
  drawn(): { focus: string | null; ids: string[]; misplaced: number };
  /** Takes the base's new stylesheet (after a change of theme). */
  restyle(stylesheet: StylesheetJson): void;
  destroy(): void;
}

/**
 * Puts a layer over the base instance's container (inside its parent, which must be
 * positioned) and keeps its camera on the base's.
 */
export function createHighlightLayer(base: Core, stylesheet: StylesheetJson): HighlightLayer {
  const baseContainer = base.container();
  const host = baseContainer?.parentElement;
  if (!baseContainer || !host) throw new Error('the base canvas has no container');
  const container = document.createElement('div');
  container.className = 'highlight-layer';
  container.setAttribute('aria-hidden', 'true');
  host.appendChild(container);
  const layer = cytoscape({
    container,
    style: stylesheet,
    userPanningEnabled: false,
    userZoomingEnabled: false,
    boxSelectionEnabled: false,
    autoungrabify: true,
    autounselectify: true,
    zoom: base.zoom(),
    pan: base.pan(),
    minZoom: base.minZoom(),
    maxZoom: base.maxZoom(),
  });
  const follow = () => layer.viewport({ zoom: base.zoom(), pan: base.pan() });
  const fit = () => layer.resize();
  base.on('viewport', follow);
  base.on('resize', fit);
  let focusId: string | null = null;
  // What the layer holds, to leave it be when asked for the same again (a click on the actor
  // just hovered, Back to the same selection): copying a hub's thousands of lines is most of the
  // cost of an emphasis.
  let drawnIds: string[] = [];
  let drawnLook = '';
  let shown: Selection | null = null;
  const draw = (focus: Selection | null, always: boolean) => {
    const around = focus ? neighbourhoodOf(base, focus) : null;
    const ids = around ? around.map((ele) => ele.id()) : [];
    const newFocus = around ? focus!.id : null;
    // A look (the file's colours, communities) is a class on every actor, the focus's too.
    const look = around ? base.getElementById(focus!.id).classes().join(' ') : '';
    const same =
      newFocus === focusId &&
      look === drawnLook &&
      ids.length === drawnIds.length &&
      ids.every((id, index) => id === drawnIds[index]);
    focusId = newFocus;
    drawnIds = ids;
    drawnLook = look;
    shown = focus;
    if (!always && same) return around;
    layer.batch(() => {
      layer.elements().remove();
      if (around) layer.add(copiesOf(around, focus!.id));
    });
    return around;
  };
  // New positions make every copy stale, whoever asks for the emphasis next.
  const redrawMoved = () => {
    if (shown) draw(shown, true);
  };
  base.on(POSITIONS_APPLIED, redrawMoved);

  return {
    show(focus) {
      const around = draw(focus, false);
      follow();
      baseContainer.classList.toggle(DIMMED_CLASS, around !== null);
    },
    drawn: () => ({
      focus: focusId,
      ids: layer.elements().map((ele) => ele.id()),
      misplaced: layer.nodes().filter((copy) => {
        const at = base.getElementById(copy.id()).position();
        return Math.hypot(copy.position('x') - at.x, copy.position('y') - at.y) > 0.5;
      }).length,
    }),
    restyle: (sheet) => void layer.style(sheet),
    destroy() {
      if (!base.destroyed()) {
        base.off('viewport', follow);
        base.off('resize', fit);
        base.off(POSITIONS_APPLIED, redrawMoved);
      }
      baseContainer.classList.remove(DIMMED_CLASS);
      layer.destroy();
      container.remove();
    },
  };
}
