/**
 * Opening data the user chose (a file, a web address, a kept file, a shipped dataset): size
 * check first, then the open (in the worker for large files, with progress and Cancel), then
 * either the switch to the new dataset, or the report, with the graph on screen untouched.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

import type { DataSource } from '../../domain/dataSource';
import { checkSize } from '../../io/import/limits';
import type { ImportProblem } from '../../io/import/types';
import type { Loaded } from '../data/loadSource';
import { fetchData } from './fetchData';
import type { OpenResult, OpenService, OpenServices } from './openService';
import { type OpenReport, failedSummary, openedSummary } from './report';

/** Files above this size are parsed in the worker, so the page stays responsive. */
export const WORKER_THRESHOLD_BYTES = 1024 * 1024;

export interface OpenProgress {
  fileName: string;
  /** 0 to 1; null while the amount is unknown (downloading). */
  fraction: number | null;
}

export interface ShownReport {
  report: OpenReport;
  writer: Pick<OpenService, 'problemsAsText' | 'problemsAsCsv'>;
}

export interface OpenFlow {
  progress: OpenProgress | null;
  report: ShownReport | null;
  /** The summary of the last open that went through without problems, for a status line. */
  status: string | null;
  openFile: (file: File) => void;
  openUrl: (url: string) => void;
  openKept: (key: string) => void;
  cancel: () => void;
  closeReport: () => void;
}

