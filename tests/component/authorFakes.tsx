/** Fakes for the review screen's services: drafts kept in memory and a coder that answers as told. */
import { vi } from 'vitest';

import type { Draft } from '../../src/coder/draft';
import type { CodedText } from '../../src/coder/types';
import { AuthorScreen, type AuthorScreenProps } from '../../src/ui/author/AuthorScreen';
import type { DraftStore } from '../../src/ui/author/authorTypes';
import { CODED } from '../unit/coder/draftFixture';
import { renderWithUser } from './helpers';

/** A DraftStore over a Map, recording every draft it is given. */
export function memoryStore(drafts: readonly Draft[] = []) {
  const kept = new Map(drafts.map((draft) => [draft.id, draft]));
  const puts: Draft[] = [];
  const store: DraftStore = {
    listDrafts: async () => [],
    getDraft: async (id) => kept.get(id),
    putDraft: async (draft) => {
      puts.push(draft);
      kept.set(draft.id, draft);
    },
    deleteDraft: async (id) => {
      kept.delete(id);
    },
    newDraftId: () => 'draft-new',
  };
  return { store, puts, kept };
}

/** Renders the review of `draftId` with the store given and a coder that returns CODED. */
export function renderAuthor(
  store: DraftStore,
  draftId: string,
  overrides: Partial<AuthorScreenProps> = {},
  code: AuthorScreenProps['services']['code'] = async () => CODED,
) {
  const props: AuthorScreenProps = {
    draftId,
    theme: 'light',
    onThemeChange: vi.fn(),
    services: { drafts: async () => store, code },
    onPublish: vi.fn(),
    onExit: vi.fn(),
    onNewFromText: vi.fn(),
    ...overrides,
  };
  return { props, ...renderWithUser(<AuthorScreen {...props} />) };
}

/** A coder that reports progress and answers only when told, or fails when aborted. */
export function controlledCoder() {
  let finish: (coded: CodedText) => void = () => {};
  const code = vi.fn(
    (
      _text: string,
      options: { onProgress?: (d: number, t: number) => void; signal?: AbortSignal },
    ) =>
      new Promise<CodedText>((resolve, reject) => {
        options.onProgress?.(1, 3);
        finish = resolve;
        options.signal?.addEventListener('abort', () =>
          reject(new DOMException('stopped', 'AbortError')),
        );
      }),
  );
  return { code, finish: (coded: CodedText) => finish(coded) };
}
