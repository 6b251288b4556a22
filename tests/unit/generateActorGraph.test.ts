import { describe, expect, it } from 'vitest';

import { generateActorGraph } from '../../scripts/generate/actorGraph';
import { validateDataset } from '../../src/domain/validate';

describe('the generated actor graph', () => {
  const { graph, article } = generateActorGraph({ relations: 2000, seed: 3 });

  it('is a valid dataset whose quotes are all in its article', () => {
    const result = validateDataset({ graphText: JSON.stringify(graph), articleText: article });
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('gives the same files for the same seed, and other files for another seed', () => {
    expect(generateActorGraph({ relations: 2000, seed: 3 })).toEqual({ graph, article });
    expect(generateActorGraph({ relations: 2000, seed: 4 }).graph.relations).not.toEqual(
      graph.relations,
    );
  });

  it('has the requested size and heavy-tailed degrees: a few hubs, many actors named once or twice', () => {
    expect(graph.relations).toHaveLength(2000);
    const degree = new Map<string, number>();
    for (const { source, target } of graph.relations) {
      degree.set(source, (degree.get(source) ?? 0) + 1);
      degree.set(target, (degree.get(target) ?? 0) + 1);
    }
    const degrees = graph.actors.map((actor) => degree.get(actor.id) ?? 0).sort((a, b) => b - a);
    // The busiest actor takes part in far more relations than the median one.
    expect(degrees[0]).toBeGreaterThan(20 * (degrees[Math.floor(degrees.length / 2)] ?? 1));
    expect(degrees.filter((d) => d <= 2).length).toBeGreaterThan(graph.actors.length / 4);
  });

  it('repeats busy pairs, so parallel relations are common', () => {
    const pairs = new Map<string, number>();
    for (const { source, target } of graph.relations) {
      const key = [source, target].sort().join(' ');
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
    }
    const parallel = [...pairs.values()].filter((n) => n > 1).length;
    expect(parallel).toBeGreaterThan(100);
    expect(Math.max(...pairs.values())).toBeGreaterThan(10);
  });

  it('uses event types in news-like proportions: talks outnumber attacks, standing ties are rare', () => {
    const count = (type: string) => graph.relations.filter((r) => r.type === type).length;
    expect(count('CONSULT')).toBeGreaterThan(count('ASSAULT'));
    expect(count('ASSAULT')).toBeGreaterThan(count('TIES_WITH'));
    expect(new Set(graph.relations.map((r) => r.type)).size).toBeGreaterThanOrEqual(20);
  });

  it('dates every relation over half a year, the same day its words say', () => {
    const months = new Set(graph.relations.map((relation) => relation.date.slice(0, 7)));
    expect([...months].sort()).toEqual([
      '2025-01',
      '2025-02',
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
    ]);
    const names = ['January', 'February', 'March', 'April', 'May', 'June'];
    const disagree = graph.relations.filter(
      ({ date, when }) =>
        when !== `on ${Number(date.slice(8))} ${names[Number(date.slice(5, 7)) - 1]} 2025`,
    );
    expect(disagree).toEqual([]);
  });
});
