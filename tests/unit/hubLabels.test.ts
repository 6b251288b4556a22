import { describe, expect, it } from 'vitest';

import type { Dataset } from '../../src/domain/dataset';
import { type DrawnCandidate, hubCandidates, placeHubLabels } from '../../src/graph/hubLabels';
import { realDataset } from './realDataset';

const options = {
  width: 800,
  height: 600,
  max: 40,
  measure: (label: string) => label.length * 10,
  lineHeight: 16,
  gap: 4,
};

const at = (id: string, x: number, y: number, weight = 1): DrawnCandidate => ({
  id,
  label: id,
  weight,
  x,
  y,
  radius: 5,
});

describe('hubCandidates', () => {
  const dataset: Dataset = realDataset();
  const all = {
    actorIds: new Set(dataset.actors.map((actor) => actor.id)),
    relationIds: new Set(dataset.relations.map((relation) => relation.id)),
  };

  it('ranks the shown actors by their shown relations, the most first', () => {
    const ranked = hubCandidates(dataset, all, 5);
    expect(ranked).toHaveLength(5);
    const degree = (id: string) =>
      dataset.relations.filter((relation) => relation.source === id || relation.target === id)
        .length;
    for (const candidate of ranked) expect(candidate.weight).toBe(degree(candidate.id));
    const weights = ranked.map((candidate) => candidate.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    expect(ranked[0]!.id).toBe('russia');
  });

  it('counts only what the view shows: a hidden relation or actor weighs nothing', () => {
    const withoutRussia = {
      actorIds: new Set([...all.actorIds].filter((id) => id !== 'russia')),
      relationIds: new Set(
        dataset.relations
          .filter((relation) => relation.source !== 'russia' && relation.target !== 'russia')
          .map((relation) => relation.id),
      ),
    };
    const ranked = hubCandidates(dataset, withoutRussia, 100);
    expect(ranked.map((candidate) => candidate.id)).not.toContain('russia');
    const ukraine = ranked.find((candidate) => candidate.id === 'ukraine')!;
    const full = hubCandidates(dataset, all, 100).find((candidate) => candidate.id === 'ukraine')!;
    expect(ukraine.weight).toBeLessThan(full.weight);
  });
});

describe('placeHubLabels', () => {
  it('places the heaviest first and skips a label that would overlap one placed', () => {
    const placed = placeHubLabels(
      [at('first', 400, 300), at('second', 410, 305), at('third', 100, 100)],
      options,
    );
    expect(placed.map((label) => label.id)).toEqual(['first', 'third']);
  });

  it('never places two overlapping labels, however many crowd the screen', () => {
    const crowd = Array.from({ length: 500 }, (_, index) =>
      at(`actor-${index}`, (index * 37) % 800, (index * 53) % 600),
    );
    const placed = placeHubLabels(crowd, options);
    expect(placed.length).toBeGreaterThan(5);
    expect(placed.length).toBeLessThanOrEqual(40);
    for (const [index, a] of placed.entries()) {
      for (const b of placed.slice(index + 1)) {
        const apart =
          a.left + a.width <= b.left ||
          b.left + b.width <= a.left ||
          a.top + a.height <= b.top ||
          b.top + b.height <= a.top;
        expect(apart, `${a.id} and ${b.id}`).toBe(true);
      }
    }
  });

  it('labels no actor off screen, and puts each label below its actor, centred', () => {
    const placed = placeHubLabels([at('off', -20, 300), at('on', 400, 300)], options);
    expect(placed).toEqual([{ id: 'on', label: 'on', left: 390, top: 307, width: 20, height: 16 }]);
  });

  it('keeps labels out from under the notes and buttons over the canvas', () => {
    const note = { left: 0, top: 0, width: 800, height: 40 };
    const placed = placeHubLabels([at('under', 400, 20), at('clear', 400, 300)], {
      ...options,
      obstacles: [note],
    });
    expect(placed.map((label) => label.id)).toEqual(['clear']);
  });
});
