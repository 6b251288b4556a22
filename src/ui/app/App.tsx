/** The application shell: reads the view from the link, loads its dataset, then shows the explorer. */
import { useCallback } from 'react';

import { DATASET_IDS, DEFAULT_DATASET_ID } from '../../data/catalog';
import type { Dataset } from '../../domain/dataset';
import { datasetIds } from '../../domain/urlCodec';
import { useDataset } from '../data/useDataset';
import { useTheme } from '../theme/useTheme';
import { useViewState } from '../view/useViewState';
import { Explorer } from './Explorer';
import { LinkNotice } from './LinkNotice';
import { DatasetErrorScreen, LoadingScreen } from './StatusScreens';

export function App() {
  // Owned here, above the explorer, so loading and error screens follow the theme too.
  const [theme, setTheme] = useTheme();
  const { view, update, notice, dismissNotice, adoptDataset, currentLink } = useViewState(
    DEFAULT_DATASET_ID,
    DATASET_IDS,
  );
  // The link's actor and relation ids can only be checked once its dataset is known.
  const onLoaded = useCallback(
    (dataset: Dataset) => adoptDataset(datasetIds(dataset)),
    [adoptDataset],
  );
  const load = useDataset(view.dataset, onLoaded);

  if (load.status === 'loading') return <LoadingScreen datasetId={view.dataset} />;
  if (!load.ok) return <DatasetErrorScreen datasetId={view.dataset} problems={load.problems} />;
  return (
    <Explorer
      dataset={load.dataset}
      view={view}
      onUpdate={update}
      currentLink={currentLink}
      theme={theme}
      onThemeChange={setTheme}
      notice={notice.length > 0 ? <LinkNotice lines={notice} onDismiss={dismissNotice} /> : null}
    />
  );
}
