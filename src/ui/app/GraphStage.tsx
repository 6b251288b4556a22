/**
 * The graph area: the canvas (or the drawn part of a dataset too big to draw whole), what it
 * says about itself (progress, the part drawn, how much is shown, nothing matching), and the
 * timeline under it for data with dates.
 */
import type { Core } from 'cytoscape';
import { Suspense, lazy, useCallback, useMemo } from 'react';

import type { Dataset } from '../../domain/dataset';
import { drawnView } from '../../domain/overview';
import { timeOf } from '../../domain/timeRange';
import { defaultTopOf } from '../../domain/topActors';
import {
  type Camera,
  clearFiltersOf,
  setCamera,
  setLayoutIterations,
  setTopActors,
} from '../../domain/view';
import { GRAPH_SURFACE_ID, GraphCanvas } from '../../graph/GraphCanvas';
import { GraphProgressNote } from '../data/GraphProgressNote';
import { useGraphProgress } from '../data/useGraphProgress';
import {
  useExplorerDataset,
  useExplorerTheme,
  useSelection,
  useView,
} from '../view/ExplorerContext';
import { countOf } from '../view/describe';
import { useDrawnLook } from '../view/useDrawnLook';
import { CanvasPartNote } from './CanvasPartNote';

// Only data with dates has a timeline, and such data comes from a file or a link, which loads
// code anyway: the timeline stays off the start-up path of the shipped article.
const Timeline = lazy(() =>
  import('../timeline/Timeline').then((module) => ({ default: module.Timeline })),
);
// Loaded with the ForceAtlas2 run it shows, only when that layout is chosen.
const ForceLayoutProgress = lazy(() =>
  import('../data/ForceLayoutProgress').then((module) => ({
    default: module.ForceLayoutProgress,
  })),
);

const stageKeys = new WeakMap<Dataset, number>();
let nextStageKey = 0;
/** A key per dataset object: two files may share an id, never an object. */
function stageKeyOf(dataset: Dataset): number {
  let key = stageKeys.get(dataset);
  if (key === undefined) stageKeys.set(dataset, (key = nextStageKey++));
  return key;
}

export function GraphStage({
  inert,
  centerToken,
  onInstance,
  withTimeline = true,
}: {
  /** Out of reach while the filters drawer is open over it. */
  inert: boolean;
  /** Changes whenever the canvas should centre on the selected actor. */
  centerToken: number | undefined;
  /** Receives the canvas instance, for the Export menu's pictures and positions. */
  onInstance: (cy: Core) => void;
  /** Whether data with dates shows its timeline (an embedded page shows the graph alone). */
  withTimeline?: boolean;
}) {
  const { dataset } = useExplorerDataset();
  const theme = useExplorerTheme();
  const { view, onUpdate, visible } = useView();
  const { selection, onSelect } = useSelection();
  const { focus, query } = view;
  const time = useMemo(() => timeOf(dataset), [dataset]);
  // A large dataset is drawn as the most connected actors the view asks for, one too big to draw
  // whole as its most connected part, or the part a focus or search shows; everything else here
  // still covers the whole dataset.
  const narrowed = focus !== null || query.trim() !== '';
  const { top } = view;
  const drawn = useMemo(
    () => drawnView(dataset, visible, narrowed, top),
    [dataset, visible, narrowed, top],
  );
  const offersTop = top !== 'all' || defaultTopOf(dataset) !== 'all';
  const progress = useGraphProgress(drawn.dataset, view.layout);
  const stageKey = useMemo(() => stageKeyOf(drawn.dataset), [drawn.dataset]);
  // Communities of the whole dataset, so a drawn part keeps the colours of the whole.
  const look = useDrawnLook(dataset, view.look, onUpdate);
  const onCameraChange = useCallback(
    (camera: Camera | null) => onUpdate(setCamera(camera), { history: 'replace' }),
    [onUpdate],
  );

  const summary = `${countOf(drawn.visible.actorIds.size, 'actor')}, ${countOf(drawn.visible.relationIds.size, 'relation')} shown`;
  const nothingShown = visible.actorIds.size === 0;

  return (
    <main className="graph-area" aria-label="Graph" inert={inert}>
      {/* One boundary for the stage and the timeline: the canvas mounts, and fits the graph,
          once the timeline's code is there, so the timeline never shrinks a fitted canvas.
          A new boundary per dataset: suspending an old one would hide a mounted canvas. */}
      <Suspense key={stageKey} fallback={<div className="graph-stage" />}>
        <div className="graph-stage">
          {progress.mountCanvas && (
            <GraphCanvas
              dataset={drawn.dataset}
              theme={theme}
              layout={view.layout}
              layoutIterations={view.layoutIterations}
              look={look.look}
              communityColors={look.communityColors}
              visible={drawn.visible}
              selection={selection}
              onSelect={onSelect}
              centerToken={centerToken}
              camera={view.camera}
              frame={focus ? `${focus.actor}:${focus.depth}` : ''}
              onCameraChange={onCameraChange}
              onInstance={onInstance}
              onShown={progress.onShown}
              label={`Graph of the actors and relations in “${dataset.title}”. The table tab lists the same relations.`}
            />
          )}
          {progress.stage && <GraphProgressNote stage={progress.stage} dataset={drawn.dataset} />}
          {view.layout === 'forceatlas2' && (
            // A boundary of its own: loading the control must never hide the canvas. It shows
            // once the canvas has started a run.
            <Suspense fallback={null}>
              <ForceLayoutProgress
                dataset={drawn.dataset}
                onStopped={(steps) => onUpdate(setLayoutIterations(steps), { history: 'replace' })}
                returnFocusTo={GRAPH_SURFACE_ID}
              />
            </Suspense>
          )}
          <p className="graph-summary" role="status" aria-live="polite" data-over-canvas>
            {summary}
          </p>
          {nothingShown && (
            <div className="empty-state" role="note">
              <p>
                <strong>Nothing matches these filters.</strong>
              </p>
              <button
                type="button"
                className="button"
                onClick={() => onUpdate(clearFiltersOf(dataset))}
              >
                Clear all filters
              </button>
            </div>
          )}
        </div>
        {/* Only data with dates has a timeline; an article's "on Wednesday" is not a date. */}
        {withTimeline && time.span && <Timeline span={time.span} undated={time.undated} />}
      </Suspense>
      {/* Outside the stage, which is new for each part drawn: choosing another part keeps the
          note, and the keyboard's place in it. */}
      <CanvasPartNote
        part={drawn.part}
        top={top}
        offersTop={offersTop}
        narrowed={narrowed}
        totalActors={dataset.actors.length}
        totalRelations={dataset.relations.length}
        onChooseTop={(next) => onUpdate(setTopActors(next))}
      />
    </main>
  );
}