/** `onOpened` switches the app to the opened data; it is called only on success. */
export function useOpenFlow(
  services: OpenServices,
  onOpened: (source: DataSource, loaded: Loaded) => void,
): OpenFlow {
  const [progress, setProgress] = useState<OpenProgress | null>(null);
  const [report, setReport] = useState<ShownReport | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const running = useRef<AbortController | null>(null);
  const onOpenedRef = useRef(onOpened);
  useEffect(() => {
    onOpenedRef.current = onOpened;
  });
  useEffect(() => () => running.current?.abort(), []);

  const fail = useCallback(
    async (fileName: string, problems: ImportProblem[]) => {
      const writer = await services.open();
      setReport({
        report: { fileName, ok: false, summary: failedSummary(fileName, problems), problems },
        writer,
      });
    },
    [services],
  );

  /** Runs one open; a newer one or Cancel aborts it, and its result is then dropped. */
  const run = useCallback(
    (
      fileName: string,
      work: (
        signal: AbortSignal,
        onFraction: (fraction: number | null) => void,
      ) => Promise<
        { result: OpenResult; service: OpenService; size: number } | { failure: string }
      >,
      sourceFor: (
        result: Extract<OpenResult, { ok: true }>,
        graphText: string,
        size: number,
      ) => Promise<{ source: DataSource; loaded: Loaded }>,
    ) => {
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      const { signal } = controller;
      setStatus(null);
      setProgress({ fileName, fraction: 0 });
      const onFraction = (fraction: number | null) => {
        if (!signal.aborted) setProgress({ fileName, fraction });
      };
      void (async () => {
        try {
          const outcome = await work(signal, onFraction);
          if (signal.aborted) return;
          if ('failure' in outcome) {
            await fail(fileName, [
              { where: { file: fileName }, message: outcome.failure, action: 'refused' },
            ]);
            return;
          }
          const { result, service, size } = outcome;
          if (!result.ok) {
            setReport({
              report: {
                fileName,
                ok: false,
                summary: failedSummary(fileName, result.problems),
                problems: result.problems,
              },
              writer: service,
            });
            return;
          }
          const graphText = JSON.stringify(result.datasetFile);
          const { source, loaded } = await sourceFor(result, graphText, size);
          if (signal.aborted) return;
          const summary = openedSummary(
            fileName,
            { actors: result.dataset.actors.length, relations: result.dataset.relations.length },
            result.problems,
          );
          onOpenedRef.current(source, loaded);
          if (result.problems.length > 0) {
            setReport({
              report: { fileName, ok: true, summary, problems: result.problems },
              writer: service,
            });
          } else {
            setStatus(summary);
          }
        } catch (error) {
          if (signal.aborted) return;
          const reason = error instanceof Error ? error.message : String(error);
          await fail(fileName, [
            {
              where: { file: fileName },
              message: `The file could not be opened (${reason}).`,
              action: 'refused',
            },
          ]);
        } finally {
          if (running.current === controller) {
            running.current = null;
            setProgress(null);
          }
        }
      })();
    },
    [fail],
  );

  /** Keeps an opened file in this browser and carries it in the link when it is small enough. */
  const keep = useCallback(
    async (fileName: string, title: string, graphText: string, size: number) => {
      const [store, codec] = await Promise.all([services.store(), services.linkData()]);
      const key = await store.contentKey(graphText);
      try {
        await store.putDataset({
          key,
          name: fileName,
          title,
          size,
          openedAt: Date.now(),
          graphText,
        });
      } catch {
        // A browser without storage (private mode) still opens the file; only reload loses it.
      }
      return { key, data: codec.encodeLinkData(graphText) };
    },
    [services],
  );

  const openFile = useCallback(
    (file: File) => {
      const tooLarge = checkSize(file.size, file.name);
      if (tooLarge) {
        void fail(file.name, [tooLarge]);
        return;
      }
      run(
        file.name,
        async (signal, onFraction) => {
          const [service, buffer] = await Promise.all([services.open(), file.arrayBuffer()]);
          const result = await service.openBytes(new Uint8Array(buffer), file.name, {
            signal,
            onProgress: (step) => onFraction(step.fraction),
            inWorker: file.size > WORKER_THRESHOLD_BYTES,
          });
          return { result, service, size: file.size };
        },
        async (result, graphText, size) => {
          const { key, data } = await keep(file.name, result.dataset.title, graphText, size);
          return {
            source: { kind: 'file', key, data },
            loaded: {
              dataset: result.dataset,
              origin: { kind: 'file', key, name: file.name, graphText },
            },
          };
        },
      );
    },
    [run, fail, keep, services],
  );

  const openUrl = useCallback(
    (url: string) => {
      run(
        url,
        async (signal, onFraction) => {
          onFraction(null);
          const fetched = await fetchData(url, services, signal);
          if (!fetched.ok) return { failure: fetched.message };
          const service = await services.open();
          const result = await service.openBytes(fetched.bytes, fetched.fileName, {
            signal,
            sourceUrl: url,
            onProgress: (step) => onFraction(step.fraction),
            inWorker: fetched.bytes.byteLength > WORKER_THRESHOLD_BYTES,
          });
          return { result, service, size: fetched.bytes.byteLength };
        },
        async (result) => ({
          source: { kind: 'url', url },
          loaded: { dataset: result.dataset, origin: { kind: 'url', url } },
        }),
      );
    },
    [run, services],
  );

  const openKept = useCallback(
    (key: string) => {
      void (async () => {
        const store = await services.store();
        const kept = await store.getDataset(key).catch(() => undefined);
        if (!kept) {
          await fail('the kept file', [
            {
              where: { file: key },
              message: 'This file is no longer kept in this browser.',
              action: 'refused',
            },
          ]);
          return;
        }
        run(
          kept.name,
          async () => {
            const service = await services.open();
            const result = await service.openBytes(
              new TextEncoder().encode(kept.graphText),
              kept.name,
              {},
            );
            return { result, service, size: kept.size };
          },
          async (result, graphText, size) => {
            const { data } = await keep(kept.name, result.dataset.title, graphText, size);
            return {
              source: { kind: 'file', key, data },
              loaded: {
                dataset: result.dataset,
                origin: { kind: 'file', key, name: kept.name, graphText },
              },
            };
          },
        );
      })();
    },
    [run, fail, keep, services],
  );

  const cancel = useCallback(() => {
    running.current?.abort();
    running.current = null;
    setProgress(null);
    setStatus('Opening cancelled; the graph on screen is unchanged.');
  }, []);

  const closeReport = useCallback(() => setReport(null), []);

  return { progress, report, status, openFile, openUrl, openKept, cancel, closeReport };
}
