/** The main screen: the graph of one dataset with filters, legend, details, article and table around it. */
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';

import { indexArticle, sentenceOfQuote } from '../../domain/article';
import type { Dataset } from '../../domain/dataset';
import { LAYOUTS, isLayoutName } from '../../domain/layoutIds';
import type { Selection } from '../../domain/selection';
import {
  type Camera,
  type ViewState,
  clearFilters,
  select,
  setCamera,
  setLayout,
  setPanel,
} from '../../domain/view';
import { visibleGraph } from '../../domain/visibleGraph';
import { GraphCanvas } from '../../graph/GraphCanvas';
import type { Theme } from '../../graph/stylesheet';
import { DetailsPanel } from '../details/DetailsPanel';
import { Filters } from '../filters/Filters';
import { Legend } from '../legend/Legend';
import { ArticleReader } from '../reader/ArticleReader';
import { ActorSearch } from '../search/ActorSearch';
import { CopyLink } from '../share/CopyLink';
import { RelationTable } from '../table/RelationTable';
import { lookupFor } from '../view/describe';
import type { UpdateView } from '../view/useViewState';
import { PanelTabs } from './PanelTabs';

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
}

export function Explorer({
  dataset,
  view,
  onUpdate,
  notice,
  currentLink,
  theme,
  onThemeChange,
}: ExplorerProps) {
  const [filtersOpen, setFiltersOpen] = useState(false);
  const filtersToggle = useRef<HTMLButtonElement>(null);
  const drawerClose = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (filtersOpen) drawerClose.current?.focus();
  }, [filtersOpen]);
  const closeFilters = useCallback(() => {
    setFiltersOpen(false);
    filtersToggle.current?.focus();
  }, []);
  const [centerToken, setCenterToken] = useState<number | undefined>(undefined);

  const { hiddenTypes, hiddenClasses, hiddenKinds, focus, query, showIsolated } = view;
  const visible = useMemo(
    () =>
      visibleGraph(dataset, {
        hiddenTypes,
        hiddenClasses,
        hiddenKinds,
        focus,
        query,
        showIsolated,
      }),
    [dataset, hiddenTypes, hiddenClasses, hiddenKinds, focus, query, showIsolated],
  );
  const articleIndex = useMemo(() => indexArticle(dataset), [dataset]);
  const lookup = useMemo(() => lookupFor(dataset), [dataset]);

  const onSelect = useCallback(
    (selection: Selection | null) => onUpdate(select(selection)),
    [onUpdate],
  );
  // Which sentence the reader should bring into view: the one of the quote the user opened.
  const [readerTarget, setReaderTarget] = useState<{ sentenceId: string } | null>(null);
  const onOpenEvidence = useCallback(
    (relationId: string, quote: string) => {
      const sentenceId = sentenceOfQuote(articleIndex, dataset.article, quote);
      setReaderTarget(sentenceId ? { sentenceId } : null);
      onUpdate((current) =>
        setPanel('article')(select({ kind: 'relation', id: relationId })(current)),
      );
    },
    [onUpdate, articleIndex, dataset.article],
  );
  const onClearFilters = useCallback(() => onUpdate(clearFilters), [onUpdate]);
  const onChooseActor = useCallback(
    (actorId: string) => {
      onUpdate((current) => setPanel('details')(select({ kind: 'actor', id: actorId })(current)));
      // A filtered-out actor has nowhere to be centred; its details say it is hidden.
      if (visible.actorIds.has(actorId)) setCenterToken((token) => (token ?? 0) + 1);
    },
    [onUpdate, visible],
  );

  const onCameraChange = useCallback(
    (camera: Camera | null) => onUpdate(setCamera(camera), { history: 'replace' }),
    [onUpdate],
  );

  const summary = `${visible.actorIds.size} actors, ${visible.relationIds.size} relations shown`;
  const nothingShown = visible.actorIds.size === 0;

  return (
    <div className="app">
      <header className="app-header">
        <h1 className="app-title">
          Actor Graph <span className="dataset-title">{dataset.title}</span>
        </h1>
        <ActorSearch actors={dataset.actors} shownIds={visible.actorIds} onChoose={onChooseActor} />
        <div className="header-controls">
          <label className="inline-label">
            <span>Layout</span>
            <select
              className="select"
              value={view.layout}
              onChange={(event) =>
                isLayoutName(event.target.value) && onUpdate(setLayout(event.target.value))
              }
            >
              {LAYOUTS.map((layout) => (
                <option key={layout.id} value={layout.id}>
                  {layout.label}
                </option>
              ))}
            </select>
          </label>
          <CopyLink getLink={currentLink} />
          <button
            ref={filtersToggle}
            type="button"
            className="button filters-toggle"
            aria-expanded={filtersOpen}
            aria-controls="sidebar"
            onClick={() => setFiltersOpen((open) => !open)}
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
      <div className="notice-slot">{notice}</div>
      <div className="workspace">
        <aside
          id="sidebar"
          className={`sidebar${filtersOpen ? ' is-open' : ''}`}
          aria-label="Filters and legend"
          onKeyDown={(event) => {
            if (event.key === 'Escape' && filtersOpen) closeFilters();
          }}
        >
          <button
            ref={drawerClose}
            type="button"
            className="button small drawer-close"
            onClick={closeFilters}
          >
            Close filters
          </button>
          <Filters dataset={dataset} view={view} theme={theme} onUpdate={onUpdate} />
          <Legend dataset={dataset} visible={visible} theme={theme} />
        </aside>
        <main className="graph-area" aria-label="Graph">
          <GraphCanvas
            dataset={dataset}
            theme={theme}
            layout={view.layout}
            visible={visible}
            selection={view.selection}
            onSelect={onSelect}
            centerToken={centerToken}
            camera={view.camera}
            frame={focus ? `${focus.actor}:${focus.depth}` : ''}
            onCameraChange={onCameraChange}
            label={`Graph of the actors and relations in “${dataset.title}”. The table tab lists the same relations.`}
          />
          <p className="graph-summary" role="status" aria-live="polite">
            {summary}
          </p>
          {nothingShown && (
            <div className="empty-state" role="note">
              <p>
                <strong>Nothing matches these filters.</strong>
              </p>
              <button type="button" className="button" onClick={() => onUpdate(clearFilters)}>
                Clear all filters
              </button>
            </div>
          )}
        </main>
        <PanelTabs
          active={view.panel}
          // Stepping through tabs with the arrow keys is one step back, not one per tab.
          onChange={(panel) => onUpdate(setPanel(panel), { coalesce: 'panel' })}
        >
          {view.panel === 'details' && (
            <DetailsPanel
              dataset={dataset}
              lookup={lookup}
              selection={view.selection}
              onSelect={onSelect}
              onOpenEvidence={onOpenEvidence}
              visible={visible}
              onClearFilters={onClearFilters}
            />
          )}
          {view.panel === 'article' && (
            <ArticleReader
              dataset={dataset}
              index={articleIndex}
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
        </PanelTabs>
      </div>
    </div>
  );
}
