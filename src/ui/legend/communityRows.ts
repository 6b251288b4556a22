/** The legend's lines for the community look: the coloured communities, then the grey rest. */
import {
  COMMUNITY_COLORS,
  OTHER_COMMUNITY_COLOR,
  communityColor,
} from '../../domain/communityColors';
import type { Communities } from '../../graph/communities/types';

export interface CommunityRow {
  key: string;
  color: string;
  /** "Community 1: Russia and 6 others", or "Other (grey): 30 actors". */
  label: string;
  /** "7 actors", or "in 28 communities". */
  count: string;
}

const actorsCount = (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'actor' : 'actors'}`;

/** One row per coloured community, largest first, and one for every community past the palette. */
export function communityRows(
  { communities }: Communities,
  labelOf: (actorId: string) => string,
): CommunityRow[] {
  const coloured = communities.slice(0, COMMUNITY_COLORS.length);
  const rest = communities.slice(COMMUNITY_COLORS.length);
  const rows = coloured.map(({ index, size, largestMember }): CommunityRow => {
    const others = size - 1;
    const more = others === 0 ? '' : ` and ${others} ${others === 1 ? 'other' : 'others'}`;
    return {
      key: String(index),
      color: communityColor(index),
      label: `Community ${index + 1}: ${labelOf(largestMember)}${more}`,
      count: actorsCount(size),
    };
  });
  if (rest.length === 0) return rows;
  const restSize = rest.reduce((sum, community) => sum + community.size, 0);
  return [
    ...rows,
    {
      key: 'other',
      color: OTHER_COMMUNITY_COLOR,
      label: `Other (grey): ${actorsCount(restSize)}`,
      count: `in ${rest.length.toLocaleString('en')} ${rest.length === 1 ? 'community' : 'communities'}`,
    },
  ];
}
