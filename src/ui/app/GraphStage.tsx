/**
 * The graph area: the canvas (or the drawn part of a dataset too big to draw whole), what it
 * says about itself (progress, the part drawn, how much is shown, nothing matching), and the
 * timeline under it for data with dates.
 */
import type { Core } from 'cytoscape';
import { Suspense, lazy, useCallback, useMemo } from 'react';

import type { Dataset } from '../../domain/dataset';
import { type CanvasPart, drawnGraph } from '../../domain/overview';
import { timeOf } from '../../domain/timeRange';
import { type Camera, clearFiltersOf, setCamera } from '../../domain/view';
import { GraphCanvas } from '../../graph/GraphCanvas';
import { GraphProgressNote } from '../data/GraphProgressNote';
import { useGraphProgress } from '../data/useGraphProgress';
import {
  useExplorerDataset,
  useExplorerTheme,
  useSelection,
  useView,
} from '../view/ExplorerContext';
import { countOf } from '../view/describe';

// Only data with dates has a timeline, and such data comes from a file or a link, which loads
// code anyway: the timeline stays off the start-up path of the shipped article.
const Timeline = lazy(() =>
  import('../timeline/Timeline').then((module) => ({ default: module.Timeline })),
);

const stageKeys = new WeakMap<Dataset, number>();
let nextStageKey = 0;
/** A key per dataset object: two files may share an id, never an object. */
function stageKeyOf(dataset: Dataset): number {
  let key = stageKeys.get(dataset);
  if (key === undefined) stageKeys.set(dataset, (key = nextStageKey++));
  return key;
}

/** What the canvas leaves out of a dataset too big to draw, and how to draw the rest. */
function partText(part: CanvasPart): string {
  const of = `of ${part.totalActors.toLocaleString('en')} actors and ${part.totalRelations.toLocaleString('en')} relations`;
  return part.kind === 'top'
    ? `Drawn: the ${part.drawnActors.toLocaleString('en')} most connected ${of}, more than the canvas draws at once. Focus on an actor or search to draw its part; the filters, table and exports cover all.`
    : `Drawn: the part the focus or search shows ${of}.`;
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
  // A dataset too big to draw whole is drawn as its most connected part, or the part a focus or
  // search shows; everything else here still covers the whole dataset.
  const narrowed = focus !== null || query.trim() !== '';
  const drawn = useMemo(() => drawnGraph(dataset, visible, narrowed), [dataset, visible, narrowed]);
  const progress = useGraphProgress(drawn.dataset, view.layout);
  const stageKey = useMemo(() => stageKeyOf(drawn.dataset), [drawn.dataset]);
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
              look={view.look}
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
          {drawn.part && (
            <p className="graph-part-note" role="note">
              {partText(drawn.part)}
            </p>
          )}
          <p className="graph-summary" role="status" aria-live="polite">
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
    </main>
  );
}
