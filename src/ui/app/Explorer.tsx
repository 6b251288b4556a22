/** The main screen: the graph of one dataset with filters, legend, details, article and table around it. */
import type { Core } from 'cytoscape';
import { type ReactNode, Suspense, lazy, useCallback, useMemo, useRef, useState } from 'react';

import { type ArticleIndex, indexArticle, sentenceOfQuote } from '../../domain/article';
import type { Dataset } from '../../domain/dataset';
import { explainHidden, liftReasons } from '../../domain/hiddenReason';
import { isLayoutName, layoutsOf } from '../../domain/layoutIds';
import { isLookName, looksOf } from '../../domain/looks';
import { type CanvasPart, drawnGraph } from '../../domain/overview';
import type { Selection } from '../../domain/selection';
import { timed } from '../../domain/stageTiming';
import { timeOf } from '../../domain/timeRange';
import {
  type Camera,
  type ViewState,
  clearFiltersOf,
  select,
  setCamera,
  setLayout,
  setLook,
  setPanel,
} from '../../domain/view';
import { visibleGraph } from '../../domain/visibleGraph';
import { GRAPH_SURFACE_ID, GraphCanvas } from '../../graph/GraphCanvas';
import type { Theme } from '../../graph/stylesheet';
import { GraphProgressNote } from '../data/GraphProgressNote';
import { useGraphProgress } from '../data/useGraphProgress';
import { ExportMenu } from '../export/ExportMenu';
import { ActorSearch } from '../search/ActorSearch';
import { CopyLink, type ViewOnlyLink } from '../share/CopyLink';
import { countOf, lookupFor } from '../view/describe';
import { hiddenShort } from '../view/hiddenText';
import type { UpdateView } from '../view/useViewState';
import { PanelTabs, tabId } from './PanelTabs';
import { SkipLinks } from './SkipLinks';
import { useModalDrawer } from './useModalDrawer';

// Only data with dates has a timeline, and such data comes from a file or a link, which loads
// code anyway: the timeline stays off the start-up path of the shipped article.
// The filters, the legend and the side panels are not needed for the first picture: each loads
// with the first render that shows it (the article and the table with their tabs).
const Filters = lazy(() =>
  import('../filters/Filters').then((module) => ({ default: module.Filters })),
);
const Legend = lazy(() =>
  import('../legend/Legend').then((module) => ({ default: module.Legend })),
);
const DetailsPanel = lazy(() =>
  import('../details/DetailsPanel').then((module) => ({ default: module.DetailsPanel })),
);
const RelationTable = lazy(() =>
  import('../table/RelationTable').then((module) => ({ default: module.RelationTable })),
);
const ArticleReader = lazy(() =>
  import('../reader/ArticleReader').then((module) => ({ default: module.ArticleReader })),
);
const Timeline = lazy(() =>
  import('../timeline/Timeline').then((module) => ({ default: module.Timeline })),
);

const articleIndexes = new WeakMap<Dataset, ArticleIndex>();

/**
 * The article split into sentences linked to relations, made when the reader or a quote first
 * needs it rather than on the way to the first picture (0.4 s for 20,000 quotes).
 */
function articleIndexOf(dataset: Dataset): ArticleIndex {
  let index = articleIndexes.get(dataset);
  if (!index) {
    index = timed('article-index', () => indexArticle(dataset));
    articleIndexes.set(dataset, index);
  }
  return index;
}

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

/** Below this width the filters are a drawer over the page (the breakpoint in app.css). */
const FILTERS_DRAWER_QUERY = '(max-width: 1100px)';

export interface ExplorerProps {
  dataset: Dataset;
  view: ViewState;
  onUpdate: UpdateView;
  /** A notice about the opened link, shown above the workspace. */
  notice?: ReactNode;
  /** The address of the view on screen, for "Copy link". */
  currentLink: () => string;
  theme: Theme;
  onThemeChange: (theme: Theme) => void;
  /** Controls put first in the header (Open…). */
  headerActions?: ReactNode;
  /** Set when the link cannot carry the data on screen (see CopyLink). */
  viewOnlyLink?: ViewOnlyLink;
}

