/**
 * The side panel's tabs: the details of the selection, the article and the table. Each panel's
 * code loads with the first render that shows it.
 */
import { Suspense, lazy, useCallback, useMemo, useState } from 'react';

import { explainHidden, liftReasons } from '../../domain/hiddenReason';
import { select, setPanel } from '../../domain/view';
import { useExplorerDataset, useSelection, useView } from '../view/ExplorerContext';
import { PanelTabs } from './PanelTabs';

const DetailsPanel = lazy(() =>
  import('../details/DetailsPanel').then((module) => ({ default: module.DetailsPanel })),
);
const RelationTable = lazy(() =>
  import('../table/RelationTable').then((module) => ({ default: module.RelationTable })),
);
// The reader and the article's index load when the article is first shown or a quote opened.
const ReaderPanel = lazy(() =>
  import('../reader/ReaderPanel').then((module) => ({ default: module.ReaderPanel })),
);
const loadArticleIndex = () => import('../reader/articleIndexCache');

/**
 * The details of the selection, saying when the filters hide it and offering the change that
 * shows it. `onOpenEvidence`: what "Show in article" does with a quote.
 */
export function SelectionDetails({
  onOpenEvidence,
}: {
  onOpenEvidence: (relationId: string, quote: string) => void;
}) {
  const { dataset } = useExplorerDataset();
  const { onUpdate, filters } = useView();
  const { selection } = useSelection();
  const hidden = useMemo(
    () => (selection ? explainHidden(dataset, filters, selection) : null),
    [dataset, filters, selection],
  );
  const onReveal = useCallback(() => {
    if (hidden) onUpdate((current) => liftReasons(current, hidden.reasons));
  }, [onUpdate, hidden]);
  return <DetailsPanel onOpenEvidence={onOpenEvidence} hidden={hidden} onReveal={onReveal} />;
}

export function SidePanels({
  inert,
}: {
  /** Out of reach while the filters drawer is open over it. */
  inert: boolean;
}) {
  const { dataset } = useExplorerDataset();
  const { view, onUpdate } = useView();
  // Which sentence the reader should bring into view: the one of the quote the user opened.
  const [readerTarget, setReaderTarget] = useState<{ sentenceId: string } | null>(null);
  const onOpenEvidence = useCallback(
    (relationId: string, quote: string) => {
      void loadArticleIndex().then(({ sentenceOfDatasetQuote }) => {
        const sentenceId = sentenceOfDatasetQuote(dataset, quote);
        setReaderTarget(sentenceId ? { sentenceId } : null);
        onUpdate((current) =>
          setPanel('article')(select({ kind: 'relation', id: relationId })(current)),
        );
      });
    },
    [onUpdate, dataset],
  );
  return (
    <PanelTabs
      active={view.panel}
      inert={inert}
      // Stepping through tabs with the arrow keys is one step back, not one per tab; every
      // click is a step of its own, however quickly the next one follows.
      onChange={(panel, how) =>
        onUpdate(setPanel(panel), how === 'keys' ? { coalesce: 'panel' } : undefined)
      }
    >
      <Suspense fallback={<p className="panel-loading">Loading…</p>}>
        {view.panel === 'details' && <SelectionDetails onOpenEvidence={onOpenEvidence} />}
        {view.panel === 'article' && <ReaderPanel scrollTarget={readerTarget} />}
        {view.panel === 'table' && <RelationTable />}
      </Suspense>
    </PanelTabs>
  );
}
