import { describe, expect, it } from 'vitest';

import {
  declareVocabulary,
  matchActorKind,
  matchRelationType,
} from '../../src/domain/declareVocabulary';
import { RELATION_TYPE_IDS } from '../../src/domain/relationTypes';
import { BUILT_IN_VOCABULARY } from '../../src/domain/vocabulary';

describe('matching names onto our relation types and actor kinds', () => {
  it('matches ids, labels and common synonyms, whatever the case and spacing', () => {
    expect(matchRelationType('SANCTION')).toBe('SANCTION');
    expect(matchRelationType('sanctions')).toBe('SANCTION');
    expect(matchRelationType('  Meets ')).toBe('CONSULT');
    expect(matchRelationType('met-with')).toBe('CONSULT');
    expect(matchRelationType('Official of')).toBe('OFFICIAL_OF');
    expect(matchRelationType('official_of')).toBe('OFFICIAL_OF');
    expect(matchRelationType('funds')).toBe('AID');
    expect(matchRelationType('Criticizes')).toBe('ACCUSE');
    expect(matchActorKind('Country')).toBe('state');
    expect(matchActorKind('PERSON')).toBe('leader');
    expect(matchActorKind('Organisation')).toBe('organization');
  });

  it('does not force a meaning onto words that have none of ours', () => {
    expect(matchRelationType('married to')).toBeUndefined();
    expect(matchRelationType('')).toBeUndefined();
    expect(matchRelationType('__proto__')).toBeUndefined();
    expect(matchRelationType('constructor')).toBeUndefined();
    expect(matchActorKind('Football club')).toBeUndefined();
    expect(matchActorKind('toString')).toBeUndefined();
  });
});

describe('declareVocabulary', () => {
  it('lists ours that the file uses, in registry order, then its own in order of first use', () => {
    const { vocabulary, typeIdOf, kindIdOf } = declareVocabulary(
      ['married to', 'sanctions', 'Funds', 'Godparent of', 'meets', 'Married To'],
      ['Person', 'Football club', 'country'],
    );
    expect(vocabulary.types.map((type) => type.id)).toEqual([
      'CONSULT',
      'AID',
      'SANCTION',
      'married-to',
      'godparent-of',
    ]);
    expect(typeIdOf.get('Married To')).toBe('married-to');
    expect(typeIdOf.get('sanctions')).toBe('SANCTION');
    expect(vocabulary.kinds.map((kind) => kind.id)).toEqual(['state', 'leader', 'football-club']);
    expect(kindIdOf.get('Football club')).toBe('football-club');
  });

  it('gives the file’s own types a label, the unclassified class and an honest phrasing', () => {
    const [own] = declareVocabulary(['married to'], []).vocabulary.types;
    expect(own).toMatchObject({
      id: 'married-to',
      label: 'Married to',
      relationClass: 'unclassified',
      builtIn: false,
      phrasing: { active: 'married to', passive: 'receives “married to” from' },
    });
  });

  it('never lets a name take the id of one of ours or of another name', () => {
    const { vocabulary } = declareVocabulary(['Ally!', 'ally?', 'x', 'X ', '---'], []);
    const ids = vocabulary.types.map((type) => type.id);
    expect(ids).toEqual(['ALLY_OF', 'x', 'other']);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps 30 distinct own types apart', () => {
    const names = Array.from({ length: 30 }, (_, n) => `custom relation ${n}`);
    const { vocabulary } = declareVocabulary(names, []);
    expect(new Set(vocabulary.types.map((type) => type.id)).size).toBe(30);
  });

  it('the built-in vocabulary is the whole registry', () => {
    expect(BUILT_IN_VOCABULARY.types.map((type) => type.id)).toEqual(RELATION_TYPE_IDS);
    expect(BUILT_IN_VOCABULARY.types.every((type) => type.builtIn)).toBe(true);
  });
});
