/**
 * Loads the dataset a data source names: a shipped one from the catalogue, a file on the web,
 * data carried in the link, or a file kept in this browser. Data that is not built in and cannot
 * be opened gives one message naming what is wrong; the app then shows the default dataset with
 * that message, never a blank page.
 */
import { loadDataset } from '../../data/catalog';
import { type DataSource, sourceKey } from '../../domain/dataSource';
import type { Dataset } from '../../domain/dataset';
import { type Problem, validateDataset } from '../../domain/validate';
import { fetchData } from '../open/fetchData';
import type { OpenServices } from '../open/openService';

/** Where the shown dataset came from, as the source line tells the user. */
export type Origin =
  | { kind: 'builtin' }
  | { kind: 'url'; url: string }
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

function firstProblem(problems: { message: string }[]): string {
  const [first] = problems;
  if (!first) return 'it holds no graph';
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problems)` : '';
  return `${first.message}${more}`;
}

async function fromLinkData(data: string, services: OpenServices): Promise<SourceLoad> {
  const codec = await services.linkData();
  const decoded = codec.decodeLinkData(data);
  if (!decoded.ok) return { ok: false, failure: decoded.message };
  const result = validateDataset({ graphText: decoded.graphText, graphFile: 'link data' });
  if (!result.ok) {
    return {
      ok: false,
      failure: `The data carried in this link is not a valid graph: ${firstProblem(result.problems)}.`,
    };
  }
  return { ok: true, dataset: result.dataset, origin: { kind: 'link' } };
}

async function fromStorage(
  source: Extract<DataSource, { kind: 'file' }>,
  services: OpenServices,
): Promise<SourceLoad> {
  let stored;
  try {
    stored = await (await services.store()).getDataset(source.key);
  } catch {
    stored = undefined;
  }
  if (stored) {
    const result = validateDataset({ graphText: stored.graphText, graphFile: stored.name });
    if (result.ok) {
      const origin: Origin = {
        kind: 'file',
        key: source.key,
        name: stored.name,
        graphText: stored.graphText,
      };
      return { ok: true, dataset: result.dataset, origin };
    }
  }
  // Someone else's link: the data lives in the sender's browser, unless the link carries it.
  if (source.data !== null) return fromLinkData(source.data, services);
  return {
    ok: false,
    failure:
      'The data of this link was opened from a file in the sender’s browser and is kept only there. ' +
      'Ask the sender for the data file (their “Copy link” offers it for download) and open it with “Open…”.',
  };
}

async function fromUrl(url: string, services: OpenServices): Promise<SourceLoad> {
  const fetched = await fetchData(url, services);
  if (!fetched.ok) return { ok: false, failure: fetched.message };
  const service = await services.open();
  const result = await service.openBytes(fetched.bytes, fetched.fileName, {
    sourceUrl: url,
    inWorker: fetched.bytes.byteLength > 1024 * 1024,
  });
  if (!result.ok) {
    return {
      ok: false,
      failure: `The file at ${url} could not be opened: ${firstProblem(result.problems)}`,
    };
  }
  return { ok: true, dataset: result.dataset, origin: { kind: 'url', url } };
}

/** Loads what a source names; never throws. */
export async function loadSource(source: DataSource, services: OpenServices): Promise<SourceLoad> {
  const remembered = loadedNow(source);
  if (remembered) return { ok: true, ...remembered };
  try {
    let result: SourceLoad;
    switch (source.kind) {
      case 'builtin':
        result = await loadDataset(source.id).then((load) =>
          load.ok ? { ...load, origin: { kind: 'builtin' } as const } : load,
        );
        break;
      case 'url':
        result = await fromUrl(source.url, services);
        break;
      case 'link':
        result = await fromLinkData(source.data, services);
        break;
      case 'file':
        result = await fromStorage(source, services);
        break;
    }
    if (result.ok && source.kind !== 'builtin') rememberLoaded(source, result);
    return result;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, failure: `The data could not be opened (${reason}).` };
  }
}
