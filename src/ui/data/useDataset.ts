/** Loads a shipped dataset by id and reports loading, success or the problems found. */
import { useEffect, useState } from 'react';

import { type DatasetLoad, loadDataset } from '../../data/catalog';

export type DatasetState =
  { status: 'loading'; id: string } | ({ id: string } & DatasetLoad & { status: 'ready' });

/** The load state of the dataset with the given id; a new id starts a new load. */
export function useDataset(id: string): DatasetState {
  const [state, setState] = useState<DatasetState>({ status: 'loading', id });
  useEffect(() => {
    let cancelled = false;
    void loadDataset(id).then((result) => {
      if (!cancelled) setState({ ...result, id, status: 'ready' });
    });
    return () => {
      cancelled = true;
    };
  }, [id]);
  return state.id === id ? state : { status: 'loading', id };
}