export function Explorer({
  dataset,
  view,
  onUpdate,
  notice,
  currentLink,
  theme,
  onThemeChange,
  headerActions,
  viewOnlyLink,
}: ExplorerProps) {
  // While the filters drawer is open, the rest of the page is out of reach: no focus, no clicks.
  const {
    open: filtersOpen,
    toggle: toggleFilters,
    close: closeFilters,
    onKeyDown: onFiltersKeyDown,
    toggleRef: filtersToggle,
    initialFocusRef: drawerClose,
  } = useModalDrawer(FILTERS_DRAWER_QUERY);
  const [centerToken, setCenterToken] = useState<number | undefined>(undefined);

  const { hiddenTypes, hiddenClasses, hiddenKinds, hiddenStatuses, focus, query, showIsolated } =
    view;
  // Every filter but the range: what the timeline's bars count, unchanged while playing.
  const otherFilters = useMemo(
    () => ({ hiddenTypes, hiddenClasses, hiddenKinds, hiddenStatuses, focus, query, showIsolated }),
    [hiddenTypes, hiddenClasses, hiddenKinds, hiddenStatuses, focus, query, showIsolated],
  );
  const { timeRange } = view;
  const filters = useMemo(() => ({ ...otherFilters, timeRange }), [otherFilters, timeRange]);
  const time = useMemo(() => timeOf(dataset), [dataset]);
  const visible = useMemo(
    () => timed('visible-graph', () => visibleGraph(dataset, filters)),
    [dataset, filters],
  );
  const hiddenSelection = useMemo(
    () => (view.selection ? explainHidden(dataset, filters, view.selection) : null),
    [dataset, filters, view.selection],
  );
  // The search list names why a found actor is not in the graph.
  const whyHidden = useCallback(
    (actorId: string) => {
      const explanation = explainHidden(dataset, filters, { kind: 'actor', id: actorId });
      return explanation ? hiddenShort(explanation.reasons) : null;
    },
    [dataset, filters],
  );
  const lookup = useMemo(() => lookupFor(dataset), [dataset]);
  // "As in the file" only where the file places its actors.
  const layouts = useMemo(() => layoutsOf(dataset), [dataset]);
  const looks = useMemo(() => looksOf(dataset), [dataset]);
  // A dataset too big to draw whole is drawn as its most connected part, or the part a focus or
  // search shows; everything else here still covers the whole dataset.
  const narrowed = focus !== null || query.trim() !== '';
  const drawn = useMemo(() => drawnGraph(dataset, visible, narrowed), [dataset, visible, narrowed]);
  const progress = useGraphProgress(drawn.dataset, view.layout);
  const stageKey = useMemo(() => stageKeyOf(drawn.dataset), [drawn.dataset]);

  const onSelect = useCallback(
    (selection: Selection | null) => onUpdate(select(selection)),
    [onUpdate],
  );
  // Which sentence the reader should bring into view: the one of the quote the user opened.
  const [readerTarget, setReaderTarget] = useState<{ sentenceId: string } | null>(null);
  const onOpenEvidence = useCallback(
    (relationId: string, quote: string) => {
      const sentenceId = sentenceOfQuote(articleIndexOf(dataset), dataset.article, quote);
      setReaderTarget(sentenceId ? { sentenceId } : null);
      onUpdate((current) =>
        setPanel('article')(select({ kind: 'relation', id: relationId })(current)),
      );
    },
    [onUpdate, dataset],
  );
  const onReveal = useCallback(() => {
    if (hiddenSelection) onUpdate((current) => liftReasons(current, hiddenSelection.reasons));
  }, [onUpdate, hiddenSelection]);
  const onChooseActor = useCallback(
    (actorId: string) => {
      onUpdate((current) => setPanel('details')(select({ kind: 'actor', id: actorId })(current)));
      // A filtered-out actor has nowhere to be centred; its details say it is hidden.
      if (visible.actorIds.has(actorId)) setCenterToken((token) => (token ?? 0) + 1);
    },
    [onUpdate, visible],
  );

  // The canvas instance, for the Export menu's pictures and positions.
  const cyRef = useRef<Core | null>(null);
  const onInstance = useCallback((cy: Core) => (cyRef.current = cy), []);
  const getCy = useCallback(() => cyRef.current, []);

  const onCameraChange = useCallback(
    (camera: Camera | null) => onUpdate(setCamera(camera), { history: 'replace' }),
    [onUpdate],
  );

  const summary = `${countOf(drawn.visible.actorIds.size, 'actor')}, ${countOf(drawn.visible.relationIds.size, 'relation')} shown`;
  const nothingShown = visible.actorIds.size === 0;

  return (
    <div className="app">
      <SkipLinks
        inert={filtersOpen}
        targets={[
          { targetId: GRAPH_SURFACE_ID, label: 'Skip to graph' },
          { targetId: tabId(view.panel), label: 'Skip to side panel' },
        ]}
      />
      <header className="app-header" inert={filtersOpen}>
        <h1 className="app-title">
          Actor Graph <span className="dataset-title">{dataset.title}</span>
        </h1>
        <ActorSearch actors={dataset.actors} whyHidden={whyHidden} onChoose={onChooseActor} />
        <div className="header-controls">
          {headerActions}
          <label className="inline-label">
            <span>Layout</span>
            <select
              className="select"
              value={view.layout}
              onChange={(event) =>
                isLayoutName(event.target.value) && onUpdate(setLayout(event.target.value))
              }
            >
              {layouts.map((layout) => (
                <option key={layout.id} value={layout.id}>
                  {layout.label}
                </option>
              ))}
            </select>
          </label>
          {looks.length > 1 && (
            <label className="inline-label">
              <span>Actors</span>
              <select
                className="select"
                value={view.look}
                onChange={(event) =>
                  isLookName(event.target.value) && onUpdate(setLook(event.target.value))
                }
              >
                {looks.map((look) => (
                  <option key={look.id} value={look.id}>
                    {look.label}
                  </option>
                ))}
              </select>
            </label>
          )}
          <CopyLink getLink={currentLink} viewOnly={viewOnlyLink} />
          <ExportMenu
            dataset={dataset}
            visible={visible}
            selection={view.selection}
            theme={theme}
            getCy={getCy}
            getLink={currentLink}
          />
          <button
            ref={filtersToggle}
            type="button"
            className="button filters-toggle"
            aria-expanded={filtersOpen}
            aria-controls="sidebar"
            onClick={toggleFilters}
          >
            Filters
          </button>
          <button
            type="button"
            className="button"
            aria-pressed={theme === 'dark'}
            onClick={() => onThemeChange(theme === 'dark' ? 'light' : 'dark')}
          >
            Dark theme
          </button>
        </div>
      </header>
      <div className="notice-slot" inert={filtersOpen}>
        {notice}
      </div>
      <div className="workspace">
        <aside
          id="sidebar"
          className={`sidebar${filtersOpen ? ' is-open' : ''}`}
          aria-label="Filters and legend"
          onKeyDown={onFiltersKeyDown}
        >
          <button
            ref={drawerClose}
            type="button"
            className="button small drawer-close"
            onClick={closeFilters}
          >
            Close filters
          </button>
          <Suspense fallback={<p className="panel-loading">Loading…</p>}>
            <Filters
              dataset={dataset}
              view={view}
              visible={visible}
              theme={theme}
              onUpdate={onUpdate}
            />
            <Legend dataset={dataset} visible={visible} theme={theme} look={view.look} />
          </Suspense>
        </aside>
        {/* A tap anywhere outside the open drawer closes it; the keyboard has Escape. */}
        {filtersOpen && <div className="drawer-scrim" onClick={closeFilters} />}
        <main className="graph-area" aria-label="Graph" inert={filtersOpen}>
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
                  selection={view.selection}
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
              {progress.stage && (
                <GraphProgressNote stage={progress.stage} dataset={drawn.dataset} />
              )}
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
            {time.span && (
              <Timeline
                dataset={dataset}
                span={time.span}
                undated={time.undated}
                filters={otherFilters}
                range={view.timeRange}
                step={view.timeStep}
                theme={theme}
                onUpdate={onUpdate}
              />
            )}
          </Suspense>
        </main>
        <PanelTabs
          active={view.panel}
          inert={filtersOpen}
          // Stepping through tabs with the arrow keys is one step back, not one per tab; every
          // click is a step of its own, however quickly the next one follows.
          onChange={(panel, how) =>
            onUpdate(setPanel(panel), how === 'keys' ? { coalesce: 'panel' } : undefined)
          }
        >
          <Suspense fallback={<p className="panel-loading">Loading…</p>}>
            {view.panel === 'details' && (
              <DetailsPanel
                dataset={dataset}
                lookup={lookup}
                selection={view.selection}
                onSelect={onSelect}
                onOpenEvidence={onOpenEvidence}
                hidden={hiddenSelection}
                onReveal={onReveal}
                shownRelationIds={visible.relationIds}
              />
            )}
            {view.panel === 'article' && (
              <ArticleReader
                dataset={dataset}
                index={articleIndexOf(dataset)}
                lookup={lookup}
                selection={view.selection}
                onSelect={onSelect}
                scrollTarget={readerTarget}
              />
            )}
            {view.panel === 'table' && (
              <RelationTable
                dataset={dataset}
                visible={visible}
                lookup={lookup}
                selection={view.selection}
                onSelect={onSelect}
              />
            )}
          </Suspense>
        </PanelTabs>
      </div>
    </div>
  );
}
