/**
 * What getting a dataset takes in and gives back: the words shared by the service
 * (datasetService.ts), its road (pipeline.ts) and the page.
 */
import type { DataSource } from '../../domain/dataSource';
import type { Dataset } from '../../domain/dataset';
import type { Problem } from '../../domain/validate';
import type { ImportProblem } from '../../io/import/types';
import type { OpenReport } from './report';
import type { OpenService } from './serviceTypes';

/** What enters the road (pipeline.ts). */
export type Arrival =
  | { kind: 'file'; file: File }
  /** A connections sheet with its elements sheet, chosen or dropped together. */
  | { kind: 'sheets'; files: readonly File[] }
  | { kind: 'url'; url: string }
  /** A file kept in this browser: from the recent-files list, or named by `?file=`. */
  | { kind: 'kept'; key: string }
  /** Our own graph.json, carried compressed in the link (`#data=`). */
  | { kind: 'link'; data: string }
  /**
   * A graph a person built from a text ("New from text…"): the accepted suggestions as our own
   * graph.json, named after the draft. It is kept and linked like an opened file.
   */
  | { kind: 'authored'; graphText: string; name: string };

export type Arrived =
  /** `summary`: "Opened connections.csv: 42 actors, 97 relations; 3 skipped." */
  | { ok: true; source: DataSource; loaded: Loaded; summary: string }
  /**
   * `atEntry`: refused before anything was opened (unreachable, too large, no longer kept,
   * damaged link data), so the one problem says it all.
   */
  | { ok: false; fileName: string; problems: ImportProblem[]; atEntry: boolean };

/** Where the shown dataset came from, as the source line tells the user. */
export type Origin =
  | { kind: 'builtin' }
  | { kind: 'url'; url: string; fileName: string }
  | { kind: 'link' }
  /** `graphText`: the kept graph.json, offered for download when the link carries the view only. */
  | { kind: 'file'; key: string; name: string; graphText: string };

/** A dataset ready to show, with the report of how it was opened. */
export interface Loaded {
  dataset: Dataset;
  origin: Origin;
  /** What was skipped, merged, repaired or noted on the way; null when nothing was. */
  report: OpenReport | null;
}

export type SourceLoad =
  | ({ ok: true } & Loaded)
  /** A shipped dataset that fails validation: its problems, shown on the error screen. */
  | { ok: false; problems: Problem[] }
  /** Data not built in that could not be opened: why, in one message. */
  | { ok: false; failure: string };

/** A report as the import report dialog shows it, with what writes its files. */
export interface ShownReport {
  report: OpenReport;
  writer: Pick<OpenService, 'problemsAsText' | 'problemsAsCsv'>;
}

/** What an open the user asked for comes to: the new data, or the report of why not. */
export type OpenOutcome =
  | { ok: true; source: DataSource; loaded: Loaded; summary: string; report: ShownReport | null }
  | { ok: false; report: ShownReport };

/** What a load is doing, for the loading screen: fetching the data, then checking it. */
export type LoadStage = 'loading' | 'checking';

/** What the user can open: everything that arrives, except data carried in a link. */
export type OpenRequest = Exclude<Arrival, { kind: 'link' }>;
