/**
 * Opening data the user chose (a file, a web address, a kept file): one open at a time, with
 * progress and Cancel, then either the switch to the new dataset or the report, with the graph
 * on screen untouched. The work itself is the dataset service's (pipeline.ts, loaded on demand).
 */
import { useCallback, useEffect, useRef, useState } from 'react';

import type { DataSource } from '../../domain/dataSource';
import type { DatasetService, Loaded, OpenRequest, ShownReport } from './datasetService';

export interface OpenProgress {
  fileName: string;
  /** 0 to 1; null while the amount is unknown (downloading). */
  fraction: number | null;
}

export interface OpenFlow {
  progress: OpenProgress | null;
  report: ShownReport | null;
  /** The summary of the last open that went through with nothing dropped or changed, for a status line. */
  status: string | null;
  /** That open's report of notes (types matched, kinds declared), shown on request. */
  notes: ShownReport | null;
  showNotes: () => void;
  /** Files chosen or dropped: one file, or two sheets opened together. */
  openFiles: (files: readonly File[]) => void;
  openUrl: (url: string) => void;
  openKept: (key: string, name: string) => void;
  /** A graph built from a text: our own graph.json, kept and linked like an opened file. */
  openAuthored: (graphText: string, name: string) => void;
  cancel: () => void;
  closeReport: () => void;
  clearStatus: () => void;
}

/** `onOpened` switches the app to the opened data; it is called only on success. */
export function useOpenFlow(
  service: DatasetService,
  onOpened: (source: DataSource, loaded: Loaded) => void,
): OpenFlow {
  const [progress, setProgress] = useState<OpenProgress | null>(null);
  const [report, setReport] = useState<ShownReport | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [notes, setNotes] = useState<ShownReport | null>(null);
  const running = useRef<AbortController | null>(null);
  // The latest callback, for an open that ends after a render (useEffectEvent is for Effects).
  const onOpenedRef = useRef(onOpened);
  useEffect(() => {
    onOpenedRef.current = onOpened;
  });
  useEffect(() => () => running.current?.abort(), []);

  /** Starts one open; a newer one or Cancel aborts it, and its outcome is then dropped. */
  const start = useCallback(
    (fileName: string, request: OpenRequest) => {
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      const { signal } = controller;
      setStatus(null);
      setNotes(null);
      setReport(null);
      setProgress({ fileName, fraction: 0 });
      const onFraction = (fraction: number | null) => {
        if (!signal.aborted) setProgress({ fileName, fraction });
      };
      void service
        .open(request, signal, onFraction)
        // The report's rules load with the open, not with the page.
        .then(async (outcome) => {
          const { reportInterrupts } = await import('../../io/import/report');
          return { outcome, reportInterrupts };
        })
        .then(
          ({ outcome, reportInterrupts }) => {
            if (signal.aborted) return;
            if (outcome.ok) {
              onOpenedRef.current(outcome.source, outcome.loaded);
              // The report opens by itself only when something was skipped, merged or repaired
              // so that the picture changes; notes and minor repairs wait behind "View report".
              if (outcome.report && reportInterrupts(outcome.report.report.problems))
                setReport(outcome.report);
              else {
                setStatus(outcome.summary);
                setNotes(outcome.report);
              }
            } else {
              setReport(outcome.report);
            }
          },
          (error: unknown) => {
            if (signal.aborted) return;
            setStatus(
              `Could not open ${fileName}: ${error instanceof Error ? error.message : String(error)}`,
            );
          },
        )
        .finally(() => {
          if (running.current !== controller) return;
          running.current = null;
          setProgress(null);
        });
    },
    [service],
  );

  const openFile = useCallback((file: File) => start(file.name, { kind: 'file', file }), [start]);
  /** One file, or two opened together as a connections sheet and its elements sheet. */
  const openFiles = useCallback(
    (files: readonly File[]) => {
      const [first] = files;
      if (files.length === 1 && first) openFile(first);
      else if (files.length > 1)
        start(files.map((file) => file.name).join(' + '), { kind: 'sheets', files });
    },
    [openFile, start],
  );
  const openUrl = useCallback((url: string) => start(url, { kind: 'url', url }), [start]);
  const openKept = useCallback(
    (key: string, name: string) => start(name, { kind: 'kept', key }),
    [start],
  );

  const openAuthored = useCallback(
    (graphText: string, name: string) => start(name, { kind: 'authored', graphText, name }),
    [start],
  );

  const cancel = useCallback(() => {
    running.current?.abort();
    running.current = null;
    setProgress(null);
    setStatus('Opening cancelled; the graph on screen is unchanged.');
  }, []);

  const closeReport = useCallback(() => setReport(null), []);
  const clearStatus = useCallback(() => setStatus(null), []);
  const showNotes = useCallback(() => setReport(notes), [notes]);

  return {
    progress,
    report,
    notes,
    showNotes,
    status,
    openFiles,
    openUrl,
    openKept,
    openAuthored,
    cancel,
    closeReport,
    clearStatus,
  };
}
