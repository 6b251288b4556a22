/** The legend of the community look: which colour is which community, and how large each is. */
import { useMemo } from 'react';

import { useCommunities } from '../../graph/communities/useCommunities';
import { useExplorerDataset } from '../view/ExplorerContext';
import { FINDING_COMMUNITIES } from '../view/useDrawnLook';
import { communityRows } from './communityRows';

export function CommunityLegend() {
  const { dataset, lookup } = useExplorerDataset();
  const state = useCommunities(dataset, true);
  const rows = useMemo(
    () => (state.status === 'ready' ? communityRows(state.communities, lookup.actorLabel) : []),
    [state, lookup],
  );
  return (
    <>
      <p className="legend-note muted">
        Actors are coloured by community: groups more tied to each other than to the rest (found by
        the Louvain method). Shape still shows the kind.
      </p>
      {state.status === 'computing' && <p className="legend-note muted">{FINDING_COMMUNITIES}</p>}
      {rows.length > 0 && (
        <ul className="legend-list" aria-label="Communities">
          {rows.map((row) => (
            <li key={row.key}>
              <svg className="symbol" width="18" height="16" viewBox="0 0 18 16" aria-hidden="true">
                <circle cx="8" cy="8" r="6.5" fill={row.color} />
              </svg>
              <span className="legend-label">{row.label}</span>{' '}
              <span className="count">{row.count}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
