/**
 * What the page needs to open data, behind one small interface so that the parsers, lz-string
 * and IndexedDB load only when data is opened (never at start-up), and so that component tests
 * can put fakes in their place. The real implementations are in services.ts.
 */
import type { ImportProblem } from '../../io/import/types';
import type { OpenOptions, OpenResult } from '../../io/open/types';
import type { RecentDataset, StoredDataset } from '../../io/store/datasetStore';

export type { RecentDataset, StoredDataset };

/** Opening a file: the interface of src/io/open/openDataset.ts. */
export type { OpenOptions, OpenResult };

export interface OpenService {
  openBytes(bytes: Uint8Array, fileName: string, options?: OpenOptions): Promise<OpenResult>;
  /** Two sheets opened together: connections and elements, in either order. */
  openSheets(
    files: readonly { bytes: Uint8Array; fileName: string }[],
    options?: OpenOptions,
  ): Promise<OpenResult>;
  problemsAsText(problems: ImportProblem[]): string;
  problemsAsCsv(problems: ImportProblem[]): string;
}

/** This browser's storage of datasets opened from files (src/io/store/datasetStore.ts). */
export interface DataStore {
  contentKey(text: string): Promise<string>;
  getDataset(key: string): Promise<StoredDataset | undefined>;
  listDatasets(): Promise<RecentDataset[]>;
  putDataset(record: StoredDataset): Promise<void>;
  forgetDataset(key: string): Promise<void>;
}

/** Data carried in links (src/io/linkData.ts). */
export interface LinkDataCodec {
  encodeLinkData(graphText: string): string | null;
  decodeLinkData(encoded: string): { ok: true; graphText: string } | { ok: false; message: string };
}

/** Everything the app loads on demand to open data; tests replace any of it. */
export interface OpenServices {
  open: () => Promise<OpenService>;
  store: () => Promise<DataStore>;
  linkData: () => Promise<LinkDataCodec>;
  fetch: (url: string, init: { signal?: AbortSignal }) => Promise<Response>;
}
