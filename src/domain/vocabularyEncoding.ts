/**
 * The visual encoding of a dataset's vocabulary. Our own types and kinds keep the hand-made
 * encoding of encoding.ts; a file's own types and kinds get generated ones: colour by class,
 * and for types a distinct combination of line pattern, arrow head and weight, so that thirty
 * types stay apart without relying on colour.
 */
import { type ActorKindId, isActorKindId } from './actorKinds';
import {
  ACTOR_KIND_ENCODING,
  type ArrowShape,
  type LineStyle,
  type NodeShape,
  QUAD_CLASS_COLOR,
  RELATION_TYPE_ENCODING,
} from './encoding';
import { type RelationTypeId, isRelationTypeId } from './relationTypes';
import type { RelationClassId, Vocabulary } from './vocabulary';

export interface TypeEncoding {
  line: LineStyle;
  /** A dash pattern for dashed lines beyond cytoscape's default one (line-dash-pattern). */
  dash?: readonly number[];
  arrow: ArrowShape;
  heavy: boolean;
  color: { light: string; dark: string };
}

export interface KindEncoding {
  shape: NodeShape;
  color: string;
}

export interface VocabularyEncoding {
  type(id: string): TypeEncoding;
  kind(id: string): KindEncoding;
}

/** Edge colours by class, with one for relations whose class is unknown (both ≥ 3:1). */
export const RELATION_CLASS_COLOR: Record<RelationClassId, { light: string; dark: string }> = {
  ...QUAD_CLASS_COLOR,
  unclassified: { light: '#6a3d9a', dark: '#c3a6f0' },
};

// Line patterns for generated types: cytoscape's three styles plus two dash patterns.
const PATTERNS: readonly { line: LineStyle; dash?: readonly number[] }[] = [
  { line: 'solid' },
  { line: 'dashed' },
  { line: 'dotted' },
  { line: 'dashed', dash: [12, 4] },
  { line: 'dashed', dash: [8, 3, 2, 3] },
];
const ARROWS: readonly ArrowShape[] = [
  'triangle',
  'tee',
  'vee',
  'circle',
  'square',
  'diamond',
  'chevron',
  'triangle-backcurve',
];

/**
 * The n-th generated combination. Pattern and arrow both step by one: 5 and 8 are coprime, so
 * the first 40 are all distinct and neighbours differ in both cues; weight doubles that to 80.
 */
export function generatedTypeEncoding(
  index: number,
  color: { light: string; dark: string },
): TypeEncoding {
  const combinations = PATTERNS.length * ARROWS.length;
  const step = index % (combinations * 2);
  const pattern = PATTERNS[step % PATTERNS.length] as (typeof PATTERNS)[number];
  const arrow = ARROWS[step % ARROWS.length] as ArrowShape;
  return { ...pattern, arrow, heavy: step >= combinations, color };
}

// Shapes and colours not used by our kinds, for a file's own kinds.
const OWN_SHAPES: readonly NodeShape[] = [
  'triangle',
  'star',
  'pentagon',
  'barrel',
  'vee',
  'tag',
  'rhomboid',
  'concave-hexagon',
  'heptagon',
  'cut-rectangle',
];
// Those that stand out on both a light and a dark page come first: a file with one or two kinds
// of its own never gets the yellow, which all but vanishes on white.
const OWN_COLORS: readonly string[] = [
  '#AA4499',
  '#117733',
  '#44AA99',
  '#999999',
  '#882255',
  '#F0E442',
];

const encodings = new WeakMap<Vocabulary, VocabularyEncoding>();

/** The encoding for every type and kind of a vocabulary, made once per vocabulary. */
export function encodeVocabulary(vocabulary: Vocabulary): VocabularyEncoding {
  const known = encodings.get(vocabulary);
  if (known) return known;
  const types = new Map<string, TypeEncoding>();
  let own = 0;
  for (const type of vocabulary.types) {
    const color = RELATION_CLASS_COLOR[type.relationClass];
    if (type.builtIn && isRelationTypeId(type.id)) {
      const builtIn = RELATION_TYPE_ENCODING[type.id as RelationTypeId];
      types.set(type.id, { ...builtIn, heavy: builtIn.heavy ?? false, color });
    } else {
      types.set(type.id, generatedTypeEncoding(own++, color));
    }
  }
  const kinds = new Map<string, KindEncoding>();
  let ownKinds = 0;
  for (const kind of vocabulary.kinds) {
    if (kind.builtIn && isActorKindId(kind.id)) {
      kinds.set(kind.id, ACTOR_KIND_ENCODING[kind.id as ActorKindId]);
    } else {
      const n = ownKinds++;
      kinds.set(kind.id, {
        shape: OWN_SHAPES[n % OWN_SHAPES.length] as NodeShape,
        color: OWN_COLORS[n % OWN_COLORS.length] as string,
      });
    }
  }
  const fallbackType = generatedTypeEncoding(0, RELATION_CLASS_COLOR.unclassified);
  const fallbackKind: KindEncoding = { shape: 'ellipse', color: '#999999' };
  const encoding: VocabularyEncoding = {
    type: (id) => types.get(id) ?? fallbackType,
    kind: (id) => kinds.get(id) ?? fallbackKind,
  };
  encodings.set(vocabulary, encoding);
  return encoding;
}
