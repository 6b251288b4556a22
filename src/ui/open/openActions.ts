/**
 * The work of one open, loaded only when the user opens something: size check first (nothing
 * is read from a file that is too large), then fetch or read, then the open itself (in the
 * worker for large files), then keeping a file in this browser and fitting it into the link.
 * Never throws: every outcome is the new data or a report.
 */
import type { DataSource } from '../../domain/dataSource';
import { checkSize } from '../../io/import/limits';
import type { ImportProblem } from '../../io/import/types';
import type { Loaded } from '../data/loadSource';
import { fetchData } from './fetchData';
import type { OpenResult, OpenService, OpenServices } from './openService';
import { type OpenReport, failedSummary, openedSummary } from './report';

/** Files above this size are parsed in the worker, so the page stays responsive. */
export const WORKER_THRESHOLD_BYTES = 1024 * 1024;

export type OpenRequest =
  | { kind: 'file'; file: File }
  /** A connections sheet with its elements sheet, chosen or dropped together. */
  | { kind: 'sheets'; files: readonly File[] }
  | { kind: 'url'; url: string }
  /** A file kept in this browser, from the recent-files list. */
  | { kind: 'kept'; key: string };

export interface ShownReport {
  report: OpenReport;
  writer: Pick<OpenService, 'problemsAsText' | 'problemsAsCsv'>;
}

export type OpenOutcome =
  | { ok: true; source: DataSource; loaded: Loaded; summary: string; report: ShownReport | null }
  | { ok: false; report: ShownReport };

type Opened = Extract<OpenResult, { ok: true }>;

async function failed(
  services: OpenServices,
  fileName: string,
  problems: ImportProblem[],
  writer?: OpenService,
): Promise<OpenOutcome> {
  return {
    ok: false,
    report: {
      report: { fileName, ok: false, summary: failedSummary(fileName, problems), problems },
      writer: writer ?? (await services.open()),
    },
  };
}

function refusal(fileName: string, message: string): ImportProblem[] {
  return [{ where: { file: fileName }, message, action: 'refused' }];
}

/** Keeps an opened file in this browser and carries it in the link when it is small enough. */
async function keep(
  services: OpenServices,
  name: string,
  result: Opened,
  size: number,
): Promise<{ source: DataSource; loaded: Loaded }> {
  const graphText = JSON.stringify(result.datasetFile);
  const [store, codec] = await Promise.all([services.store(), services.linkData()]);
  const key = await store.contentKey(graphText);
  try {
    const title = result.dataset.title;
    await store.putDataset({ key, name, title, size, openedAt: Date.now(), graphText });
  } catch {
    // A browser without storage (private mode) still opens the file; only a reload loses it.
  }
  return {
    source: { kind: 'file', key, data: codec.encodeLinkData(graphText) },
    loaded: { dataset: result.dataset, origin: { kind: 'file', key, name, graphText } },
  };
}

/** What an open that went through comes to: its summary line, and its report when it has one. */
function succeeded(
  fileName: string,
  result: Opened,
  service: OpenService,
  { source, loaded }: { source: DataSource; loaded: Loaded },
): OpenOutcome {
  const summary = openedSummary(
    fileName,
    { actors: result.dataset.actors.length, relations: result.dataset.relations.length },
    result.problems,
  );
  const report =
    result.problems.length > 0
      ? { report: { fileName, ok: true, summary, problems: result.problems }, writer: service }
      : null;
  return { ok: true, source, loaded, summary, report };
}

/** Opens two sheets together, then keeps them in this browser as one dataset. */
async function openSheets(
  files: readonly File[],
  services: OpenServices,
  signal: AbortSignal,
): Promise<OpenOutcome> {
  const fileName = files.map((file) => file.name).join(' + ');
  for (const file of files) {
    const tooLarge = checkSize(file.size, file.name);
    if (tooLarge) return failed(services, fileName, [tooLarge]);
  }
  const read = await Promise.all(
    files.map(async (file) => ({
      bytes: new Uint8Array(await file.arrayBuffer()),
      fileName: file.name,
    })),
  );
  const service = await services.open();
  const result = await service.openSheets(read, { signal });
  if (!result.ok) return failed(services, fileName, result.problems, service);
  const size = files.reduce((sum, file) => sum + file.size, 0);
  return succeeded(fileName, result, service, await keep(services, fileName, result, size));
}

/** Performs one open; `signal` cancels it (the caller then drops the outcome). */
export async function performOpen(
  request: OpenRequest,
  services: OpenServices,
  signal: AbortSignal,
  onFraction: (fraction: number | null) => void,
): Promise<OpenOutcome> {
  const onProgress = (step: { fraction: number }) => onFraction(step.fraction);
  let fileName =
    request.kind === 'file'
      ? request.file.name
      : request.kind === 'url'
        ? request.url
        : request.kind === 'sheets'
          ? request.files.map((file) => file.name).join(' + ')
          : 'kept file';
  try {
    if (request.kind === 'sheets') return await openSheets(request.files, services, signal);
    let bytes: Uint8Array;
    let size: number;
    if (request.kind === 'file') {
      const tooLarge = checkSize(request.file.size, fileName);
      if (tooLarge) return await failed(services, fileName, [tooLarge]);
      bytes = new Uint8Array(await request.file.arrayBuffer());
      size = request.file.size;
    } else if (request.kind === 'url') {
      onFraction(null);
      const fetched = await fetchData(request.url, services, signal);
      if (!fetched.ok) return await failed(services, fileName, refusal(fileName, fetched.message));
      bytes = fetched.bytes;
      size = bytes.byteLength;
    } else {
      const kept = await (await services.store()).getDataset(request.key).catch(() => undefined);
      if (!kept) {
        return await failed(
          services,
          fileName,
          refusal(fileName, 'This file is no longer kept in this browser.'),
        );
      }
      fileName = kept.name;
      bytes = new TextEncoder().encode(kept.graphText);
      size = kept.size;
    }
    const service = await services.open();
    const name = request.kind === 'url' ? request.url.split('/').pop() || request.url : fileName;
    const result = await service.openBytes(bytes, name, {
      signal,
      onProgress,
      inWorker: bytes.byteLength > WORKER_THRESHOLD_BYTES,
      ...(request.kind === 'url' ? { sourceUrl: request.url } : {}),
    });
    if (!result.ok) return await failed(services, fileName, result.problems, service);
    const { source, loaded } =
      request.kind === 'url'
        ? {
            source: { kind: 'url', url: request.url } as DataSource,
            loaded: {
              dataset: result.dataset,
              origin: { kind: 'url', url: request.url },
            } as Loaded,
          }
        : await keep(services, fileName, result, size);
    return succeeded(fileName, result, service, { source, loaded });
  } catch (error) {
    if (signal.aborted) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    return failed(
      services,
      fileName,
      refusal(fileName, `The file could not be opened (${reason}).`),
    );
  }
}
