/**
 * The one place view state lives, and the one place that touches `window.location` and
 * `history`: the view is read from the link on start and on Back/Forward, and every change is
 * written back as the link. Discrete changes add a history entry; continuous ones (pan, zoom,
 * typing) replace the current entry, throttled, since browsers refuse floods of history writes.
 * How the page shows the view (embedded, reviewing a draft) is read and written with it.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

import { type DataSource, linkedOf, sourceKey } from '../../domain/dataSource';
import { type DatasetIds, defaultViewOf } from '../../domain/link/datasetIds';
import { addressOf, readAddress } from '../../domain/link/pageAddress';
import type { Presentation } from '../../domain/link/presentation';
import { readQuery, serializeView, viewOfQuery } from '../../domain/link/viewQuery';
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

/**
 * The full address of a view of the data on screen, with a change to how the page shows it
 * (`{ embed: true }`); for links the page shows or hands out. Reads no history: safe in render.
 */
export type AddressOfView = (view: ViewState, change?: Partial<Presentation>) => string;

export interface ViewStateHandle {
  view: ViewState;
  /** Where the dataset of the view comes from: part of the link, like the view. */
  source: DataSource;
  /**
   * Shows another data source, in its default view: a step in history (`push`), or in place of
   * the current entry (`replace`: after "Forget this data", or when a link's data fails). `ids`:
   * its dataset, when it is already loaded (a file just opened), so the first view is already
   * the dataset's own (its layout). Whether the page is embedded stays; a draft under review
   * is left (the new data is what the page shows).
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
  /** The page is embedded in another (`embed=1`): graph, legend and details only. */
  embed: boolean;
  /** The draft under review (`draft=<id>`, kept in this browser); null: none. */
  draft: string | null;
  /** Names a draft under review in the link, or none (null), keeping the rest of the link. */
  openDraft: (id: string | null, mode: HistoryMode) => void;
  addressOf: AddressOfView;
}

const REPLACE_INTERVAL_MS = 400;
const COALESCE_WINDOW_MS = 1500;

/** Cancels a throttled write that is still waiting. */
function cancel(timer: { current: number | undefined }): void {
  window.clearTimeout(timer.current);
  timer.current = undefined;
}

