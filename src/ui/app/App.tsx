/** The application shell: loads the dataset, then hands it to the explorer. */
import { DEFAULT_DATASET_ID } from '../../data/catalog';
import { useDataset } from '../data/useDataset';
import { Explorer } from './Explorer';
import { DatasetErrorScreen, LoadingScreen } from './StatusScreens';

export function App() {
  const datasetId = DEFAULT_DATASET_ID;
  const load = useDataset(datasetId);
  if (load.status === 'loading') return <LoadingScreen datasetId={datasetId} />;
  if (!load.ok) return <DatasetErrorScreen datasetId={datasetId} problems={load.problems} />;
  return <Explorer dataset={load.dataset} />;
}
