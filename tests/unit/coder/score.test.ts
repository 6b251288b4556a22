import { readFileSync, readdirSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { nameKey, scoreCoding } from '../../../src/coder/score';
import type { DatasetFile } from '../../../src/domain/dataset';
import { formatProblem, validateParsed } from '../../../src/domain/validate';

type Actor = DatasetFile['actors'][number];
type Relation = DatasetFile['relations'][number];

const actor = (id: string, label: string, aliases: string[] = []): Actor => ({
  id,
  label,
  kind: 'state',
  aliases,
});

const relation = (source: string, type: string, target: string, directed = true): Relation => ({
  id: `${source}-${type.toLowerCase()}-${target}`,
  source,
  target,
  type,
  directed,
  evidence: [{ quote: 'a quote' }],
});

const coding = (actors: Actor[], relations: Relation[]) => ({ actors, relations });

const gold = coding(
  [
    actor('russia', 'Russia', ['the Kremlin', 'Moscow']),
    actor('ukraine', 'Ukraine', ['Kiev']),
    actor('putin', 'Vladimir Putin', ['Putin']),
    actor('hawks', 'European hawks', ['European “hawks”']),
  ],
  [
    relation('russia', 'ASSAULT', 'ukraine'),
    relation('russia', 'CONSULT', 'ukraine', false),
    relation('putin', 'LEADS', 'russia'),
    relation('russia', 'ACCUSE', 'hawks'),
  ],
);

describe('scoreCoding', () => {
  it('matches actors by any shared name, whatever their ids, case, "the" or quotes', () => {
    const predicted = coding(
      [
        actor('kremlin', 'Kremlin'),
        actor('kyiv', 'Kiev'),
        actor('vladimir-putin', 'Vladimir Putin'),
        actor('european-hawks', 'European "Hawks"'),
      ],
      [
        relation('kremlin', 'ASSAULT', 'kyiv'),
        relation('vladimir-putin', 'LEADS', 'kremlin'),
        relation('kremlin', 'ACCUSE', 'european-hawks'),
      ],
    );
    const score = scoreCoding(predicted, gold);
    expect(score.actors).toMatchObject({ gold: 4, suggested: 4, matched: 4, wrong: [] });
    expect(score.relations).toMatchObject({ gold: 4, suggested: 3, matched: 3, precision: 1 });
    expect(score.relations.recall).toBeCloseTo(3 / 4);
    expect(score.relations.missed).toEqual([
      { source: 'russia', type: 'CONSULT', target: 'ukraine', directed: false },
    ]);
  });

  it('reads an undirected relation both ways, a directed one only its own way', () => {
    const predicted = coding(
      [actor('ua', 'Ukraine'), actor('ru', 'Russia')],
      [relation('ua', 'CONSULT', 'ru', false), relation('ua', 'ASSAULT', 'ru')],
    );
    const { relations } = scoreCoding(predicted, gold);
    expect(relations.matched).toBe(1);
    expect(relations.wrong).toEqual([
      { source: 'ua', type: 'ASSAULT', target: 'ru', directed: true },
    ]);
  });

  it('counts a triple suggested twice once, and each gold triple at most once', () => {
    const predicted = coding(
      [actor('russia', 'Russia'), actor('moscow', 'Moscow'), actor('ukraine', 'Ukraine')],
      [
        relation('russia', 'ASSAULT', 'ukraine'),
        { ...relation('russia', 'ASSAULT', 'ukraine'), id: 'again' },
        // Another actor for Russia: it reports the same gold triple, which is already taken.
        relation('moscow', 'ASSAULT', 'ukraine'),
      ],
    );
    const { relations } = scoreCoding(predicted, gold);
    expect(relations).toMatchObject({ suggested: 2, matched: 1, precision: 0.5 });
    expect(relations.wrong).toHaveLength(1);
  });

  it('pairs so that as many gold triples as possible are found', () => {
    // "Moscow" could stand for Russia or for a gold actor of its own; a greedy pairing that gave
    // the first suggestion to Russia would leave the second with nothing.
    const twoMoscows = coding(
      [
        actor('russia', 'Russia', ['Moscow']),
        actor('moscow-city', 'Moscow city', ['Moscow']),
        actor('ukraine', 'Ukraine'),
      ],
      [relation('russia', 'ACCUSE', 'ukraine'), relation('moscow-city', 'ACCUSE', 'ukraine')],
    );
    const predicted = coding(
      [actor('moscow', 'Moscow'), actor('russia', 'Russia'), actor('ukraine', 'Ukraine')],
      [relation('moscow', 'ACCUSE', 'ukraine'), relation('russia', 'ACCUSE', 'ukraine')],
    );
    expect(scoreCoding(predicted, twoMoscows).relations.matched).toBe(2);
  });

  it('scores nothing matched as zero, and nothing suggested without dividing by zero', () => {
    const strangers = coding(
      [actor('france', 'France'), actor('germany', 'Germany')],
      [relation('france', 'ASSAULT', 'germany')],
    );
    const score = scoreCoding(strangers, gold);
    expect(score.relations).toMatchObject({ matched: 0, recall: 0, precision: 0 });
    expect(score.relations.missed).toHaveLength(4);
    expect(score.actors.wrong.map((item) => item.label)).toEqual(['France', 'Germany']);

    const empty = scoreCoding(coding([], []), gold);
    expect(empty.relations).toMatchObject({ suggested: 0, matched: 0, recall: 0, precision: 0 });
  });

  it('needs the same type: the right actors with another type do not match', () => {
    const predicted = coding(
      [actor('russia', 'Russia'), actor('ukraine', 'Ukraine')],
      [relation('russia', 'THREATEN', 'ukraine')],
    );
    expect(scoreCoding(predicted, gold).relations.matched).toBe(0);
  });
});

describe('nameKey', () => {
  it('drops a leading "the", case and quote styles, but keeps the words', () => {
    expect(nameKey('The  Kremlin')).toBe(nameKey('kremlin'));
    expect(nameKey('Ukraine’s')).toBe(nameKey("Ukraine's"));
    expect(nameKey('Theresa May')).not.toBe(nameKey('resa May'));
  });
});

describe('the hand-coded benchmark texts', () => {
  const folders = [
    'data/russia-ukraine-talks',
    ...readdirSync('tests/fixtures/coder').map((name) => `tests/fixtures/coder/${name}`),
  ];

  it.each(folders)('%s is a valid dataset that scores perfectly against itself', (folder) => {
    const articleText = readFileSync(`${folder}/article.txt`, 'utf8');
    const graphFile = `${folder}/graph.json`;
    const root = JSON.parse(readFileSync(graphFile, 'utf8')) as unknown;
    const result = validateParsed(root, { articleText, graphFile });
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
    if (!result.ok) return;
    const { relations, actors } = scoreCoding(result.file, result.file);
    expect(relations.missed).toEqual([]);
    expect(relations.wrong).toEqual([]);
    expect(actors).toMatchObject({ recall: 1, precision: 1 });
  });
});
