/** Facts about the shipped dataset that a reader of the article would check. */
import { describe, expect, it } from 'vitest';

import { realDataset } from './realDataset';

const dataset = realDataset();
const actor = (id: string) => dataset.actors.find((candidate) => candidate.id === id);
const relationsOf = (type: string) =>
  dataset.relations.filter((relation) => relation.type === type);
const has = (source: string, type: string, target: string) =>
  dataset.relations.some(
    (relation) =>
      relation.type === type &&
      ((relation.source === source && relation.target === target) ||
        (!relation.directed && relation.source === target && relation.target === source)),
  );

describe('the Russia–Ukraine talks dataset', () => {
  it('covers the states, leaders and blocs that drive the story', () => {
    for (const id of [
      'united-states',
      'russia',
      'ukraine',
      'united-kingdom',
      'brics',
      'south-africa',
    ]) {
      expect(actor(id), id).toBeDefined();
    }
  });

  it('records every way the article names an actor', () => {
    expect(actor('ukraine')?.aliases).toEqual(expect.arrayContaining(['Kiev', 'Kyiv']));
    expect(actor('russia')?.aliases).toEqual(expect.arrayContaining(['the Kremlin', 'Moscow']));
    expect(actor('zelenskyy')?.aliases).toEqual(expect.arrayContaining(['Zelensky', 'Zelenskyy']));
  });

  it('reports every kind of relation the article does', () => {
    for (const type of [
      'ASSAULT',
      'ACCUSE',
      'CONSULT',
      'SANCTION',
      'SUPPORT',
      'REQUEST',
      'THREATEN',
      'AGREE',
      'LEADS',
      'MEMBER_OF',
      'ALLY_OF',
    ]) {
      expect(relationsOf(type).length, type).toBeGreaterThan(0);
    }
  });

  it('connects every participant of the London meeting to it', () => {
    for (const id of ['united-kingdom', 'united-states', 'france', 'germany', 'ukraine']) {
      expect(has(id, 'CONSULT', 'london-meeting'), id).toBe(true);
    }
  });

  it('states the key reported facts', () => {
    expect(has('russia', 'ASSAULT', 'ukraine')).toBe(true);
    expect(has('united-states', 'SANCTION', 'south-africa')).toBe(true);
    expect(has('russia', 'ALLY_OF', 'belarus')).toBe(true);
    expect(has('south-africa', 'MEMBER_OF', 'brics')).toBe(true);
    expect(has('zelenskyy', 'LEADS', 'ukraine')).toBe(true);
    expect(has('shoigu', 'LEADS', 'russia-security-council')).toBe(true);
  });

  it('records who alleges what the article reports as a claim', () => {
    const alleged = dataset.relations.filter((relation) => relation.allegedBy);
    expect(alleged.map((relation) => [relation.id, relation.allegedBy])).toEqual(
      expect.arrayContaining([
        ['trump-deal-with-putin', 'trump'],
        ['european-hawks-encourage-zelenskyy', 'russia'],
      ]),
    );
  });

  it('invents no URL, publisher or date for the source', () => {
    expect(dataset.source.url).toBeUndefined();
    expect(dataset.source.publisher).toBeUndefined();
    expect(dataset.source.published).toBeUndefined();
  });

  it('keeps every `when` in the article’s own words', () => {
    for (const relation of dataset.relations) {
      if (relation.when) expect(dataset.article, relation.id).toContain(relation.when);
    }
  });
});
