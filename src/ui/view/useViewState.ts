/**
 * The one place view state lives, and the one place that touches `window.location` and
 * `history`: the view is read from the link on start and on Back/Forward, and every change is
 * written back as the link. Discrete changes add a history entry; continuous ones (pan, zoom,
 * typing) replace the current entry, throttled, since browsers refuse floods of history writes.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

import {
  type DataSource,
  fragmentDataOf,
  linkedOf,
  sourceKey,
  sourceOfLink,
} from '../../domain/dataSource';
import { DEFAULT_LAYOUT } from '../../domain/layoutIds';
import {
  DATASET_PENDING,
  type DatasetIds,
  parseFragment,
  parseView,
  serializeFragment,
  serializeView,
} from '../../domain/urlCodec';
import { type ViewState, type ViewUpdate, defaultView } from '../../domain/view';

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
  /** Where the dataset of the view comes from: part of the link, like the view. */
  source: DataSource;
  /**
   * Switches to another dataset, in its default view: a step in history (`push`), or in place
   * of the current entry (`replace`: after "Forget this data", or when a link's data fails).
   */
  /**
   * Shows another data source, in its default view. `ids`: its dataset, when it is already
   * loaded (a file just opened), so the first view is already the dataset's own (its layout).
   */
  openSource: (source: DataSource, mode?: HistoryMode, ids?: DatasetIds) => void;
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

function urlFor(query: string, source: DataSource): string {
  return `${window.location.pathname}${query ? `?${query}` : ''}${serializeFragment(fragmentDataOf(source))}`;
}

/** The view and the data source the page's address names, and what it held that is unusable. */
function readLocation(
  defaultDataset: string,
  ids?: DatasetIds,
): { view: ViewState; source: DataSource; ignored: string[] } {
  // The dataset's own types, kinds and layouts are checked once it is loaded (adoptDataset).
  const parsed = parseView(currentQuery(), defaultDataset, ids ?? DATASET_PENDING);
  const fragment = parseFragment(window.location.hash);
  const { source, ignored } = sourceOfLink(parsed.view.dataset, parsed.linked, fragment.data);
  return {
    view: parsed.view,
    source,
    ignored: [...parsed.ignored, ...fragment.ignored, ...ignored],
  };
}

/** View state backed by the page's URL, for datasets whose default is `defaultDataset`. */
export function useViewState(
  defaultDataset: string,
  knownDatasets: readonly string[],
): ViewStateHandle {
  const [initial] = useState(() => {
    const parsed = readLocation(defaultDataset);
    if (parsed.source.kind !== 'builtin' || knownDatasets.includes(parsed.view.dataset))
      return parsed;
    return {
      view: { ...parsed.view, dataset: defaultDataset },
      source: { kind: 'builtin', id: defaultDataset } as DataSource,
      ignored: [
        ...parsed.ignored,
        `unknown dataset "${parsed.view.dataset}"; opened the default one`,
      ],
    };
  });
  const [view, setView] = useState<ViewState>(initial.view);
  const [source, setSource] = useState<DataSource>(initial.source);
  const [notice, setNotice] = useState<string[]>(initial.ignored);
  const viewRef = useRef(view);
  const sourceRef = useRef(source);
  const datasetIds = useRef<DatasetIds | undefined>(undefined);
  const pendingReplace = useRef<number | undefined>(undefined);
  const lastReplaceAt = useRef(0);
  const lastCoalesce = useRef<{ key: string; at: number } | null>(null);

  /** The address of a view of a source. */
  const linkOf = useCallback(
    (of: ViewState, from: DataSource) =>
      urlFor(serializeView(of, defaultDataset, datasetIds.current, linkedOf(from)), from),
    [defaultDataset],
  );

  /** Writes a throttled replace that is still waiting, so the entry it belongs to is complete. */
  const flushReplace = useCallback(() => {
    if (pendingReplace.current === undefined) return;
    window.clearTimeout(pendingReplace.current);
    pendingReplace.current = undefined;
    lastReplaceAt.current = Date.now();
    window.history.replaceState(null, '', linkOf(viewRef.current, sourceRef.current));
  }, [linkOf]);

  const update = useCallback<UpdateView>(
    (change, options = {}) => {
      const current = viewRef.current;
      const next = change(current);
      const from = sourceRef.current;
      const url = linkOf(next, from);
      // Same link, same view: nothing to render or to record (Escape with nothing selected).
      if (url === linkOf(current, from)) return;
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
        window.history.pushState(null, '', url);
      } else {
        viewRef.current = next;
        const wait = lastReplaceAt.current + REPLACE_INTERVAL_MS - Date.now();
        if (wait <= 0) {
          window.clearTimeout(pendingReplace.current);
          pendingReplace.current = undefined;
          lastReplaceAt.current = Date.now();
          window.history.replaceState(null, '', url);
        } else if (pendingReplace.current === undefined) {
          pendingReplace.current = window.setTimeout(flushReplace, wait);
        }
      }
      setView(next);
    },
    [linkOf, flushReplace],
  );

  const openSource = useCallback(
    (next: DataSource, mode: HistoryMode = 'push', ids?: DatasetIds) => {
      // A big opened file must not start with the article's force layout for one render: the
      // layout starts at once and kept the page busy for minutes on a 43,000-relation extract.
      const nextView = defaultView(
        next.kind === 'builtin' ? next.id : defaultDataset,
        ids?.layouts?.[0] ?? DEFAULT_LAYOUT,
        { showIsolated: ids?.showIsolated, look: ids?.looks?.[0], timeStep: ids?.timeStep },
      );
      // The ids of the dataset on screen say nothing about the next one.
      if (sourceKey(next) !== sourceKey(sourceRef.current)) datasetIds.current = ids;
      const url = linkOf(nextView, next);
      window.clearTimeout(pendingReplace.current);
      pendingReplace.current = undefined;
      lastCoalesce.current = null;
      if (mode === 'push') {
        flushReplace();
        window.history.pushState(null, '', url);
      } else {
        window.history.replaceState(null, '', url);
      }
      viewRef.current = nextView;
      sourceRef.current = next;
      setView(nextView);
      setSource(next);
      setNotice([]);
    },
    [defaultDataset, linkOf, flushReplace],
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
      window.history.replaceState(null, '', linkOf(next, sourceRef.current));
    },
    [defaultDataset, linkOf],
  );

  useEffect(() => {
    const onPopState = () => {
      window.clearTimeout(pendingReplace.current);
      pendingReplace.current = undefined;
      lastCoalesce.current = null;
      const unchecked = readLocation(defaultDataset);
      const sameData = sourceKey(unchecked.source) === sourceKey(sourceRef.current);
      // Another dataset's ids are checked once it is loaded (adoptDataset), not against this one.
      if (!sameData) datasetIds.current = undefined;
      const parsed = sameData ? readLocation(defaultDataset, datasetIds.current) : unchecked;
      viewRef.current = parsed.view;
      setView(parsed.view);
      if (!sameData) {
        sourceRef.current = parsed.source;
        setSource(parsed.source);
      }
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [defaultDataset]);

  useEffect(() => () => window.clearTimeout(pendingReplace.current), []);

  const dismissNotice = useCallback(() => setNotice([]), []);
  return { view, source, openSource, update, notice, dismissNotice, adoptDataset, currentLink };
}
