/**
 * Loads the dataset a data source names: a shipped one from the catalogue, or (through
 * loadForeign.ts, loaded only when a link needs it) a file on the web, data carried in the link
 * or a file kept in this browser. Data that is not built in and cannot be opened gives one
 * message naming what is wrong; the app then shows the default dataset with it, never a blank page.
 */
import { loadDataset } from '../../data/catalog';
import { type DataSource, sourceKey } from '../../domain/dataSource';
import type { Dataset } from '../../domain/dataset';
import type { Problem } from '../../domain/validate';
import { adoptShippedPositions } from '../../graph/layouts';
import type { ImportProblem } from '../../io/import/types';
import type { OpenServices } from '../open/openService';

/** Where the shown dataset came from, as the source line tells the user. */
export type Origin =
  | { kind: 'builtin' }
  /** `problems`: what its report lists (skipped rows, repairs), for the line under the header. */
  | { kind: 'url'; url: string; fileName?: string; problems?: ImportProblem[] }
  | { kind: 'link' }
  /** `graphText`: the kept graph.json, offered for download when the link carries the view only. */
  | { kind: 'file'; key: string; name: string; graphText: string };

export type SourceLoad =
  | { ok: true; dataset: Dataset; origin: Origin }
  /** A shipped dataset that fails validation: its problems, shown on the error screen. */
  | { ok: false; problems: Problem[] }
  /** Data not built in that could not be opened: why, in one message. */
  | { ok: false; failure: string };

export interface Loaded {
  dataset: Dataset;
  origin: Origin;
}

// Datasets opened in this session, so Back and Forward between them switch at once.
const loaded = new Map<string, Loaded>();
const KEPT_IN_MEMORY = 6;

/** Remembers a dataset just opened, so switching to its source needs no second load. */
export function rememberLoaded(source: DataSource, entry: Loaded): void {
  const key = sourceKey(source);
  loaded.delete(key);
  loaded.set(key, entry);
  for (const old of [...loaded.keys()].slice(0, -KEPT_IN_MEMORY)) loaded.delete(old);
}

/** A dataset of this session for the source, without waiting, when there is one. */
export function loadedNow(source: DataSource): Loaded | undefined {
  return loaded.get(sourceKey(source));
}

/** Forgets a source's dataset from this session's memory (after "Forget this data"). */
export function forgetLoaded(source: DataSource): void {
  loaded.delete(sourceKey(source));
}

/** What a load is doing, for the loading screen: fetching the data, then checking it. */
export type LoadStage = 'loading' | 'checking';

/** Loads what a source names; never throws. */
export async function loadSource(
  source: DataSource,
  services: OpenServices,
  onStage?: (stage: LoadStage) => void,
): Promise<SourceLoad> {
  const remembered = loadedNow(source);
  if (remembered) return { ok: true, ...remembered };
  try {
    let result: SourceLoad;
    switch (source.kind) {
      case 'builtin':
        result = await loadDataset(source.id).then((load) => {
          if (!load.ok) return load;
          adoptShippedPositions(load.dataset, load.positions);
          return { ok: true, dataset: load.dataset, origin: { kind: 'builtin' } as const };
        });
        break;
      default:
        result = await import('./loadForeign').then((foreign) =>
          foreign.loadForeign(source, services, onStage),
        );
    }
    if (result.ok && source.kind !== 'builtin') rememberLoaded(source, result);
    return result;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, failure: `The data could not be opened (${reason}).` };
  }
}
