import { describe, expect, it } from 'vitest';

import { declareVocabulary } from '../../src/domain/declareVocabulary';
import { RELATION_TYPE_ENCODING } from '../../src/domain/encoding';
import { BUILT_IN_VOCABULARY } from '../../src/domain/vocabulary';
import { encodeVocabulary } from '../../src/domain/vocabularyEncoding';

const cues = (encoding: {
  line: string;
  dash?: readonly number[];
  arrow: string;
  heavy: boolean;
}) => `${encoding.line}/${encoding.dash?.join('-') ?? ''}/${encoding.arrow}/${encoding.heavy}`;

describe('encoding a vocabulary', () => {
  it('keeps the hand-made encoding of our own types', () => {
    const encoding = encodeVocabulary(BUILT_IN_VOCABULARY);
    expect(encoding.type('THREATEN')).toMatchObject(RELATION_TYPE_ENCODING.THREATEN);
    expect(encoding.type('ASSAULT').color.light).toBe('#c23b00');
  });

  it('tells 30 of a file’s own types apart without colour', () => {
    const names = Array.from({ length: 30 }, (_, n) => `own type ${n}`);
    const { vocabulary } = declareVocabulary(names, []);
    const encoding = encodeVocabulary(vocabulary);
    const seen = new Set(vocabulary.types.map((type) => cues(encoding.type(type.id))));
    expect(seen.size).toBe(30);
  });

  it('makes neighbouring own types differ in line pattern and in arrow head', () => {
    const { vocabulary } = declareVocabulary(['a type', 'b type', 'c type'], []);
    const encoding = encodeVocabulary(vocabulary);
    const [a, b] = vocabulary.types.map((type) => encoding.type(type.id));
    expect(a?.arrow).not.toBe(b?.arrow);
    expect(`${a?.line}${a?.dash}`).not.toBe(`${b?.line}${b?.dash}`);
  });

  it('gives a file’s own kinds shapes that none of ours has', () => {
    const { vocabulary } = declareVocabulary([], ['Country', 'Football club', 'River']);
    const encoding = encodeVocabulary(vocabulary);
    expect(encoding.kind('state').shape).toBe('round-rectangle');
    const ownShapes = [encoding.kind('football-club').shape, encoding.kind('river').shape];
    expect(new Set(ownShapes).size).toBe(2);
    const ours = BUILT_IN_VOCABULARY.kinds.map((kind) => encoding.kind(kind.id).shape);
    for (const shape of ownShapes) expect(ours).not.toContain(shape);
  });
});
