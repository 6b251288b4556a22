/**
 * The real drafts store and coder, imported only when a person starts from a text: the coder
 * (compromise and the tables) loads inside its worker, never on the page's start-up path.
 */
import type { AuthorServices } from './authorTypes';

export const DEFAULT_AUTHOR_SERVICES: AuthorServices = {
  drafts: () => import('../../io/store/draftStore').then((module) => module.draftStore),
  code: (text, options) =>
    import('../../io/coder/client').then((module) => module.codeInWorker(text, options)),
};
