/**
 * The import's public face for the page: its types, its limits and the worker client. The
 * parsers are not exported from here on purpose: importing this module must not pull papaparse,
 * graphology or xmldom into the start-up bundle. Tests and the worker import them directly.
 */
export { importBytesInWorker, importInWorker, type ImportInWorkerOptions } from './client';
export {
  MAX_ATTRIBUTES,
  MAX_FIELD_LENGTH,
  MAX_IMPORT_BYTES,
  checkSize,
  formatMegabytes,
} from './limits';
export { MAX_LISTED_PROBLEMS } from './report';
export * from './types';
