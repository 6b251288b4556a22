/**
 * A page's address read whole and written whole: the data it names, the view of it, and how the
 * page shows that view. Pure: the one hook that owns the page's address (useViewState) hands in
 * what it reads and writes what comes back.
 */
import { type DataSource, fragmentDataOf, sourceOfLink } from '../dataSource';
import type { ViewState } from '../view';
import { DATASET_PENDING, type DatasetIds } from './datasetIds';
import { parseFragment, serializeFragment } from './fragment';
import type { Presentation } from './presentation';
import { dataOfQuery, readQuery, viewOfQuery } from './viewQuery';

/** What a page's address names, read once. */
export interface AddressRead {
  view: ViewState;
  source: DataSource;
  presentation: Presentation;
  /** What the address held that is unusable, one line each. */
  ignored: string[];
  /** Of those, what the view's own parameters held. */
  viewIgnored: string[];
  /** The ids the view was checked against: its dataset's, when they were known. */
  ids: DatasetIds | undefined;
}

/**
 * Reads an address's query and fragment: first the data it names, then its view, once, against
 * the ids `idsOf` knows for that data (a dataset already loaded in this session). Without them,
 * ids are checked for their form only, and against the dataset once it is loaded.
 */
export function readAddress(
  search: string,
  hash: string,
  defaultDataset: string,
  idsOf: (source: DataSource) => DatasetIds | undefined,
): AddressRead {
  const query = readQuery(search);
  const fragment = parseFragment(hash);
  const named = dataOfQuery(query, defaultDataset);
  const { source, ignored } = sourceOfLink(named.dataset, named.linked, fragment.data);
  const ids = idsOf(source);
  const parsed = viewOfQuery(query, defaultDataset, ids ?? DATASET_PENDING);
  return {
    view: parsed.view,
    source,
    presentation: parsed.presentation,
    ignored: [...parsed.ignored, ...fragment.ignored, ...ignored],
    viewIgnored: parsed.ignored,
    ids,
  };
}

/** The address at `pathname` of a serialised view (`query`, without "?") of a data source. */
export function addressOf(pathname: string, query: string, source: DataSource): string {
  return `${pathname}${query ? `?${query}` : ''}${serializeFragment(fragmentDataOf(source))}`;
}
