/**
 * The state of the New from text dialog: the text, the source fields, what the last file or
 * page was reduced from, the one problem shown, and reading or fetching under way (cancelled
 * when the dialog closes). A refused file or address never touches the text already there.
 */
import { useEffect, useRef, useState } from 'react';

import { httpAddress } from '../../domain/link/httpAddress';
import { isCodingAbort, textFromBytesOffPage } from '../../io/coder/client';
import type { TextIntake } from '../../io/text/intake';
import { checkTextSize, isPageName } from '../../io/text/limits';
import { type FetchPage, fetchArticle } from './intakeFetch';
import { NO_FIELDS, type SourceFields, fieldsFromMeta, prefill } from './intakeFields';

export type ProblemPlace = 'text' | 'file' | 'address' | 'url';

export interface Problem {
  where: ProblemPlace;
  message: string;
}

/** Where the text in the box came from, and what reading it left out. */
export interface Loaded {
  from: string;
  notes: string[];
}

export function useTextIntake(fetchPage: FetchPage) {
  const [text, setText] = useState('');
  // The fields and which of them the last page filled, changed together.
  const [source, setSource] = useState({ fields: NO_FIELDS, filled: NO_FIELDS });
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const job = useRef<AbortController | null>(null);

  useEffect(() => () => job.current?.abort(), []);

  /** Starts a job, cancelling any other; null when it was cancelled or failed (then said). */
  const run = async <T>(
    what: string,
    where: ProblemPlace,
    work: (signal: AbortSignal) => Promise<T>,
  ): Promise<T | null> => {
    job.current?.abort();
    const controller = new AbortController();
    job.current = controller;
    setBusy(what);
    setProblem(null);
    try {
      return await work(controller.signal);
    } catch (error) {
      if (!isCodingAbort(error) && !controller.signal.aborted) {
        const detail = error instanceof Error ? error.message : String(error);
        setProblem({
          where,
          message: `Reading stopped unexpectedly (${detail}). Paste the text instead.`,
        });
      }
      return null;
    } finally {
      if (job.current === controller) {
        job.current = null;
        setBusy(null);
      }
    }
  };

  const apply = (intake: TextIntake, where: ProblemPlace, from: string, fetchedFrom?: string) => {
    if (!intake.ok) {
      setProblem({ where, message: intake.message });
      return;
    }
    const found = fieldsFromMeta(intake.meta, fetchedFrom);
    setText(intake.text);
    setSource((current) => prefill(current.fields, current.filled, found));
    setLoaded({ from, notes: intake.notes });
  };

  const openFile = async (file: File) => {
    const label = `“${file.name}”`;
    const tooLarge = checkTextSize(file.size, isPageName(file.name, file.type) ? 'page' : 'file');
    if (tooLarge) {
      setProblem({ where: 'file', message: tooLarge });
      return;
    }
    const intake = await run(`Reading ${label}…`, 'file', async (signal) => {
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await file.arrayBuffer());
      } catch {
        return { ok: false, message: `${label} could not be read from this computer.` } as const;
      }
      return textFromBytesOffPage(bytes, file.name, { mime: file.type, signal });
    });
    if (intake) apply(intake, 'file', label);
  };

  const fetchAddress = async (address: string) => {
    const url = address.trim();
    if (httpAddress(url) === null) {
      setProblem({
        where: 'address',
        message: 'Enter a web address that starts with https:// or http://.',
      });
      return;
    }
    const result = await run(`Fetching ${url}…`, 'address', async (signal) => {
      const page = await fetchArticle(url, fetchPage, signal);
      if (!page.ok) return { intake: page, url };
      const intake = await textFromBytesOffPage(page.bytes, page.fileName, {
        mime: page.mime,
        signal,
      });
      return { intake, url: page.url };
    });
    if (result) apply(result.intake, 'address', result.url, result.url);
  };

  const editText = (value: string) => {
    setText(value);
    if (problem?.where === 'text') setProblem(null);
    // Notes about a loaded page stop applying once the box is emptied.
    if (value.trim() === '') setLoaded(null);
  };

  const editField = (name: keyof SourceFields, value: string) => {
    setSource((current) => ({ ...current, fields: { ...current.fields, [name]: value } }));
    if (name === 'url' && problem?.where === 'url') setProblem(null);
  };

  return {
    text,
    fields: source.fields,
    loaded,
    problem,
    busy,
    setProblem,
    editText,
    editField,
    openFile,
    fetchAddress,
    cancel: () => job.current?.abort(),
  };
}
