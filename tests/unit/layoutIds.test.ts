import { describe, expect, it } from 'vitest';

import { generateActorGraph } from '../../scripts/generate/actorGraph';
import {
  FORCE_LAYOUT_MAX_ACTORS,
  FORCE_LAYOUT_MAX_RELATIONS,
  defaultLayoutOf,
  layoutsOf,
} from '../../src/domain/layoutIds';
import { datasetIds } from '../../src/domain/link/datasetIds';
import { parseView, serializeView } from '../../src/domain/link/viewQuery';
import { validateDataset } from '../../src/domain/validate';
import { realDataset } from './realDataset';

function generated(relations: number) {
  const { graph, article } = generateActorGraph({ relations, seed: 2 });
  const result = validateDataset({ graphText: JSON.stringify(graph), articleText: article });
  if (!result.ok) throw new Error('generated dataset invalid');
  return result.dataset;
}

describe('the layout a dataset opens with', () => {
  it('is force-directed for an article-sized graph', () => {
    expect(defaultLayoutOf(realDataset())).toBe('fcose');
    expect(layoutsOf(realDataset())[0]?.id).toBe('fcose');
  });

  it('is ForceAtlas2 above the force layout’s size, with fcose and concentric still offered', () => {
    const big = generated(5 * (FORCE_LAYOUT_MAX_ACTORS + 100));
    expect(big.actors.length).toBeGreaterThan(FORCE_LAYOUT_MAX_ACTORS);
    expect(defaultLayoutOf(big)).toBe('forceatlas2');
    expect(layoutsOf(big).map((layout) => layout.id)).toEqual([
      'forceatlas2',
      'fcose',
      'concentric',
      'circle',
      'grid',
      'breadthfirst',
    ]);
    // The link leaves the dataset's own default out, and still names another layout when chosen.
    const ids = datasetIds(big);
    const opened = parseView('', big.id, ids).view;
    expect(opened.layout).toBe('forceatlas2');
    expect(serializeView(opened, big.id, ids)).toBe('');
    expect(serializeView({ ...opened, layout: 'fcose' }, big.id, ids)).toBe('v=1&layout=fcose');
    expect(parseView('v=1&layout=concentric', big.id, ids).view.layout).toBe('concentric');
  });

  it('is ForceAtlas2 for few actors with many relations, which would keep fcose busy', () => {
    const dense = {
      actors: realDataset().actors,
      relations: Array.from({ length: FORCE_LAYOUT_MAX_RELATIONS + 1 }, () => ({})),
    };
    expect(dense.actors.length).toBeLessThan(FORCE_LAYOUT_MAX_ACTORS);
    expect(defaultLayoutOf(dense)).toBe('forceatlas2');
    expect(
      defaultLayoutOf({
        ...dense,
        relations: dense.relations.slice(0, FORCE_LAYOUT_MAX_RELATIONS),
      }),
    ).toBe('fcose');
  });
});
