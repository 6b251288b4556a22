/**
 * The main screen: the graph of one dataset with filters, legend, details, article and table
 * around it; embedded in another page, the graph, legend and details alone (EmbedLayout).
 */
import type { Core } from 'cytoscape';
import { type ReactNode, Suspense, lazy, useCallback, useMemo, useRef, useState } from 'react';

import type { Dataset } from '../../domain/dataset';
import type { Selection } from '../../domain/selection';
import { timed } from '../../domain/stageTiming';
import { type ViewState, select, setPanel } from '../../domain/view';
import { visibleGraph } from '../../domain/visibleGraph';
import { GRAPH_SURFACE_ID } from '../../graph/GraphCanvas';
import type { Theme } from '../../graph/stylesheet';
import type { ViewOnlyLink } from '../share/CopyLink';
import { ExplorerProvider } from '../view/ExplorerContext';
import { useViewFilters } from '../view/useViewFilters';
import type { AddressOfView, UpdateView } from '../view/useViewState';
import { EmbedLayout } from './EmbedLayout';
import { ExplorerHeader } from './ExplorerHeader';
import { GraphStage } from './GraphStage';
import { tabId } from './PanelTabs';
import { SidePanels } from './SidePanels';
import { SkipLinks } from './SkipLinks';
import { useModalDrawer } from './useModalDrawer';

// The filters and the legend are not needed for the first picture: they load with the first
// render that shows them (the side panels and the timeline load the same way).
const Filters = lazy(() =>
  import('../filters/Filters').then((module) => ({ default: module.Filters })),
);
const Legend = lazy(() =>
  import('../legend/Legend').then((module) => ({ default: module.Legend })),
);

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
  /** Embedded in another page (`embed=1`): the graph, legend and details only. */
  embedded?: boolean;
  /** The full address of a view: the embed code's link, and the embed's way to the full app. */
  addressOf?: AddressOfView;
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
  embedded = false,
  addressOf,
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

  const { filters } = useViewFilters(view);
  const visible = useMemo(
    () => timed('visible-graph', () => visibleGraph(dataset, filters)),
    [dataset, filters],
  );

  const onSelect = useCallback(
    (selection: Selection | null) => onUpdate(select(selection)),
    [onUpdate],
  );
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
  // An embedded page reviews no draft: its code names the view alone.
  const embedLink = addressOf && (() => addressOf(view, { embed: true, draft: null }));

  return (
    <ExplorerProvider
      dataset={dataset}
      theme={theme}
      view={view}
      onUpdate={onUpdate}
      visible={visible}
      selection={view.selection}
      onSelect={onSelect}
    >
      {embedded && addressOf ? (
        <Suspense fallback={null}>
          <EmbedLayout addressOf={addressOf} notice={notice} onInstance={onInstance} />
        </Suspense>
      ) : (
        <div className="app">
          <SkipLinks
            inert={filtersOpen}
            targets={[
              { targetId: GRAPH_SURFACE_ID, label: 'Skip to graph' },
              { targetId: tabId(view.panel), label: 'Skip to side panel' },
            ]}
          />
          <ExplorerHeader
            inert={filtersOpen}
            onChooseActor={onChooseActor}
            actions={headerActions}
            currentLink={currentLink}
            embedLink={embedLink}
            viewOnlyLink={viewOnlyLink}
            onThemeChange={onThemeChange}
            getCy={getCy}
            filtersToggleRef={filtersToggle}
            filtersOpen={filtersOpen}
            onToggleFilters={toggleFilters}
          />
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
                <Filters />
                <Legend />
              </Suspense>
            </aside>
            {/* A tap anywhere outside the open drawer closes it; the keyboard has Escape. */}
            {filtersOpen && <div className="drawer-scrim" onClick={closeFilters} />}
            <GraphStage inert={filtersOpen} centerToken={centerToken} onInstance={onInstance} />
            <SidePanels inert={filtersOpen} />
          </div>
        </div>
      )}
    </ExplorerProvider>
  );
}
