/**
 * Progress on the way from a loaded dataset to its first picture, for graphs big enough for it to
 * show: laying out (a force layout over thousands of actors takes seconds) and drawing (cytoscape
 * takes seconds to build and draw tens of thousands of elements). A large dataset's canvas mounts
 * only after the page has painted the progress, so a big graph never shows a frozen page without
 * saying what it is doing.
 */
import { useCallback, useEffect, useState } from 'react';

import type { Dataset } from '../../domain/dataset';
import type { LayoutName } from '../../domain/layoutIds';
import { computePositions, placedAtOnce, positionsKnown } from '../../graph/layouts';

/**
 * Above this many actors and relations, building and drawing the canvas takes over half a second
 * on the benchmark machine (about 0.4 s at 5,000; 7 s at 40,000).
 */
export const LARGE_GRAPH_ELEMENTS = 6000;

/** Above this many actors a force or hierarchy layout may take over half a second. */
const SLOW_LAYOUT_ACTORS = 150;

export type GraphStage = 'laying out' | 'drawing';

export interface GraphProgress {
  /** What the page is doing before the picture is complete; null once it is (or when quick). */
  stage: GraphStage | null;
  /** Whether the canvas may mount: at once for a small graph, after a paint for a large one. */
  mountCanvas: boolean;
  /** For the canvas to call when it has drawn the laid-out graph. */
  onShown: () => void;
}

/** Whether a dataset is large enough for its drawing to be announced. */
export function isLargeGraph(dataset: Dataset): boolean {
  return dataset.actors.length + dataset.relations.length > LARGE_GRAPH_ELEMENTS;
}

/** Resolves after the page has painted what React just rendered. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** The progress of showing `dataset` in `layout`. */
export function useGraphProgress(dataset: Dataset, layout: LayoutName): GraphProgress {
  const large = isLargeGraph(dataset);
  // The dataset whose canvas may mount, and the last one drawn: compared with the current one,
  // so a new dataset starts over without an effect resetting anything.
  const [mountable, setMountable] = useState<Dataset | null>(null);
  const [shown, setShown] = useState<Dataset | null>(null);
  // Layouts computed while this view was open, to tell a pending one.
  const [laidOut, setLaidOut] = useState<{ dataset: Dataset; layout: LayoutName } | null>(null);

  const mountCanvas = !large || mountable === dataset;
  useEffect(() => {
    if (mountCanvas) return;
    let cancelled = false;
    void afterPaint().then(() => {
      if (!cancelled) setMountable(dataset);
    });
    return () => {
      cancelled = true;
    };
  }, [dataset, mountCanvas]);

  const known =
    positionsKnown(dataset, layout) ||
    (laidOut !== null && laidOut.dataset === dataset && laidOut.layout === layout);
  useEffect(() => {
    if (known) return;
    let cancelled = false;
    void computePositions(dataset, layout).then(() => {
      if (!cancelled) setLaidOut({ dataset, layout });
    });
    return () => {
      cancelled = true;
    };
  }, [dataset, layout, known]);

  // The first draw of a large graph is followed by more of cytoscape's work (its caches for the
  // next frames): the note stays until the page is free again, not only until the first draw.
  const onShown = useCallback(() => {
    void afterPaint().then(() => {
      performance.mark('actor-graph:progress-ended');
      setShown(dataset);
    });
  }, [dataset]);

  let stage: GraphStage | null = null;
  // The plain layouts take milliseconds, and so does a force layout over a few actors;
  // ForceAtlas2 shows a plain picture first and its own progress over it.
  if (!known && !placedAtOnce(layout) && dataset.actors.length > SLOW_LAYOUT_ACTORS) {
    stage = 'laying out';
  } else if (large && shown !== dataset) stage = 'drawing';
  return { stage, mountCanvas, onShown };
}
