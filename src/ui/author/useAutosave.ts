/**
 * Keeps every change of a draft in this browser: 300 ms after the last change, and at once when
 * the page is hidden or left, so a reload, a closed tab or a crash loses nothing.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

import type { Draft } from '../../coder/draft';
import type { DraftStore } from './authorTypes';

export type SaveStatus =
  { kind: 'saved' } | { kind: 'saving' } | { kind: 'failed'; message: string };

const DEBOUNCE_MS = 300;

/**
 * Saves `draft` whenever it differs from what the store holds (`kept` when it was read). Returns the
 * status of saving and `flush`, which saves a waiting change now.
 */
export function useAutosave(store: DraftStore | null, draft: Draft | null, kept: Draft | null) {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'saved' });
  const waiting = useRef<Draft | null>(null);
  const storeRef = useRef(store);
  /** The draft the store holds now, as far as this screen knows. */
  const stored = useRef<Draft | null>(null);

  useEffect(() => {
    storeRef.current = store;
    stored.current = kept;
  }, [store, kept]);

  const flush = useCallback(async () => {
    const next = waiting.current;
    const target = storeRef.current;
    if (next === null || target === null) return;
    waiting.current = null;
    setStatus({ kind: 'saving' });
    try {
      await target.putDraft({ ...next, updatedAt: Date.now() });
      stored.current = next;
      if (waiting.current === null) setStatus({ kind: 'saved' });
    } catch (error) {
      // The change waits for the next attempt rather than being dropped.
      waiting.current ??= next;
      const reason = error instanceof Error ? error.message : String(error);
      setStatus({ kind: 'failed', message: reason });
    }
  }, []);

  useEffect(() => {
    if (store === null || draft === null || draft === stored.current) return;
    waiting.current = draft;
    // Until the store has it, the header says so: "Saved" must never cover a change still waiting.
    setStatus((current) => (current.kind === 'saving' ? current : { kind: 'saving' }));
    const timer = setTimeout(() => void flush(), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [store, draft, flush]);

  useEffect(() => {
    const now = () => void flush();
    const onHidden = () => {
      if (document.visibilityState === 'hidden') now();
    };
    window.addEventListener('pagehide', now);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', now);
      document.removeEventListener('visibilitychange', onHidden);
      now();
    };
  }, [flush]);

  return { status, flush };
}
