/** Loads a shipped dataset by id and reports loading, success or the problems found. */
import { useEffect, useRef, useState } from 'react';

import { type DatasetLoad, loadDataset } from '../../data/catalog';
import type { Dataset } from '../../domain/dataset';

export type DatasetState =
  { status: 'loading'; id: string } | ({ id: string } & DatasetLoad & { status: 'ready' });

/**
 * The load state of the dataset with the given id; a new id starts a new load. `onLoaded`
 * runs with a valid dataset before it is reported ready, so whatever depends on it (checking
 * the link's ids) is settled by the first render that shows it.
 */
export function useDataset(id: string, onLoaded?: (dataset: Dataset) => void): DatasetState {
  const [state, setState] = useState<DatasetState>({ status: 'loading', id });
  const onLoadedRef = useRef(onLoaded);
  useEffect(() => {
    onLoadedRef.current = onLoaded;
  });
  useEffect(() => {
    let cancelled = false;
    void loadDataset(id).then((result) => {
      if (cancelled) return;
      if (result.ok) onLoadedRef.current?.(result.dataset);
      setState({ ...result, id, status: 'ready' });
    });
    return () => {
      cancelled = true;
    };
  }, [id]);
  return state.id === id ? state : { status: 'loading', id };
}
