/**
 * What the explorer's panels share, provided once by the Explorer instead of being passed down
 * through each panel: the dataset with its lookup, the theme, the selection, and the view with
 * what it shows and its "shown of total" counts. Four contexts, so a part that reads only the
 * dataset (an article sentence) is not re-rendered by a new selection or a filter change.
 */
import { type ReactNode, createContext, useContext, useMemo } from 'react';

import { type ShownCounts, shownCounts } from '../../domain/counts';
import type { Dataset } from '../../domain/dataset';
import type { Selection } from '../../domain/selection';
import type { ViewState } from '../../domain/view';
import type { ViewFilters, VisibleGraph } from '../../domain/visibleGraph';
import type { Theme } from '../../graph/stylesheet';
import { type DatasetLookup, lookupFor } from './describe';
import { type UntimedFilters, useViewFilters } from './useViewFilters';
import type { UpdateView } from './useViewState';

export interface ExplorerDataset {
  dataset: Dataset;
  lookup: DatasetLookup;
}

export interface ExplorerSelection {
  selection: Selection | null;
  onSelect: (selection: Selection | null) => void;
}

export interface ExplorerView {
  view: ViewState;
  onUpdate: UpdateView;
  /** The view's filters, the same object while they are the same (see useViewFilters). */
  filters: ViewFilters;
  untimedFilters: UntimedFilters;
  /** What the filters show: the whole filtered graph, not only the drawn part of a big one. */
  visible: VisibleGraph;
  counts: ShownCounts;
}

const DatasetContext = createContext<ExplorerDataset | null>(null);
const ThemeContext = createContext<Theme | null>(null);
const SelectionContext = createContext<ExplorerSelection | null>(null);
const ViewContext = createContext<ExplorerView | null>(null);

export interface ExplorerProviderProps extends ExplorerSelection {
  dataset: Dataset;
  theme: Theme;
  view: ViewState;
  onUpdate: UpdateView;
  visible: VisibleGraph;
  children: ReactNode;
}

export function ExplorerProvider({
  dataset,
  theme,
  view,
  onUpdate,
  visible,
  selection,
  onSelect,
  children,
}: ExplorerProviderProps) {
  const datasetValue = useMemo(() => ({ dataset, lookup: lookupFor(dataset) }), [dataset]);
  const selectionValue = useMemo(() => ({ selection, onSelect }), [selection, onSelect]);
  // Counted once per view, for the filters, the legend and an exported legend alike.
  const counts = useMemo(() => shownCounts(dataset, visible), [dataset, visible]);
  const { filters, untimed } = useViewFilters(view);
  const viewValue = useMemo(
    () => ({ view, onUpdate, filters, untimedFilters: untimed, visible, counts }),
    [view, onUpdate, filters, untimed, visible, counts],
  );
  return (
    <DatasetContext value={datasetValue}>
      <ThemeContext value={theme}>
        <SelectionContext value={selectionValue}>
          <ViewContext value={viewValue}>{children}</ViewContext>
        </SelectionContext>
      </ThemeContext>
    </DatasetContext>
  );
}

function required<T>(value: T | null, hook: string): T {
  if (value === null) throw new Error(`${hook} is for parts of the explorer (ExplorerProvider)`);
  return value;
}

/** The dataset on screen and its lookup by id. */
export function useExplorerDataset(): ExplorerDataset {
  return required(useContext(DatasetContext), 'useExplorerDataset');
}

/** The colour theme the explorer is drawn in. */
export function useExplorerTheme(): Theme {
  return required(useContext(ThemeContext), 'useExplorerTheme');
}

/** The selected actor or relation, and how to select another. */
export function useSelection(): ExplorerSelection {
  return required(useContext(SelectionContext), 'useSelection');
}

/** The view, how to change it, what it shows and the "shown of total" counts. */
export function useView(): ExplorerView {
  return required(useContext(ViewContext), 'useView');
}
