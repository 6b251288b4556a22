/**
 * The one road for data that is not built in, loaded only when such data is opened. Every
 * arrival (a file chosen or dropped, two sheets together, a web address typed or named by
 * `?src=`, a file kept in this browser, data carried in the link) takes the same steps: the size
 * check at the entry (nothing is read from a file that is too large), the bytes, the open (in
 * the worker for large files), then one result with its report. What the user opened from a
 * file is kept in this browser and fitted into the link. Never throws, except an AbortError.
 */
import type { Dataset } from '../../domain/dataset';
import { validateDataset } from '../../domain/validate';
import { checkSize } from '../../io/import/limits';
import type { ImportProblem } from '../../io/import/types';
import { asImportProblem, refusal } from '../../io/open/refusal';
import type { Arrival, Arrived, Loaded, Origin } from './datasetTypes';
import { fetchData, fileNameOf } from './fetchData';
import { failedSummary, openedSummary } from './report';
import type { OpenOptions, OpenResult, OpenService, OpenServices } from './serviceTypes';

interface Options extends Pick<OpenOptions, 'signal' | 'onProgress'> {
  /** An open by the user (not a link read): a kept file reopened moves to the top of the list. */
  keep?: boolean;
}

const refusedAtEntry = (fileName: string, message: string): Arrived => ({
  ok: false,
  fileName,
  atEntry: true,
  problems: refusal(fileName, message).problems,
});

/** A display name for an arrival before it is read: the one the progress line and report use. */
export function arrivalName(arrival: Arrival): string {
  switch (arrival.kind) {
    case 'file':
      return arrival.file.name;
    case 'sheets':
      return arrival.files.map((file) => file.name).join(' + ');
    case 'url':
      return fileNameOf(arrival.url);
    case 'kept':
      return 'kept file';
    case 'link':
      return 'link data';
    case 'authored':
      return arrival.name;
  }
}

/** One road: entry check, bytes, open, then the dataset with its report, or the problems. */
export async function openArrival(
  arrival: Arrival,
  services: OpenServices,
  options: Options = {},
): Promise<Arrived> {
  const { signal, onProgress } = options;
  const open = { ...(signal ? { signal } : {}), ...(onProgress ? { onProgress } : {}) };
  const fileName = arrivalName(arrival);
  switch (arrival.kind) {
    case 'file': {
      const tooLarge = checkSize(arrival.file.size, fileName);
      if (tooLarge) return refusedAtEntry(fileName, tooLarge.message);
      const bytes = new Uint8Array(await arrival.file.arrayBuffer());
      const result = await (await services.open()).openBytes(bytes, fileName, open);
      return arrived(result, fileName, services, arrival.file.size);
    }
    case 'sheets': {
      for (const file of arrival.files) {
        const tooLarge = checkSize(file.size, file.name);
        if (tooLarge) return refusedAtEntry(fileName, tooLarge.message);
      }
      const read = await Promise.all(
        arrival.files.map(async (file) => ({
          bytes: new Uint8Array(await file.arrayBuffer()),
          fileName: file.name,
        })),
      );
      const result = await (await services.open()).openSheets(read, open);
      const size = arrival.files.reduce((sum, file) => sum + file.size, 0);
      return arrived(result, fileName, services, size);
    }
    case 'url': {
      const fetched = await fetchData(arrival.url, services, signal);
      if (!fetched.ok) return refusedAtEntry(fileName, fetched.message);
      const service = await services.open();
      const result = await service.openBytes(fetched.bytes, fileName, {
        ...open,
        sourceUrl: arrival.url,
      });
      if (!result.ok) return { ok: false, fileName, problems: result.problems, atEntry: false };
      const origin: Origin = { kind: 'url', url: arrival.url, fileName };
      return {
        ok: true,
        source: { kind: 'url', url: arrival.url },
        ...opened(result.dataset, result.problems, origin, fileName),
      };
    }
    case 'kept': {
      const store = await services.store();
      const kept = await store.getDataset(arrival.key).catch(() => undefined);
      if (!kept) return refusedAtEntry(fileName, 'This file is no longer kept in this browser.');
      const result = ownGraph(kept.graphText, kept.name);
      if (!result.ok) {
        return { ok: false, fileName: kept.name, problems: result.problems, atEntry: false };
      }
      // Opened again from the list: it moves to the top of the recent files.
      if (options.keep) await store.putDataset({ ...kept, openedAt: Date.now() }).catch(() => {});
      const codec = await services.linkData();
      const { key } = arrival;
      const origin: Origin = { kind: 'file', key, name: kept.name, graphText: kept.graphText };
      return {
        ok: true,
        source: { kind: 'file', key, data: codec.encodeLinkData(kept.graphText) },
        ...opened(result.dataset, [], origin, kept.name),
      };
    }
    case 'link': {
      const decoded = (await services.linkData()).decodeLinkData(arrival.data);
      if (!decoded.ok) return refusedAtEntry(fileName, decoded.message);
      const result = ownGraph(decoded.graphText, fileName);
      if (!result.ok) return { ok: false, fileName, problems: result.problems, atEntry: false };
      return {
        ok: true,
        source: { kind: 'link', data: arrival.data },
        ...opened(result.dataset, [], { kind: 'link' }, fileName),
      };
    }
    case 'authored': {
      const tooLarge = checkSize(arrival.graphText.length, fileName);
      if (tooLarge) return refusedAtEntry(fileName, tooLarge.message);
      const result = ownGraph(arrival.graphText, fileName);
      if (!result.ok) return { ok: false, fileName, problems: result.problems, atEntry: false };
      return kept(
        arrival.graphText,
        result.dataset,
        [],
        fileName,
        services,
        arrival.graphText.length,
      );
    }
  }
}

