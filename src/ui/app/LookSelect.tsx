/**
 * How actors are drawn, chosen in the header: by kind, as the file drew them, or by community.
 * Finding communities takes a moment on a large graph: meanwhile the choice says so, and if they
 * cannot be found (the canvas then keeps its look) the reason stays beside it until the next
 * choice.
 */
import { useMemo, useState } from 'react';

import { looksOf } from '../../domain/looks';
import { setLook } from '../../domain/view';
import type { CommunityState } from '../../graph/communities/types';
import { useCommunities } from '../../graph/communities/useCommunities';
import { ChoiceSelect } from '../common/ChoiceSelect';
import { useExplorerDataset, useView } from '../view/ExplorerContext';
import { FINDING_COMMUNITIES } from '../view/useDrawnLook';

/** The "Actors" select, shown where the dataset offers more than one look. */
export function LookSelect() {
  const { dataset } = useExplorerDataset();
  const { view, onUpdate } = useView();
  const looks = useMemo(() => looksOf(dataset), [dataset]);
  const state = useCommunities(dataset, view.look === 'community');
  // The failure a person has moved on from, by choosing again.
  const [seen, setSeen] = useState<CommunityState | null>(null);
  const finding = view.look === 'community' && state.status === 'computing';
  const problem = state.status === 'failed' && state !== seen ? state.message : '';
  if (looks.length < 2) return null;
  return (
    <>
      <ChoiceSelect
        className="inline-label"
        label="Actors"
        choices={looks.map((look) =>
          finding && look.id === 'community' ? { ...look, label: FINDING_COMMUNITIES } : look,
        )}
        value={view.look}
        onChoose={(look) => {
          setSeen(state);
          onUpdate(setLook(look));
        }}
      />
      {/* A changed option is not announced, so this says it too; a problem is shown as well. */}
      <span className={problem ? 'count' : 'visually-hidden'} role="status">
        {problem || (finding ? FINDING_COMMUNITIES : '')}
      </span>
    </>
  );
}
