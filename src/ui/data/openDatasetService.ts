/**
 * The open service the page uses: large files are opened in the worker (parsing, normalising
 * and validating off the main thread), small ones here, where the worker's start-up would cost
 * more than the work. Loaded with a dynamic import, so none of it is on the start-up path.
 */
import { openBytesInWorker } from '../../io/open/client';
import { problemsAsCsv, problemsAsText } from '../../io/open/problemText';
import type { OpenService } from './serviceTypes';

export { problemsAsCsv, problemsAsText };

/** Files above this size are parsed in the worker, so the page stays responsive. */
export const WORKER_THRESHOLD_BYTES = 1024 * 1024;

// Sheets are opened here: a pair of spreadsheets big enough to need the worker is rare.
export const openSheets: OpenService['openSheets'] = async (files, options = {}) => {
  const { openSheets: openHere } = await import('../../io/open/openDataset');
  return openHere(files, options);
};

export const openBytes: OpenService['openBytes'] = async (bytes, fileName, options = {}) => {
  if (bytes.byteLength > WORKER_THRESHOLD_BYTES) return openBytesInWorker(bytes, fileName, options);
  const { openBytes: openHere } = await import('../../io/open/openDataset');
  return openHere(bytes, fileName, options);
};
