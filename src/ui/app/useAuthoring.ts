/**
 * Starting a graph from a text, for the app shell: the "New from text…" dialog, the drafts it
 * lists, and the step from a pasted text to its draft (`?draft=<id>`, the review screen). The
 * review's "Open in explorer" goes down the one data road as an authored arrival (App.tsx).
 */
import { useCallback, useState } from 'react';

// The one function a start needs, not the review's model (that loads with the review screen).
import { newDraft } from '../../coder/draft/newDraft';
import type { DraftEntry, NewFromTextInput } from '../author/NewFromTextDialog';
import type { AuthorServices } from '../author/authorTypes';

export interface Authoring {
  dialogOpen: boolean;
  /** Drafts kept in this browser, most recent first; null while they load. */
  drafts: DraftEntry[] | null;
  /** Why the last start failed (storage refused it), shown in the dialog's place. */
  failure: string | null;
  showDialog: () => void;
  closeDialog: () => void;
  start: (input: NewFromTextInput) => void;
  reopen: (id: string) => void;
  forget: (id: string) => void;
}

/** `openDraft` shows a draft's review screen (or leaves it, with null). */
export function useAuthoring(
  services: AuthorServices,
  openDraft: (id: string | null, mode: 'push' | 'replace') => void,
  currentDraft: string | null,
): Authoring {
  const [dialogOpen, setDialogOpen] = useState(false);
  const [drafts, setDrafts] = useState<DraftEntry[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const refresh = useCallback(() => {
    void services
      .drafts()
      .then((store) => store.listDrafts())
      .then(setDrafts, () => setDrafts([]));
  }, [services]);

  const showDialog = useCallback(() => {
    setFailure(null);
    refresh();
    setDialogOpen(true);
  }, [refresh]);

  const start = useCallback(
    (input: NewFromTextInput) => {
      void (async () => {
        try {
          const store = await services.drafts();
          const note = input.notes.join(' ');
          const draft = newDraft({
            id: store.newDraftId(),
            title: input.source.title ?? '',
            // What reading the text left out (a page's scripts and menus) is part of where it came from.
            source: { ...input.source, ...(note ? { note } : {}) },
            text: input.text,
            now: Date.now(),
          });
          await store.putDraft(draft);
          setDialogOpen(false);
          openDraft(draft.id, 'push');
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          setFailure(
            `The draft could not be kept in this browser (${reason}); your text is still in the box.`,
          );
        }
      })();
    },
    [services, openDraft],
  );

  const reopen = useCallback(
    (id: string) => {
      setDialogOpen(false);
      openDraft(id, 'push');
    },
    [openDraft],
  );

  const forget = useCallback(
    (id: string) => {
      void services
        .drafts()
        .then((store) => store.deleteDraft(id))
        .catch(() => undefined)
        .then(() => {
          if (currentDraft === id) openDraft(null, 'replace');
          refresh();
        });
    },
    [services, openDraft, currentDraft, refresh],
  );

  return {
    dialogOpen,
    drafts,
    failure,
    showDialog,
    closeDialog: useCallback(() => setDialogOpen(false), []),
    start,
    reopen,
    forget,
  };
}
