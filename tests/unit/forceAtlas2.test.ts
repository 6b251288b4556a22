import { describe, expect, it } from 'vitest';

import type { Dataset } from '../../src/domain/dataset';
import { forceAtlas2Positions, forceAtlas2Steps } from '../../src/graph/forceAtlas2/forceAtlas2';
import { forceInputOf, positionsById } from '../../src/graph/forceAtlas2/input';
import {
  FORCE_CHUNK,
  type ForceInput,
  forceIterationsFor,
} from '../../src/graph/forceAtlas2/types';
import { plainPositions } from '../../src/graph/plainLayouts';
import { realDataset } from './realDataset';

/**
 * Two groups of `size` actors, every actor tied to every other of its group, and one tie between
 * the groups. They start mixed: around one circle, the groups' actors alternate.
 */
function twoGroups(size: number): { input: ForceInput; groupOf: (index: number) => number } {
  const count = 2 * size;
  const groupOf = (index: number) => index % 2;
  const start = new Float64Array(2 * count);
  for (let index = 0; index < count; index++) {
    const angle = (2 * Math.PI * index) / count;
    start[2 * index] = 300 * Math.cos(angle);
    start[2 * index + 1] = 300 * Math.sin(angle);
  }
  const links: number[] = [];
  for (let a = 0; a < count; a++) {
    for (let b = a + 1; b < count; b++) if (groupOf(a) === groupOf(b)) links.push(a, b);
  }
  links.push(0, 1);
  return { input: { start, links: Uint32Array.from(links) }, groupOf };
}

function pointAt(positions: Float64Array, index: number): { x: number; y: number } {
  return { x: positions[2 * index]!, y: positions[2 * index + 1]! };
}

function centreOf(positions: Float64Array, indices: number[]): { x: number; y: number } {
  const points = indices.map((index) => pointAt(positions, index));
  return {
    x: points.reduce((sum, point) => sum + point.x, 0) / points.length,
    y: points.reduce((sum, point) => sum + point.y, 0) / points.length,
  };
}

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y);

describe('ForceAtlas2 over an actor graph', () => {
  it('gives the same positions for the same start and number of steps, however it is followed', () => {
    const dataset = realDataset();
    const input = forceInputOf(dataset, plainPositions(dataset, 'concentric'));
    const once = forceAtlas2Positions(input, 45);
    expect(forceAtlas2Positions(input, 45)).toEqual(once);
    // A run stopped after its chunk that reached 40 steps is what a link naming 40 gives.
    const followed = [...forceAtlas2Steps(input, 100)];
    expect(followed.map((step) => step.done).slice(0, 4)).toEqual([10, 20, 30, 40]);
    expect(followed[3]!.positions).toEqual(forceAtlas2Positions(input, 40));
    // And the steps move the actors: no position is left where it started.
    const start = input.start;
    for (let index = 0; index < dataset.actors.length; index++) {
      expect(distance(pointAt(once, index), pointAt(start, index))).toBeGreaterThan(1);
    }
    expect(once.every(Number.isFinite)).toBe(true);
  });

  it('pulls two groups that start mixed apart, each around its own centre', () => {
    const { input, groupOf } = twoGroups(20);
    const positions = forceAtlas2Positions(input, 300);
    const indices = Array.from({ length: 40 }, (_, index) => index);
    const groups = [0, 1].map((group) => indices.filter((index) => groupOf(index) === group));
    const centres = groups.map((group) => centreOf(positions, group));
    const apart = distance(centres[0]!, centres[1]!);
    for (const index of indices) {
      const own = distance(pointAt(positions, index), centres[groupOf(index)]!);
      const other = distance(pointAt(positions, index), centres[1 - groupOf(index)]!);
      expect(own).toBeLessThan(other);
      expect(own).toBeLessThan(apart / 2);
    }
  });

  it('runs fewer steps over larger graphs, in whole chunks, and 100 at 4,000 actors and 20,000 relations', () => {
    expect(forceIterationsFor(4000, 20000)).toBe(100);
    const sizes = [
      [30, 50],
      [600, 3000],
      [2000, 10000],
      [4000, 20000],
      [10000, 50000],
    ] as const;
    const counts = sizes.map(([actors, relations]) => forceIterationsFor(actors, relations));
    for (const count of counts) expect(count % FORCE_CHUNK).toBe(0);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    expect(counts[0]).toBeGreaterThan(counts[3]!);
  });

  it('takes each relation between two listed actors, and maps positions back to ids', () => {
    const dataset = {
      actors: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
      relations: [
        { source: 'a', target: 'b' },
        { source: 'b', target: 'b' },
        { source: 'c', target: 'missing' },
        { source: 'a', target: 'b' },
      ],
    } as unknown as Dataset;
    const start = new Map([
      ['a', { x: 1, y: 2 }],
      ['c', { x: 5, y: 6 }],
    ]);
    const input = forceInputOf(dataset, start);
    expect([...input.links]).toEqual([0, 1, 0, 1]);
    expect([...input.start]).toEqual([1, 2, 0, 0, 5, 6]);
    expect(positionsById(dataset, input.start)).toEqual(
      new Map([
        ['a', { x: 1, y: 2 }],
        ['b', { x: 0, y: 0 }],
        ['c', { x: 5, y: 6 }],
      ]),
    );
  });
});
