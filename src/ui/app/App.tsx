/** The application shell: loads the dataset, then hands it to the explorer. */
import { DEFAULT_DATASET_ID } from '../../data/catalog';
import { defaultView } from '../../domain/view';
import { useDataset } from '../data/useDataset';
import { useViewState } from '../view/useViewState';
import { Explorer } from './Explorer';
import { DatasetErrorScreen, LoadingScreen } from './StatusScreens';

export function App() {
  const [view, update] = useViewState(defaultView(DEFAULT_DATASET_ID));
  const load = useDataset(view.dataset);
  if (load.status === 'loading') return <LoadingScreen datasetId={view.dataset} />;
  if (!load.ok) return <DatasetErrorScreen datasetId={view.dataset} problems={load.problems} />;
  return <Explorer dataset={load.dataset} view={view} onUpdate={update} />;
}
