/** The view's filters as objects that stay the same while the filters do. */
import { useMemo } from 'react';

import type { ViewState } from '../../domain/view';
import type { ViewFilters } from '../../domain/visibleGraph';

/** Every filter but the time range. */
export type UntimedFilters = Omit<ViewFilters, 'timeRange'>;

/**
 * The view's filters, kept while none of them changes, so that panning (a new camera) or a new
 * selection recounts nothing; and every filter but the range, what the timeline's bars count,
 * kept while playing moves the range.
 */
export function useViewFilters(view: ViewState): { filters: ViewFilters; untimed: UntimedFilters } {
  const { hiddenTypes, hiddenClasses, hiddenKinds, hiddenStatuses, focus, query, showIsolated } =
    view;
  const untimed = useMemo(
    () => ({ hiddenTypes, hiddenClasses, hiddenKinds, hiddenStatuses, focus, query, showIsolated }),
    [hiddenTypes, hiddenClasses, hiddenKinds, hiddenStatuses, focus, query, showIsolated],
  );
  const { timeRange } = view;
  const filters = useMemo(() => ({ ...untimed, timeRange }), [untimed, timeRange]);
  return { filters, untimed };
}
