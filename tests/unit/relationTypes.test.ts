import { describe, expect, it } from 'vitest';

import { ACTOR_KINDS } from '../../src/domain/actorKinds';
import { ACTOR_KIND_ENCODING, RELATION_TYPE_ENCODING } from '../../src/domain/encoding';
import {
  QUAD_CLASSES,
  RELATION_TYPES,
  type RelationTypeId,
  findRelationType,
  isRelationTypeId,
} from '../../src/domain/relationTypes';
import { realDataset } from './realDataset';

describe('relation-type registry', () => {
  it('has unique ids, each in a known quad class', () => {
    const ids = RELATION_TYPES.map((type) => type.id);
    expect(new Set(ids).size).toBe(ids.length);
    const classes = new Set<string>(QUAD_CLASSES.map((quad) => quad.id));
    for (const type of RELATION_TYPES) expect(classes.has(type.quadClass)).toBe(true);
  });

  it('holds the PLOVER event types the article needs and the standing ties apart', () => {
    for (const id of [
      'ASSAULT',
      'SANCTION',
      'ACCUSE',
      'THREATEN',
      'REQUEST',
      'CONSULT',
      'AGREE',
      'SUPPORT',
    ]) {
      expect(findRelationType(id)?.quadClass).not.toBe('structural');
    }
    for (const id of ['LEADS', 'MEMBER_OF', 'ALLY_OF']) {
      expect(findRelationType(id)?.quadClass).toBe('structural');
    }
    expect(findRelationType('ASSAULT')?.quadClass).toBe('material-conflict');
    expect(findRelationType('CONSULT')?.quadClass).toBe('verbal-cooperation');
  });

  it('knows its own ids and nothing else', () => {
    expect(isRelationTypeId('ACCUSE')).toBe(true);
    expect(isRelationTypeId('accuse')).toBe(false);
    expect(isRelationTypeId('__proto__')).toBe(false);
  });

  it('gives every type within a quad class its own line and arrow', () => {
    for (const quad of QUAD_CLASSES) {
      const looks = RELATION_TYPES.filter((type) => type.quadClass === quad.id).map((type) =>
        JSON.stringify(RELATION_TYPE_ENCODING[type.id]),
      );
      expect(new Set(looks).size).toBe(looks.length);
    }
  });

  it('tells apart, without colour, every type the shipped dataset draws without arrows', () => {
    const undirected = new Set(
      realDataset()
        .relations.filter((relation) => !relation.directed)
        .map((relation) => relation.type),
    );
    const looks = [...undirected].map((type) => {
      const { line, heavy } = RELATION_TYPE_ENCODING[type as RelationTypeId];
      return `${line}/${heavy ? 'heavy' : 'normal'}`;
    });
    expect(undirected.size).toBeGreaterThan(1);
    expect(new Set(looks).size).toBe(looks.length);
  });

  it('gives every actor kind its own shape', () => {
    const shapes = ACTOR_KINDS.map((kind) => ACTOR_KIND_ENCODING[kind.id].shape);
    expect(new Set(shapes).size).toBe(shapes.length);
  });
});
