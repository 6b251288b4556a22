import { afterEach, describe, expect, it, vi } from 'vitest';

import { LAYOUTS } from '../../src/domain/layoutIds';
import { estimateLabelLines, spaceRows } from '../../src/graph/hierarchy';
import { computePositions } from '../../src/graph/layouts';
import { NODE_METRICS } from '../../src/graph/stylesheet';
import { realDataset } from './realDataset';

describe('computePositions', () => {
  it.each(LAYOUTS.map((layout) => layout.id))(
    'places every actor of the dataset, each on a spot of its own (%s)',
    async (name) => {
      const dataset = realDataset();
      const { layout, positions } = await computePositions(dataset, name);
      expect(layout).toBe(name);
      expect([...positions.keys()].sort()).toEqual(dataset.actors.map((actor) => actor.id).sort());
      for (const { x, y } of positions.values()) {
        expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
      }
      const spots = new Set([...positions.values()].map(({ x, y }) => `${x},${y}`));
      expect(spots.size).toBe(dataset.actors.length);
    },
  );

  it('gives the same positions for the same data, computed once per dataset', async () => {
    const first = realDataset();
    const again = await computePositions(first, 'fcose');
    expect(await computePositions(first, 'fcose')).toBe(again);
    // A separately loaded copy of the same data is laid out afresh, to the same places.
    expect((await computePositions(realDataset(), 'fcose')).positions).toEqual(again.positions);
  });
});

describe('the force layout when its code cannot be loaded', () => {
  afterEach(() => {
    vi.doUnmock('cytoscape-fcose');
    vi.resetModules();
    vi.restoreAllMocks();
  });

  it('falls back to the concentric layout, and tries again next time', async () => {
    vi.resetModules();
    vi.doMock('cytoscape-fcose', () => {
      throw new Error('chunk failed to load');
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const layouts = await import('../../src/graph/layouts');
    const dataset = realDataset();
    const laidOut = await layouts.computePositions(dataset, 'fcose');
    expect(laidOut.layout).toBe('concentric');
    expect(laidOut.positions).toEqual(
      (await layouts.computePositions(dataset, 'concentric')).positions,
    );
    expect(warn).toHaveBeenCalledOnce();
    // The failure is not remembered: the next request tries to load the force layout again.
    await layouts.computePositions(dataset, 'fcose');
    expect(warn).toHaveBeenCalledTimes(2);
  });
});

describe('the hierarchy rows', () => {
  it('estimates how many lines a label wraps to at 110 pixels', () => {
    expect(estimateLabelLines('Russia', NODE_METRICS)).toBe(1);
    expect(estimateLabelLines('UN General Assembly', NODE_METRICS)).toBe(2);
    expect(estimateLabelLines('Ukrainian State Emergency Service', NODE_METRICS)).toBe(3);
  });

  it('leaves every label clear of every other node and label, however long a row is', () => {
    const label = 'Ukrainian State Emergency Service';
    const rows = [1, 13, 4, 2].map((count, row) =>
      Array.from({ length: count }, (_, index) => ({ id: `${row}-${index}`, label })),
    );
    const positions = spaceRows(rows, NODE_METRICS);
    const half = NODE_METRICS.size / 2 + NODE_METRICS.border;
    const width = NODE_METRICS.labelMaxWidth + 2 * NODE_METRICS.labelOutline;
    const height =
      NODE_METRICS.labelMargin +
      estimateLabelLines(label, NODE_METRICS) * NODE_METRICS.fontSize +
      2 * NODE_METRICS.labelOutline;
    // A node with its label below it, as cytoscape draws them.
    const boxes = [...positions.entries()].map(([id, { x, y }]) => ({
      id,
      x1: x - width / 2,
      x2: x + width / 2,
      y1: y - half,
      y2: y + half + height,
    }));
    const overlaps = boxes.flatMap((a, index) =>
      boxes
        .slice(index + 1)
        .filter((b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2)
        .map((b) => `${a.id} / ${b.id}`),
    );
    expect(overlaps).toEqual([]);

    // The long row is staggered rather than stretched: no wider than a row of six alone.
    const spread = (row: readonly { id: string }[], placed: Map<string, { x: number }>) => {
      const xs = row.map((node) => placed.get(node.id)!.x);
      return Math.max(...xs) - Math.min(...xs);
    };
    const six = rows[1]!.slice(0, 6);
    expect(spread(rows[1]!, positions)).toBeLessThanOrEqual(
      spread(six, spaceRows([six], NODE_METRICS)),
    );
  });
});
