/** Loads the dataset a data source names and reports loading, success or what went wrong. */
import { useEffect, useEffectEvent, useState } from 'react';

import { type DataSource, sourceKey } from '../../domain/dataSource';
import type { Dataset } from '../../domain/dataset';
import type { DatasetService, LoadStage, SourceLoad } from './datasetService';

export type DatasetState =
  | { status: 'loading'; key: string; stage: LoadStage }
  | ({ key: string } & SourceLoad & { status: 'ready' });

/**
 * The load state of the source; a new source starts a new load, unless its dataset was opened
 * in this session (then it is ready at once, so the explorer never blinks). `onLoaded` runs with
 * a valid dataset before it is reported ready, so whatever depends on it (checking the link's
 * ids) is settled by the first render that shows it.
 */
export function useDataset(
  source: DataSource,
  service: DatasetService,
  onLoaded?: (dataset: Dataset) => void,
  onFailed?: (failure: string) => void,
): DatasetState {
  const key = sourceKey(source);
  const [state, setState] = useState<DatasetState>({ status: 'loading', key, stage: 'loading' });
  const settled = useEffectEvent((result: SourceLoad) => {
    if (result.ok) onLoaded?.(result.dataset);
    else if ('failure' in result) onFailed?.(result.failure);
  });
  // The source object changes identity on every link read; its key says when it is another.
  const [tracked, setTracked] = useState(source);
  if (sourceKey(tracked) !== key) setTracked(source);
  useEffect(() => {
    let cancelled = false;
    const trackedKey = sourceKey(tracked);
    const onStage = (stage: LoadStage) => {
      if (!cancelled) setState({ status: 'loading', key: trackedKey, stage });
    };
    void service.load(tracked, onStage).then((result) => {
      if (cancelled) return;
      settled(result);
      setState({ ...result, key: trackedKey, status: 'ready' });
    });
    return () => {
      cancelled = true;
    };
  }, [tracked, service]);
  if (state.key === key) return state;
  // Opened in this session (a file just opened, Back to it): ready at once, no loading screen.
  const remembered = service.loadedNow(source);
  return remembered
    ? { ok: true, ...remembered, key, status: 'ready' }
    : { status: 'loading', key, stage: 'loading' };
}
