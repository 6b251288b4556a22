/**
 * Loads data that is not built in: a file on the web (`src`), data carried in the link (`#data`)
 * or a file kept in this browser (`file`). Loaded on demand, with the fetch and storage code.
 */
import type { DataSource } from '../../domain/dataSource';
import { measureStage } from '../../domain/stageTiming';
import { validateDataset } from '../../domain/validate';
import { fetchData } from '../open/fetchData';
import type { OpenServices } from '../open/openService';
import type { LoadStage, Origin, SourceLoad } from './loadSource';

/**
 * The cause first: a refusal ("declares no nodes") says why nothing opened, where a side note
 * found on the way ("not valid UTF-8…, read as Windows-1252") does not.
 */
function firstProblem(problems: { message: string; action?: string }[]): string {
  const first = problems.find((problem) => problem.action === 'refused') ?? problems[0];
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

async function fromUrl(
  url: string,
  services: OpenServices,
  onStage?: (stage: LoadStage) => void,
): Promise<SourceLoad> {
  let start = performance.now();
  const fetched = await fetchData(url, services);
  measureStage('fetch', start);
  if (!fetched.ok) return { ok: false, failure: fetched.message };
  onStage?.('checking');
  start = performance.now();
  const service = await services.open();
  const result = await service.openBytes(fetched.bytes, fetched.fileName, {
    sourceUrl: url,
    inWorker: fetched.bytes.byteLength > 1024 * 1024,
  });
  measureStage('open', start);
  if (!result.ok) {
    return {
      ok: false,
      failure: `The file at ${url} could not be opened: ${firstProblem(result.problems)}`,
    };
  }
  // What was skipped or repaired on the way is told under the header, as for an opened file.
  const origin: Origin = {
    kind: 'url',
    url,
    fileName: fetched.fileName,
    problems: result.problems,
  };
  return { ok: true, dataset: result.dataset, origin };
}

/** Loads a source that is not built in; its errors become the failure message of the caller. */
export function loadForeign(
  source: Exclude<DataSource, { kind: 'builtin' }>,
  services: OpenServices,
  onStage?: (stage: LoadStage) => void,
): Promise<SourceLoad> {
  switch (source.kind) {
    case 'url':
      return fromUrl(source.url, services, onStage);
    case 'link':
      return fromLinkData(source.data, services);
    case 'file':
      return fromStorage(source, services);
  }
}
