/**
 * Datasets opened from files, kept in this browser's IndexedDB so that a reload, Back and the
 * recent-files list find them again. Nothing leaves the browser. A few lines over the raw API
 * rather than a library: two object stores (the texts, and the list), four operations. Loaded
 * only when a file is opened or a link names one (`?file=`), never at start-up.
 */

/** One kept dataset: its graph.json text and what the recent-files list shows of it. */
export interface StoredDataset {
  /** 16 hex digits of the SHA-256 of `graphText`: the same data is kept once. */
  key: string;
  /** The name of the file it was opened from. */
  name: string;
  title: string;
  /** The size of the opened file in bytes. */
  size: number;
  /** When it was last opened (ms since 1970). */
  openedAt: number;
  graphText: string;
}

export type RecentDataset = Omit<StoredDataset, 'graphText'>;

/** How many opened files are kept; opening another forgets the one opened longest ago. */
export const MAX_KEPT_DATASETS = 12;

const DB_NAME = 'actor-graph';
const STORE = 'datasets';
/**
 * What the recent-files list shows, apart from the texts: listing the kept files once read every
 * text back, hundreds of megabytes after a large file, on every open and every Open dialog.
 */
const RECENT = 'recent';
const VERSION = 2;

/** The storage key of a dataset's text: the first 16 hex digits of its SHA-256. */
export async function contentKey(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest).slice(0, 8)]
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join('');
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

let database: Promise<IDBDatabase> | null = null;

function open(): Promise<IDBDatabase> {
  database ??= new Promise<IDBDatabase>((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new Error('this browser keeps no data (IndexedDB is not available)'));
      return;
    }
    const req = indexedDB.open(DB_NAME, VERSION);
    req.onupgradeneeded = (event) => {
      const db = req.result;
      if (event.oldVersion < 1) db.createObjectStore(STORE, { keyPath: 'key' });
      if (event.oldVersion < 2) {
        const recent = db.createObjectStore(RECENT, { keyPath: 'key' });
        // Files kept by version 1 join the list, read once here.
        if (event.oldVersion >= 1) {
          const cursor = req.transaction!.objectStore(STORE).openCursor();
          cursor.onsuccess = () => {
            const at = cursor.result;
            if (!at) return;
            recent.put(recentOf(at.value as StoredDataset));
            at.continue();
          };
        }
      }
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened'));
  }).catch((error: unknown) => {
    database = null;
    throw error;
  });
  return database;
}

function recentOf({ graphText: _text, ...entry }: StoredDataset): RecentDataset {
  return entry;
}

async function stores(mode: IDBTransactionMode) {
  const transaction = (await open()).transaction([STORE, RECENT], mode);
  return { texts: transaction.objectStore(STORE), recent: transaction.objectStore(RECENT) };
}

/** The kept dataset under `key`, or undefined when this browser has none. */
export async function getDataset(key: string): Promise<StoredDataset | undefined> {
  return request<StoredDataset | undefined>((await stores('readonly')).texts.get(key));
}

/** Every kept dataset, most recently opened first, without their texts (none is read). */
export async function listDatasets(): Promise<RecentDataset[]> {
  const all = await request<RecentDataset[]>((await stores('readonly')).recent.getAll());
  return all.sort((a, b) => b.openedAt - a.openedAt);
}

/** Keeps a dataset (replacing one with the same key) and forgets the oldest beyond the limit. */
export async function putDataset(record: StoredDataset): Promise<void> {
  const { texts, recent } = await stores('readwrite');
  await Promise.all([request(texts.put(record)), request(recent.put(recentOf(record)))]);
  const kept = await listDatasets();
  for (const old of kept.slice(MAX_KEPT_DATASETS)) await forgetDataset(old.key);
}

/** Removes a kept dataset from this browser. */
export async function forgetDataset(key: string): Promise<void> {
  const { texts, recent } = await stores('readwrite');
  await Promise.all([request(texts.delete(key)), request(recent.delete(key))]);
}