/**
 * Our own graph.json, already in this browser (kept, or carried in the link): validated as it
 * is, without loading the parsers of other formats.
 */
function ownGraph(
  graphText: string,
  fileName: string,
): { ok: true; dataset: Dataset } | { ok: false; problems: ImportProblem[] } {
  const result = validateDataset({ graphText, graphFile: fileName });
  if (result.ok) return result;
  return {
    ok: false,
    problems: result.problems.map(asImportProblem),
  };
}

/** The dataset with how it was opened: its summary line, and its report when it has one. */
function opened(
  dataset: Dataset,
  problems: ImportProblem[],
  origin: Origin,
  fileName: string,
): { loaded: Loaded; summary: string } {
  const counts = { actors: dataset.actors.length, relations: dataset.relations.length };
  const summary = openedSummary(fileName, counts, problems);
  const report = problems.length > 0 ? { fileName, ok: true, summary, problems } : null;
  return { loaded: { dataset, origin, report }, summary };
}

/** A file's open, kept in this browser (for a reload) and fitted into the link when it can be. */
async function arrived(
  result: OpenResult,
  fileName: string,
  services: OpenServices,
  size: number,
): Promise<Arrived> {
  if (!result.ok) return { ok: false, fileName, problems: result.problems, atEntry: false };
  const graphText = JSON.stringify(result.datasetFile);
  return kept(graphText, result.dataset, result.problems, fileName, services, size);
}

/** Data the user brought, kept in this browser and fitted into the link when it can be. */
async function kept(
  graphText: string,
  dataset: Dataset,
  problems: ImportProblem[],
  fileName: string,
  services: OpenServices,
  size: number,
): Promise<Arrived> {
  const [store, codec] = await Promise.all([services.store(), services.linkData()]);
  const key = await store.contentKey(graphText);
  try {
    const title = dataset.title;
    await store.putDataset({ key, name: fileName, title, size, openedAt: Date.now(), graphText });
  } catch {
    // A browser without storage (private mode) still opens the file; only a reload loses it.
  }
  const origin: Origin = { kind: 'file', key, name: fileName, graphText };
  return {
    ok: true,
    source: { kind: 'file', key, data: codec.encodeLinkData(graphText) },
    ...opened(dataset, problems, origin, fileName),
  };
}

/** The report of an arrival that did not open, as the import report shows it. */
export function failedReport(refused: Extract<Arrived, { ok: false }>) {
  return {
    fileName: refused.fileName,
    ok: false,
    summary: failedSummary(refused.fileName, refused.problems),
    problems: refused.problems,
  };
}

/** The writer of report files, for a report shown before or without the open service. */
export type ReportWriter = Pick<OpenService, 'problemsAsText' | 'problemsAsCsv'>;
