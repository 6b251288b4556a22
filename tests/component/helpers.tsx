/** Shared set-up for component tests: the real dataset and a render that returns a user. */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement, ReactNode } from 'react';

import type { Dataset } from '../../src/domain/dataset';
import type { Selection } from '../../src/domain/selection';
import { type ViewState, defaultView } from '../../src/domain/view';
import { type VisibleGraph, visibleGraph } from '../../src/domain/visibleGraph';
import type { Theme } from '../../src/graph/stylesheet';
import { ExplorerProvider } from '../../src/ui/view/ExplorerContext';
import type { UpdateView } from '../../src/ui/view/useViewState';
import { realDataset } from '../unit/realDataset';

export const dataset = realDataset();

/** Renders a component and returns a user-event session bound to it. */
export function renderWithUser(ui: ReactElement) {
  const user = userEvent.setup();
  return { user, ...render(ui) };
}

/** What a test sets of the explorer around a panel; the rest is the default. */
export interface ExplorerSetup {
  /** The real dataset unless given. */
  dataset?: Dataset;
  /** The dataset's default view unless given. */
  view?: ViewState;
  /** What `view` shows of `dataset` unless given. */
  visible?: VisibleGraph;
  theme?: Theme;
  /** The view's selection unless given. */
  selection?: Selection | null;
  onSelect?: (selection: Selection | null) => void;
  onUpdate?: UpdateView;
}

const ignore = () => {};

/** The explorer's context (dataset, theme, selection, view) around a part rendered alone. */
export function WithExplorer({ children, ...setup }: ExplorerSetup & { children: ReactNode }) {
  const of = setup.dataset ?? dataset;
  const view = setup.view ?? defaultView(of.id);
  return (
    <ExplorerProvider
      dataset={of}
      view={view}
      visible={setup.visible ?? visibleGraph(of, view)}
      theme={setup.theme ?? 'light'}
      selection={setup.selection === undefined ? view.selection : setup.selection}
      onSelect={setup.onSelect ?? ignore}
      onUpdate={setup.onUpdate ?? ignore}
    >
      {children}
    </ExplorerProvider>
  );
}

/** Renders a part of the explorer inside its context, and returns a user-event session. */
export function renderWithExplorer(ui: ReactElement, setup: ExplorerSetup = {}) {
  return renderWithUser(<WithExplorer {...setup}>{ui}</WithExplorer>);
}