/** View state backed by the page's URL, for datasets whose default is `defaultDataset`. */
export function useViewState(
  defaultDataset: string,
  knownDatasets: readonly string[],
): ViewStateHandle {
  const [initial] = useState(() => {
    // Nothing is loaded yet: the view's ids are checked once its dataset is (adoptDataset).
    const { search, hash } = window.location;
    const parsed = readAddress(search, hash, defaultDataset, () => undefined);
    if (parsed.source.kind !== 'builtin' || knownDatasets.includes(parsed.view.dataset))
      return parsed;
    return {
      ...parsed,
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
  const [presentation, setPresentation] = useState<Presentation>(initial.presentation);
  const viewRef = useRef(view);
  const sourceRef = useRef(source);
  const presentationRef = useRef(presentation);
  // The ids of each dataset loaded in this session, by source key: Back to one reads its link
  // against them at once, so the link is read once per step rather than again after loading.
  const idsBySource = useRef(new Map<string, DatasetIds>());
  // The source whose ids the view on screen was read against; adoptDataset has nothing to do then.
  const checkedFor = useRef<string | null>(null);
  const pendingReplace = useRef<number | undefined>(undefined);
  const lastReplaceAt = useRef(0);
  const lastCoalesce = useRef<{ key: string; at: number } | null>(null);

  /** The address of a view of a source, shown as the page is unless `page` says otherwise. */
  const linkOf = useCallback(
    (of: ViewState, from: DataSource, page: Presentation = presentationRef.current) => {
      const ids = idsBySource.current.get(sourceKey(from));
      const query = serializeView(of, defaultDataset, ids, linkedOf(from), page);
      return addressOf(window.location.pathname, query, from);
    },
    [defaultDataset],
  );

  /** Writes a throttled replace that is still waiting, so the entry it belongs to is complete. */
  const flushReplace = useCallback(() => {
    if (pendingReplace.current === undefined) return;
    cancel(pendingReplace);
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
          cancel(pendingReplace);
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
      const key = sourceKey(next);
      if (ids) idsBySource.current.set(key, ids);
      const known = idsBySource.current.get(key);
      // A big opened file must not start with the article's force layout for one render: the
      // layout starts at once and kept the page busy for minutes on a 43,000-relation extract.
      const nextView = defaultViewOf(next.kind === 'builtin' ? next.id : defaultDataset, known);
      checkedFor.current = known ? key : null;
      const page = { ...presentationRef.current, draft: null };
      const url = linkOf(nextView, next, page);
      cancel(pendingReplace);
      lastCoalesce.current = null;
      if (mode === 'push') {
        flushReplace();
        window.history.pushState(null, '', url);
      } else {
        window.history.replaceState(null, '', url);
      }
      viewRef.current = nextView;
      sourceRef.current = next;
      presentationRef.current = page;
      setView(nextView);
      setSource(next);
      setPresentation(page);
      setNotice([]);
    },
    [defaultDataset, linkOf, flushReplace],
  );

  const openDraft = useCallback(
    (id: string | null, mode: HistoryMode) => {
      if (id === presentationRef.current.draft) return;
      flushReplace();
      lastCoalesce.current = null;
      const page = { ...presentationRef.current, draft: id };
      presentationRef.current = page;
      const url = linkOf(viewRef.current, sourceRef.current, page);
      if (mode === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
      setPresentation(page);
    },
    [linkOf, flushReplace],
  );

  const addressOfView = useCallback<AddressOfView>(
    (of, change = {}) =>
      new URL(linkOf(of, source, { ...presentation, ...change }), window.location.href).href,
    [linkOf, source, presentation],
  );

  /** The link of the view on screen, with any throttled write flushed first. */
  const currentLink = useCallback(() => {
    flushReplace();
    return window.location.href;
  }, [flushReplace]);

  /**
   * Shows a view read against its dataset's ids: adds what they dropped to the notice, and writes
   * the cleaned link in place of the one read, without adding a history entry.
   */
  const showChecked = useCallback(
    (next: ViewState, dropped: readonly string[]) => {
      checkedFor.current = sourceKey(sourceRef.current);
      viewRef.current = next;
      setView(next);
      setNotice((earlier) => [...new Set([...earlier, ...dropped])]);
      window.history.replaceState(null, '', linkOf(next, sourceRef.current));
    },
    [linkOf],
  );

  const adoptDataset = useCallback(
    (ids: DatasetIds) => {
      const key = sourceKey(sourceRef.current);
      idsBySource.current.set(key, ids);
      if (checkedFor.current === key) return;
      const parsed = viewOfQuery(readQuery(window.location.search), defaultDataset, ids);
      showChecked({ ...parsed.view, dataset: viewRef.current.dataset }, parsed.ignored);
    },
    [defaultDataset, showChecked],
  );

  useEffect(() => {
    const onPopState = () => {
      cancel(pendingReplace);
      lastCoalesce.current = null;
      const { search, hash } = window.location;
      const parsed = readAddress(search, hash, defaultDataset, (source) =>
        idsBySource.current.get(sourceKey(source)),
      );
      const sameData = sourceKey(parsed.source) === sourceKey(sourceRef.current);
      presentationRef.current = parsed.presentation;
      setPresentation(parsed.presentation);
      if (!sameData) {
        sourceRef.current = parsed.source;
        setSource(parsed.source);
      }
      if (!sameData && parsed.ids) {
        // Data loaded before, read against its ids already: what adoptDataset would do, done now.
        showChecked(parsed.view, parsed.viewIgnored);
        return;
      }
      checkedFor.current = parsed.ids ? sourceKey(parsed.source) : null;
      viewRef.current = parsed.view;
      setView(parsed.view);
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [defaultDataset, showChecked]);

  useEffect(() => () => window.clearTimeout(pendingReplace.current), []);

  const dismissNotice = useCallback(() => setNotice([]), []);
  return {
    view,
    source,
    openSource,
    update,
    notice,
    dismissNotice,
    adoptDataset,
    currentLink,
    embed: presentation.embed,
    draft: presentation.draft,
    openDraft,
    addressOf: addressOfView,
  };
}
