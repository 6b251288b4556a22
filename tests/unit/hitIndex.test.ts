import { describe, expect, it } from 'vitest';

import { seededRandom } from '../../src/domain/random';
import { type Disc, type Segment, gridIndex } from '../../src/graph/hitIndex';

const all = () => true;

/** The answer cytoscape's full search would give: every disc tested. */
function nearestDiscByScan(discs: Disc[], x: number, y: number, slack: number): number {
  let best = -1;
  let bestGap = Infinity;
  discs.forEach((d, index) => {
    const gap = Math.hypot(x - d.x, y - d.y) - d.radius;
    if (gap <= slack && gap < bestGap) [best, bestGap] = [index, gap];
  });
  return best;
}

describe('gridIndex', () => {
  const discs: Disc[] = [
    { x: 0, y: 0, radius: 15 },
    { x: 100, y: 0, radius: 15 },
    { x: 1000, y: 1000, radius: 15 },
  ];
  const segments: Segment[] = [
    { x1: 0, y1: 0, x2: 1000, y2: 1000 },
    { x1: 100, y1: 0, x2: 1000, y2: 1000 },
  ];
  const grid = gridIndex(discs, segments);

  it('finds the actor under the pointer, and none beside it', () => {
    expect(grid.nearestDisc(3, -4, 2, all)).toBe(0);
    expect(grid.nearestDisc(1010, 1000, 2, all)).toBe(2);
    expect(grid.nearestDisc(50, 0, 2, all)).toBe(-1);
  });

  it('skips what is not accepted (a hidden actor) for what lies beneath', () => {
    const stacked = gridIndex(
      [
        { x: 0, y: 0, radius: 15 },
        { x: 4, y: 0, radius: 15 },
      ],
      [],
    );
    expect(stacked.nearestDisc(1, 0, 2, all)).toBe(0);
    expect(stacked.nearestDisc(1, 0, 2, (index) => index !== 0)).toBe(1);
  });

  it('finds a long line far from both its ends, within its slack only', () => {
    expect(grid.nearestSegment(500, 503, 20, () => 4)).toBe(0);
    expect(grid.nearestSegment(500, 510, 20, () => 4)).toBe(-1);
    // Where the two lines run close, the nearer wins; a hidden one is passed over.
    const between = { x: 600, y: 560 };
    const nearer = grid.nearestSegment(between.x, between.y, 60, () => 60);
    expect(nearer).toBe(1);
    expect(grid.nearestSegment(between.x, between.y, 60, (i) => (i === 1 ? null : 60))).toBe(0);
  });

  it('agrees with a scan of every actor on random points', () => {
    const random = seededRandom(7);
    const many: Disc[] = Array.from({ length: 2000 }, () => ({
      x: random() * 5000,
      y: random() * 3000,
      radius: 10 + random() * 20,
    }));
    const index = gridIndex(many, []);
    for (let probe = 0; probe < 500; probe++) {
      const x = random() * 5000;
      const y = random() * 3000;
      expect(index.nearestDisc(x, y, 3, all)).toBe(nearestDiscByScan(many, x, y, 3));
    }
  });
});
