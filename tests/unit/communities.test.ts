/** Communities (Louvain) and their colours: what the "Coloured by community" look draws. */
import { describe, expect, it } from 'vitest';

import {
  COMMUNITY_COLORS,
  OTHER_COMMUNITY_COLOR,
  communityColor,
} from '../../src/domain/communityColors';
import { communityLink } from '../../src/graph/communities/links';
import { communitiesOf } from '../../src/graph/communities/louvain';
import type { CommunityLink } from '../../src/graph/communities/types';
import { realDataset } from './realDataset';

/** Every pair of `ids` tied once. */
function clique(ids: readonly string[]): CommunityLink[] {
  return ids.flatMap((source, i) => ids.slice(i + 1).map((target) => ({ source, target })));
}

// Listed small clique first, so numbering by size cannot be the order of the input.
const small = ['s1', 's2', 's3', 's4'];
const large = ['l1', 'l2', 'l3', 'l4', 'l5'];
const bridge: CommunityLink = { source: 's1', target: 'l1' };
const twoCliques = {
  actorIds: [...small, ...large],
  links: [...clique(small), ...clique(large), bridge],
};

const membersOf = (communityOf: Map<string, number>, index: number) =>
  [...communityOf].filter(([, community]) => community === index).map(([id]) => id);

describe('communitiesOf', () => {
  it('finds two cliques joined by one relation as two communities, the larger first', () => {
    const { communityOf, communities } = communitiesOf(twoCliques.actorIds, twoCliques.links);
    expect(communities.map(({ index, size }) => ({ index, size }))).toEqual([
      { index: 0, size: 5 },
      { index: 1, size: 4 },
    ]);
    expect(membersOf(communityOf, 0).sort()).toEqual(large);
    expect(membersOf(communityOf, 1).sort()).toEqual(small);
    // The ends of the bridge have one relation more than anyone else in their clique.
    expect(communities.map((community) => community.largestMember)).toEqual(['l1', 's1']);
  });

  it('gives the same communities on every run, and for the same seed', () => {
    const dataset = realDataset();
    const run = () =>
      communitiesOf(
        dataset.actors.map((actor) => actor.id),
        dataset.relations.map(communityLink),
      );
    const first = run();
    expect(first.communities.length).toBeGreaterThan(1);
    for (let i = 0; i < 5; i++) {
      const again = run();
      expect([...again.communityOf]).toEqual([...first.communityOf]);
      expect(again.communities).toEqual(first.communities);
    }
    const seeded = (seed: number) =>
      communitiesOf(twoCliques.actorIds, twoCliques.links, { seed }).communityOf;
    expect([...seeded(7)]).toEqual([...seeded(7)]);
  });

  it('numbers communities by size, each actor in exactly one', () => {
    const dataset = realDataset();
    const { communityOf, communities } = communitiesOf(
      dataset.actors.map((actor) => actor.id),
      dataset.relations.map(communityLink),
    );
    expect(communityOf.size).toBe(dataset.actors.length);
    communities.forEach((community, position) => {
      expect(community.index).toBe(position);
      expect(membersOf(communityOf, position)).toContain(community.largestMember);
      expect(membersOf(communityOf, position)).toHaveLength(community.size);
      if (position > 0) expect(community.size).toBeLessThanOrEqual(communities[position - 1]!.size);
    });
  });

  it('weighs ties: a ring of four splits along its two heavy ties', () => {
    const { communityOf } = communitiesOf(
      ['a', 'b', 'c', 'd'],
      [
        { source: 'a', target: 'b', weight: 20 },
        { source: 'b', target: 'c', weight: 1 },
        { source: 'c', target: 'd', weight: 20 },
        { source: 'd', target: 'a', weight: 1 },
      ],
    );
    expect(communityOf.get('a')).toBe(communityOf.get('b'));
    expect(communityOf.get('c')).toBe(communityOf.get('d'));
    expect(communityOf.get('a')).not.toBe(communityOf.get('c'));
  });

  it('keeps an actor without relations alone, and skips self-ties and unknown actors', () => {
    const { communityOf, communities } = communitiesOf(
      ['a', 'b', 'loner'],
      [
        { source: 'a', target: 'b' },
        { source: 'loner', target: 'loner' },
        { source: 'loner', target: 'nobody' },
      ],
    );
    expect(communities.map((community) => community.size)).toEqual([2, 1]);
    expect(communityOf.get('loner')).toBe(1);
    expect(communityOf.has('nobody')).toBe(false);
  });

  it('reads a relation’s weight, else its events, else 1', () => {
    const [relation] = realDataset().relations;
    expect(communityLink({ ...relation!, weight: 3 }).weight).toBe(3);
    const events = [{ date: '2025-01-01' }, { date: '2025-01-02' }];
    expect(communityLink({ ...relation!, weight: undefined, events }).weight).toBe(2);
    expect(communityLink({ ...relation!, weight: undefined, events: undefined }).weight).toBe(1);
  });
});

/** WCAG relative luminance of #rrggbb. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

describe('community colours', () => {
  // The canvas's surface in the light and the dark theme (app.css, --surface).
  const surfaces = ['#ffffff', '#171c22'];

  it('are twelve distinct colours, each readable on the light and the dark canvas', () => {
    expect(new Set(COMMUNITY_COLORS.map((color) => color.toLowerCase())).size).toBe(12);
    for (const color of [...COMMUNITY_COLORS, OTHER_COMMUNITY_COLOR]) {
      for (const surface of surfaces) {
        expect(contrast(color, surface), `${color} on ${surface}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('colour the twelve largest communities and leave the rest grey', () => {
    expect(communityColor(0)).toBe(COMMUNITY_COLORS[0]);
    expect(communityColor(11)).toBe(COMMUNITY_COLORS[11]);
    expect(communityColor(12)).toBe(OTHER_COMMUNITY_COLOR);
    expect(COMMUNITY_COLORS).not.toContain(OTHER_COMMUNITY_COLOR);
  });
});
