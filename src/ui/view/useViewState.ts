/** The one place view state lives; components read it and change it through pure updates. */
import { useCallback, useState } from 'react';

import type { ViewState, ViewUpdate } from '../../domain/view';

/** Whether a change is a step of its own in history (a filter, a selection) or a continuous one (pan, zoom). */
export type HistoryMode = 'push' | 'replace';

export type UpdateView = (update: ViewUpdate, mode?: HistoryMode) => void;

/** View state with a typed updater. */
export function useViewState(initial: ViewState): [ViewState, UpdateView] {
  const [view, setView] = useState(initial);
  const update = useCallback<UpdateView>((change) => setView(change), []);
  return [view, update];
}
