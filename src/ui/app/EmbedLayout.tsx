/**
 * The explorer embedded in another page (`embed=1`, an iframe beside a story): the graph, its
 * legend and the details of the selection, under a bar that names the dataset and opens the
 * same view in the full app. No header controls, filters or timeline: the link decides those.
 */
import type { Core } from 'cytoscape';
import { type ReactNode, Suspense, lazy, useCallback } from 'react';

import { select, setPanel } from '../../domain/view';
import { useExplorerDataset, useSelection, useView } from '../view/ExplorerContext';
import type { AddressOfView } from '../view/useViewState';
import { GraphStage } from './GraphStage';
import { SelectionDetails } from './SidePanels';

const Legend = lazy(() =>
  import('../legend/Legend').then((module) => ({ default: module.Legend })),
);

export function EmbedLayout({
  addressOf,
  notice,
  onInstance,
}: {
  /** The full address of a view, to open it in the full app. */
  addressOf: AddressOfView;
  /** A notice about the opened link, shown under the bar. */
  notice?: ReactNode;
  onInstance: (cy: Core) => void;
}) {
  const { dataset } = useExplorerDataset();
  const { view } = useView();
  const { selection } = useSelection();
  // The embedded page has no article panel: a quote's sentence opens in the full app, in a tab
  // of its own, so the story around the embed stays where the reader left it.
  const onOpenEvidence = useCallback(
    (relationId: string) => {
      const atQuote = setPanel('article')(select({ kind: 'relation', id: relationId })(view));
      window.open(addressOf(atQuote, { embed: false }), '_blank', 'noopener,noreferrer');
    },
    [addressOf, view],
  );

  return (
    <div className="app embed">
      <header className="embed-bar">
        <h1 className="embed-title">{dataset.title}</h1>
        <a
          className="embed-open"
          href={addressOf(view, { embed: false })}
          target="_blank"
          rel="noopener noreferrer"
        >
          Open in Actor Graph
        </a>
      </header>
      <div className="notice-slot">{notice}</div>
      <div className="embed-workspace">
        <GraphStage
          inert={false}
          centerToken={undefined}
          onInstance={onInstance}
          withTimeline={false}
        />
        {/* Focusable so a keyboard can scroll it, as the side panel's tab panel is. */}
        <aside className="embed-side" aria-label="Details and legend" tabIndex={0}>
          <Suspense fallback={<p className="panel-loading">Loading…</p>}>
            {selection ? (
              <SelectionDetails onOpenEvidence={onOpenEvidence} />
            ) : (
              <p className="embed-hint muted">
                Select an actor or a relation in the graph for its details.
              </p>
            )}
            <Legend />
          </Suspense>
        </aside>
      </div>
    </div>
  );
}
