/**
 * One draft's review session: reads the draft, runs the coder when it has not run (with progress
 * and a way to stop it), holds the history, and keeps every change (useAutosave.ts).
 */
import { useCallback, useEffect, useEffectEvent, useReducer, useRef, useState } from 'react';

import { type Command, type Draft, withCoded } from '../../coder/draft';
import type { AuthorServices, DraftStore } from './authorTypes';
import { EMPTY_SESSION, sessionReducer } from './sessionState';
import { useAutosave } from './useAutosave';

export type Phase =
  | { kind: 'loading' }
  | { kind: 'missing' }
  /** The store could not be opened, or the draft in it cannot be read. */
  | { kind: 'unreadable'; message: string }
  | { kind: 'coding'; done: number; total: number }
  /** The coder was stopped or failed; the text is kept and can be coded again. */
  | { kind: 'not-coded'; message: string }
  | { kind: 'ready' };

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

type Read = { store: DraftStore; draft: Draft | undefined } | { failure: string };

async function readDraft(services: AuthorServices, draftId: string): Promise<Read> {
  try {
    const store = await services.drafts();
    return { store, draft: await store.getDraft(draftId) };
  } catch (error) {
    return { failure: messageOf(error) };
  }
}

/** The session of the draft `draftId`; mount it afresh (a `key`) for another draft. */
export function useDraftSession(draftId: string, services: AuthorServices) {
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [store, setStore] = useState<DraftStore | null>(null);
  const [state, dispatch] = useReducer(sessionReducer, EMPTY_SESSION);
  const coding = useRef<AbortController | null>(null);
  const draft = state.history?.draft ?? null;
  const { status: saveStatus, flush } = useAutosave(store, draft, state.kept);
  const code = services.code;

  const startCoding = useCallback(
    (uncoded: Draft, kept: Draft) => {
      coding.current?.abort();
      const controller = new AbortController();
      coding.current = controller;
      setPhase({ kind: 'coding', done: 0, total: 0 });
      let shownPercent = -1;
      const onProgress = (done: number, total: number) => {
        const percent = total > 0 ? Math.floor((done * 100) / total) : 0;
        if (controller.signal.aborted || percent === shownPercent) return;
        shownPercent = percent;
        setPhase({ kind: 'coding', done, total });
      };
      code(uncoded.text, { onProgress, signal: controller.signal }).then(
        (coded) => {
          if (controller.signal.aborted) return;
          const count = coded.relations.length;
          dispatch({
            type: 'load',
            draft: withCoded(uncoded, coded),
            kept,
            announcement: `The coder made ${count} suggestion${count === 1 ? '' : 's'}.`,
          });
          setPhase({ kind: 'ready' });
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          setPhase({ kind: 'not-coded', message: `The coder failed: ${messageOf(error)}` });
        },
      );
    },
    [code],
  );

  const currentServices = useEffectEvent(() => services);
  const onRead = useEffectEvent((read: Read) => {
    if ('failure' in read) {
      setPhase({ kind: 'unreadable', message: read.failure });
      return;
    }
    setStore(read.store);
    if (read.draft === undefined) {
      setPhase({ kind: 'missing' });
      return;
    }
    dispatch({ type: 'load', draft: read.draft, kept: read.draft });
    if (read.draft.coded === null) startCoding(read.draft, read.draft);
    else setPhase({ kind: 'ready' });
  });

  useEffect(() => {
    let live = true;
    void readDraft(currentServices(), draftId).then((read) => {
      if (live) onRead(read);
    });
    return () => {
      live = false;
      coding.current?.abort();
    };
  }, [draftId]);

  const stopCoding = useCallback(() => {
    coding.current?.abort();
    setPhase({
      kind: 'not-coded',
      message: 'The coder was stopped before it finished. The text is kept in this browser.',
    });
  }, []);

  const codeAgain = useCallback(() => {
    if (draft && state.kept) startCoding(draft, state.kept);
  }, [draft, state.kept, startCoding]);

  const perform = useCallback((command: Command) => dispatch({ type: 'do', command }), []);
  const undo = useCallback(() => dispatch({ type: 'undo' }), []);
  const redo = useCallback(() => dispatch({ type: 'redo' }), []);

  return {
    phase,
    draft,
    history: state.history,
    announcement: state.announcement,
    saveStatus,
    flush,
    perform,
    undo,
    redo,
    stopCoding,
    codeAgain,
  };
}
