/**
 * The one place view state lives, and the one place that touches `window.location` and
 * `history`: the view is read from the link on start and on Back/Forward, and every change is
 * written back as the link. Discrete changes add a history entry; continuous ones (pan, zoom,
 * typing) replace the current entry, throttled, since browsers refuse floods of history writes.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

import { DATASET_PENDING, type DatasetIds, parseView, serializeView } from '../../domain/urlCodec';
import type { ViewState, ViewUpdate } from '../../domain/view';

/** `push`: a step of its own in history. `replace`: rewrites the current entry (pan, zoom). */
export type HistoryMode = 'push' | 'replace';

export interface UpdateOptions {
  history?: HistoryMode;
  /**
   * Changes with the same key that follow each other quickly share one history entry: the
   * first pushes, the rest replace (typing a filter is one step back, not one per key).
   */
  coalesce?: string;
}

export type UpdateView = (update: ViewUpdate, options?: UpdateOptions) => void;

export interface ViewStateHandle {
  view: ViewState;
  update: UpdateView;
  /** What the opened link held that could not be used, one line per item; empty when clean. */
  notice: string[];
  dismissNotice: () => void;
  /** Checks the link's ids against the loaded dataset, drops unknown ones and cleans the URL. */
  adoptDataset: (ids: DatasetIds) => void;
  /** The address of the view on screen, for sharing. */
  currentLink: () => string;
}

const REPLACE_INTERVAL_MS = 400;
const COALESCE_WINDOW_MS = 1500;

function currentQuery(): string {
  return window.location.search;
}

function urlFor(query: string): string {
  return `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
}

/** View state backed by the page's URL, for datasets whose default is `defaultDataset`. */
export function useViewState(
  defaultDataset: string,
  knownDatasets: readonly string[],
): ViewStateHandle {
  const [initial] = useState(() => {
    // The dataset's own types, kinds and layouts are checked once it is loaded (adoptDataset).
    const parsed = parseView(currentQuery(), defaultDataset, DATASET_PENDING);
    if (knownDatasets.includes(parsed.view.dataset)) return parsed;
    return {
      view: { ...parsed.view, dataset: defaultDataset },
      ignored: [
        ...parsed.ignored,
        `unknown dataset "${parsed.view.dataset}"; opened the default one`,
      ],
    };
  });
  const [view, setView] = useState<ViewState>(initial.view);
  const [notice, setNotice] = useState<string[]>(initial.ignored);
  const viewRef = useRef(view);
  const datasetIds = useRef<DatasetIds | undefined>(undefined);
  const pendingReplace = useRef<number | undefined>(undefined);
  const lastReplaceAt = useRef(0);
  const lastCoalesce = useRef<{ key: string; at: number } | null>(null);

  /** Writes a throttled replace that is still waiting, so the entry it belongs to is complete. */
  const flushReplace = useCallback(() => {
    if (pendingReplace.current === undefined) return;
    window.clearTimeout(pendingReplace.current);
    pendingReplace.current = undefined;
    lastReplaceAt.current = Date.now();
    window.history.replaceState(
      null,
      '',
      urlFor(serializeView(viewRef.current, defaultDataset, datasetIds.current)),
    );
  }, [defaultDataset]);

  const update = useCallback<UpdateView>(
    (change, options = {}) => {
      const current = viewRef.current;
      const next = change(current);
      const ids = datasetIds.current;
      const query = serializeView(next, defaultDataset, ids);
      // Same link, same view: nothing to render or to record (Escape with nothing selected).
      if (query === serializeView(current, defaultDataset, ids)) return;
      let mode = options.history ?? 'push';
      if (options.coalesce) {
        const now = Date.now();
        const previous = lastCoalesce.current;
        if (previous?.key === options.coalesce && now - previous.at < COALESCE_WINDOW_MS)
          mode = 'replace';
        lastCoalesce.current = { key: options.coalesce, at: now };
      } else {
        lastCoalesce.current = null;
      }
      if (mode === 'push') {
        // The entry being left keeps its latest state, then the new view gets its own entry.
        flushReplace();
        viewRef.current = next;
        window.history.pushState(null, '', urlFor(query));
      } else {
        viewRef.current = next;
        const wait = lastReplaceAt.current + REPLACE_INTERVAL_MS - Date.now();
        if (wait <= 0) {
          window.clearTimeout(pendingReplace.current);
          pendingReplace.current = undefined;
          lastReplaceAt.current = Date.now();
          window.history.replaceState(null, '', urlFor(query));
        } else if (pendingReplace.current === undefined) {
          pendingReplace.current = window.setTimeout(flushReplace, wait);
        }
      }
      setView(next);
    },
    [defaultDataset, flushReplace],
  );

  /** The link of the view on screen, with any throttled write flushed first. */
  const currentLink = useCallback(() => {
    flushReplace();
    return window.location.href;
  }, [flushReplace]);

  const adoptDataset = useCallback(
    (ids: DatasetIds) => {
      datasetIds.current = ids;
      const parsed = parseView(currentQuery(), defaultDataset, ids);
      const next = { ...parsed.view, dataset: viewRef.current.dataset };
      viewRef.current = next;
      setView(next);
      setNotice((earlier) => [...new Set([...earlier, ...parsed.ignored])]);
      // The cleaned link replaces the broken one without adding a history entry.
      window.history.replaceState(null, '', urlFor(serializeView(next, defaultDataset, ids)));
    },
    [defaultDataset],
  );

  useEffect(() => {
    const onPopState = () => {
      window.clearTimeout(pendingReplace.current);
      pendingReplace.current = undefined;
      lastCoalesce.current = null;
      const parsed = parseView(
        currentQuery(),
        defaultDataset,
        datasetIds.current ?? DATASET_PENDING,
      );
      viewRef.current = parsed.view;
      setView(parsed.view);
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [defaultDataset]);

  useEffect(() => () => window.clearTimeout(pendingReplace.current), []);

  const dismissNotice = useCallback(() => setNotice([]), []);
  return { view, update, notice, dismissNotice, adoptDataset, currentLink };
}
