/**
 * The look the canvas draws: the view's look, except while communities are being found, when
 * the canvas keeps the look it drew before; if they cannot be found, the view goes back to that
 * look (the look control says why).
 */
import { useEffect, useState } from 'react';

import type { Dataset } from '../../domain/dataset';
import { type LookName, looksOf } from '../../domain/looks';
import type { ViewState, ViewUpdate } from '../../domain/view';
import { useCommunities } from '../../graph/communities/useCommunities';
import type { UpdateView } from './useViewState';

/** What the look control and the legend say while communities are found. */
export const FINDING_COMMUNITIES = 'Finding communities…';

/** The look to draw for a view's look, and each actor's community colour once found. */
export function useDrawnLook(
  dataset: Dataset,
  look: LookName,
  onUpdate: UpdateView,
): { look: LookName; communityColors: ReadonlyMap<string, string> | null } {
  const wanted = look === 'community';
  const state = useCommunities(dataset, wanted);
  const communityColors = wanted && state.status === 'ready' ? state.colorOf : null;
  // The look drawn last, kept while communities are found (stored from render to render). A
  // dataset changed under the community look (an edit) falls back to its own first look.
  const [previous, setPrevious] = useState<LookName>(look);
  const drawn = wanted && !communityColors ? previous : look;
  if (drawn !== previous) setPrevious(drawn);
  const fallback = previous === 'community' ? (looksOf(dataset)[0]?.id ?? 'kind') : previous;

  const failed = wanted && state.status === 'failed';
  useEffect(() => {
    if (failed) onUpdate(setLookBack(fallback), { history: 'replace' });
  }, [failed, fallback, onUpdate]);
  return { look: drawn, communityColors };
}

/** Leaves the community look for `fallback`, unless the view has left it already. */
const setLookBack =
  (fallback: LookName): ViewUpdate =>
  (view: ViewState) =>
    view.look === 'community' ? { ...view, look: fallback } : view;
