/**
 * Opening data, the page's entry point. Only light modules here: the worker client and the
 * report's text and CSV. `openBytes`/`openText` (which pull in every parser) are imported from
 * './openDataset' with a dynamic import() when data arrives as text or is small.
 */
export { openBytesInWorker, openFileInWorker, reviveOpenResult } from './client';
export { problemLocation, problemsAsCsv, problemsAsText } from './problemText';
export type { OpenOptions, OpenProgress, OpenResult } from './types';
