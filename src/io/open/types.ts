/**
 * What opening a file gives the page: a validated dataset ready to explore, or the reasons
 * nothing could be opened; the report of problems either way. Plain data, so that it crosses
 * from the worker by structured clone.
 */
import type { Dataset, DatasetFile } from '../../domain/dataset';
import type { ImportFormat, ImportProblem, ImportProgress } from '../import/types';

export type OpenResult =
  | {
      ok: true;
      dataset: Dataset;
      /** The dataset as a graph.json would hold it: what exports and the in-link data write. */
      datasetFile: DatasetFile;
      problems: ImportProblem[];
      format: ImportFormat;
    }
  | { ok: false; problems: ImportProblem[] };

/** Progress of one open, for a progress bar: reading and parsing, then normalising and checking. */
export interface OpenProgress {
  stage: ImportProgress['stage'] | 'normalising' | 'validating';
  fraction: number;
}

export interface OpenOptions {
  /** Aborting rejects with an AbortError between stages (in a worker, the page terminates it). */
  signal?: AbortSignal;
  onProgress?: (progress: OpenProgress) => void;
  /** The http(s) address the data was fetched from, recorded as the dataset's source. */
  sourceUrl?: string;
}

/** What the page sends the open worker. */
export interface OpenRequest {
  bytes: Uint8Array;
  fileName: string;
  sourceUrl?: string;
}

/** What the open worker sends back: progress while it works, then one result. */
export type OpenMessage =
  { type: 'progress'; progress: OpenProgress } | { type: 'result'; result: OpenResult };
