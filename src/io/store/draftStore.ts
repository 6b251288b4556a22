/**
 * Drafts of reviews, kept in this browser's IndexedDB so that a reload, a crash or another day
 * finds a review where the person left it. Nothing leaves the browser. Its own database, apart
 * from the datasets' (datasetStore.ts): two object stores, the drafts and their summaries, so
 * that listing drafts reads none of their texts.
 */
import { type Draft, draftCounts } from '../../coder/draft';
import {
  DamagedDraftError,
  type DraftSummary,
  DraftSummarySchema,
  parseDraftRecord,
} from './draftRecord';

export { DamagedDraftError, type DraftSummary };

/** The drafts kept in this browser: what the review screen and the list of drafts use. */
export interface DraftStore {
  /** Every kept draft, most recently changed first, without their texts. */
  listDrafts(): Promise<DraftSummary[]>;
  /** The draft under `id`; undefined when there is none; DamagedDraftError when it is unreadable. */
  getDraft(id: string): Promise<Draft | undefined>;
  /** Keeps a draft, replacing the one with its id. */
  putDraft(draft: Draft): Promise<void>;
  deleteDraft(id: string): Promise<void>;
  /** A fresh id for a new draft (a slug, so it can name a dataset and travel in a link). */
  newDraftId(): string;
}

const DB_NAME = 'actor-graph-drafts';
const DRAFTS = 'drafts';
const SUMMARIES = 'summaries';
const VERSION = 1;

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
    req.onupgradeneeded = () => {
      req.result.createObjectStore(DRAFTS, { keyPath: 'id' });
      req.result.createObjectStore(SUMMARIES, { keyPath: 'id' });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened'));
  }).catch((error: unknown) => {
    database = null;
    throw error;
  });
  return database;
}

async function stores(mode: IDBTransactionMode) {
  const transaction = (await open()).transaction([DRAFTS, SUMMARIES], mode);
  return {
    drafts: transaction.objectStore(DRAFTS),
    summaries: transaction.objectStore(SUMMARIES),
  };
}

/** What the list of drafts shows of a draft. */
export function summaryOf(draft: Draft): DraftSummary {
  return {
    id: draft.id,
    title: draft.title,
    updatedAt: draft.updatedAt,
    counts: draftCounts(draft),
    coded: draft.coded !== null,
  };
}

/** A summary that cannot be read still lists its draft, so it can be opened or deleted. */
function readSummary(value: unknown): DraftSummary | null {
  const parsed = DraftSummarySchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const id = typeof value === 'object' && value !== null && 'id' in value ? value.id : undefined;
  if (typeof id !== 'string' || id === '') return null;
  return {
    id,
    title: 'A damaged draft',
    updatedAt: 0,
    counts: { pending: 0, accepted: 0, rejected: 0, total: 0 },
    coded: false,
  };
}

/** Every kept draft, most recently changed first. */
export async function listDrafts(): Promise<DraftSummary[]> {
  const all = await request<unknown[]>((await stores('readonly')).summaries.getAll());
  return all
    .map(readSummary)
    .filter((summary): summary is DraftSummary => summary !== null)
    .sort((a, b) => b.updatedAt - a.updatedAt);
}

/** The kept draft under `id`, undefined when there is none; throws DamagedDraftError when unreadable. */
export async function getDraft(id: string): Promise<Draft | undefined> {
  const value = await request<unknown>((await stores('readonly')).drafts.get(id));
  return value === undefined ? undefined : parseDraftRecord(value, id);
}

/** Keeps a draft and its summary. */
export async function putDraft(draft: Draft): Promise<void> {
  const { drafts, summaries } = await stores('readwrite');
  await Promise.all([request(drafts.put(draft)), request(summaries.put(summaryOf(draft)))]);
}

/** Removes a draft from this browser. */
export async function deleteDraft(id: string): Promise<void> {
  const { drafts, summaries } = await stores('readwrite');
  await Promise.all([request(drafts.delete(id)), request(summaries.delete(id))]);
}

/** A fresh id: "draft-" and 12 random hex digits. */
export function newDraftId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `draft-${[...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

/** This module as a DraftStore (for `services.drafts`). */
export const draftStore: DraftStore = { listDrafts, getDraft, putDraft, deleteDraft, newDraftId };
