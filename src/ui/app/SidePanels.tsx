/**
 * The side panel's tabs: the details of the selection, the article and the table. Each panel's
 * code loads with the first render that shows it.
 */
import { Suspense, lazy, useCallback, useMemo, useState } from 'react';

import { type ArticleIndex, indexArticle, sentenceOfQuote } from '../../domain/article';
import type { Dataset } from '../../domain/dataset';
import { explainHidden, liftReasons } from '../../domain/hiddenReason';
import { timed } from '../../domain/stageTiming';
import { select, setPanel } from '../../domain/view';
import { useExplorerDataset, useSelection, useView } from '../view/ExplorerContext';
import { PanelTabs } from './PanelTabs';

const DetailsPanel = lazy(() =>
  import('../details/DetailsPanel').then((module) => ({ default: module.DetailsPanel })),
);
const RelationTable = lazy(() =>
  import('../table/RelationTable').then((module) => ({ default: module.RelationTable })),
);
const ArticleReader = lazy(() =>
  import('../reader/ArticleReader').then((module) => ({ default: module.ArticleReader })),
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

export function SidePanels({
  inert,
}: {
  /** Out of reach while the filters drawer is open over it. */
  inert: boolean;
}) {
  const { dataset } = useExplorerDataset();
  const { view, onUpdate, filters } = useView();
  const { selection } = useSelection();
  const hidden = useMemo(
    () => (selection ? explainHidden(dataset, filters, selection) : null),
    [dataset, filters, selection],
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
    if (hidden) onUpdate((current) => liftReasons(current, hidden.reasons));
  }, [onUpdate, hidden]);

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
        {view.panel === 'details' && (
          <DetailsPanel onOpenEvidence={onOpenEvidence} hidden={hidden} onReveal={onReveal} />
        )}
        {view.panel === 'article' && (
          <ArticleReader index={articleIndexOf(dataset)} scrollTarget={readerTarget} />
        )}
        {view.panel === 'table' && <RelationTable />}
      </Suspense>
    </PanelTabs>
  );
}
