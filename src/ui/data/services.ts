/**
 * The real services, imported dynamically so that none of them is on the start-up path.
 * Tests pass fakes of the same interface (serviceTypes.ts) instead.
 */
import type { OpenServices } from './serviceTypes';

export const DEFAULT_SERVICES: OpenServices = {
  open: () => import('./openDatasetService'),
  store: () => import('../../io/store/datasetStore'),
  linkData: () => import('../../io/linkData'),
  fetch: (url, init) => window.fetch(url, { ...init, credentials: 'omit' }),
};
