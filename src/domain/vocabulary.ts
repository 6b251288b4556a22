/**
 * A dataset's vocabulary: the relation types and actor kinds it uses. Built-in datasets use the
 * PLOVER registry and our actor kinds; a dataset may declare its own ("funds", "married to",
 * "Person"), which come after ours. Matching an imported file's words onto ours lives in
 * declareVocabulary.ts, which only importers load.
 */
import { ACTOR_KINDS } from './actorKinds';
import { QUAD_CLASSES, RELATION_TYPES } from './relationTypes';

/** The quad classes, plus one for dataset types whose class is not known. */
export const RELATION_CLASSES = [
  ...QUAD_CLASSES,
  { id: 'unclassified', label: 'Other relations' },
] as const;
export type RelationClassId = (typeof RELATION_CLASSES)[number]['id'];

export interface RelationTypeInfo {
  id: string;
  label: string;
  relationClass: RelationClassId;
  description: string;
  /** How the relation reads from either end ("funds" / "is funded by"), also after a plural name. */
  phrasing: {
    active: string;
    passive: string;
    plural: { active: string; passive: string };
  };
  /** One of ours (PLOVER or a standing tie), or the dataset's own. */
  builtIn: boolean;
}

export interface ActorKindInfo {
  id: string;
  label: string;
  description: string;
  builtIn: boolean;
}

/** The relation types and actor kinds of one dataset, in the order filters and legend list them. */
export interface Vocabulary {
  types: readonly RelationTypeInfo[];
  kinds: readonly ActorKindInfo[];
}

const BUILT_IN_TYPES: readonly RelationTypeInfo[] = RELATION_TYPES.map((type) => ({
  id: type.id,
  label: type.label,
  relationClass: type.quadClass,
  description: type.description,
  phrasing: type.phrasing,
  builtIn: true,
}));

const BUILT_IN_KINDS: readonly ActorKindInfo[] = ACTOR_KINDS.map((kind) => ({
  ...kind,
  builtIn: true,
}));

/** The vocabulary of built-in datasets: every PLOVER type and standing tie, every actor kind. */
export const BUILT_IN_VOCABULARY: Vocabulary = { types: BUILT_IN_TYPES, kinds: BUILT_IN_KINDS };

/**
 * How a dataset's own type reads. Another file's verb cannot be put in the passive, or made to
 * agree with a plural, reliably; quoting it keeps the sentence honest.
 */
export function ownPhrasing(
  label: string,
  given: { active?: string; passive?: string } = {},
): RelationTypeInfo['phrasing'] {
  const active = given.active ?? label.toLowerCase();
  const passive = given.passive ?? `receives “${active}” from`;
  return {
    active,
    passive,
    plural: {
      active,
      passive: given.passive ? passive : `receive “${active}” from`,
    },
  };
}

/** A declared type or kind, as a dataset file writes it (see TypeDeclarationSchema). */
export interface TypeDeclarationLike {
  id: string;
  label: string;
  class?: string | undefined;
  description?: string | undefined;
  active?: string | undefined;
  passive?: string | undefined;
}
export interface KindDeclarationLike {
  id: string;
  label: string;
  description?: string | undefined;
}

function isRelationClass(id: string | undefined): id is RelationClassId {
  return RELATION_CLASSES.some((relationClass) => relationClass.id === id);
}

/**
 * A dataset's vocabulary: every one of our types and kinds, then those the dataset declares.
 * Ours come first so that links and filters read the same in every dataset.
 */
export function vocabularyOf(
  types: readonly TypeDeclarationLike[] = [],
  kinds: readonly KindDeclarationLike[] = [],
): Vocabulary {
  if (types.length === 0 && kinds.length === 0) return BUILT_IN_VOCABULARY;
  return {
    types: [
      ...BUILT_IN_TYPES,
      ...types.map((type) => ({
        id: type.id,
        label: type.label,
        relationClass: isRelationClass(type.class) ? type.class : ('unclassified' as const),
        description: type.description ?? `A relation type of this dataset (“${type.label}”).`,
        phrasing: ownPhrasing(type.label, type),
        builtIn: false,
      })),
    ],
    kinds: [
      ...BUILT_IN_KINDS,
      ...kinds.map((kind) => ({
        id: kind.id,
        label: kind.label,
        description: kind.description ?? `An actor kind of this dataset (“${kind.label}”).`,
        builtIn: false,
      })),
    ],
  };
}

// Lookups run per relation on hot paths (filtering 50,000 relations), so each vocabulary gets
// its id maps once; a vocabulary is never changed after it is made.
const typeMaps = new WeakMap<Vocabulary, Map<string, RelationTypeInfo>>();
const kindMaps = new WeakMap<Vocabulary, Map<string, ActorKindInfo>>();

/** Looks up a type of a vocabulary; undefined for an id it does not have. */
export function findType(vocabulary: Vocabulary, id: string): RelationTypeInfo | undefined {
  let map = typeMaps.get(vocabulary);
  if (!map) typeMaps.set(vocabulary, (map = new Map(vocabulary.types.map((t) => [t.id, t]))));
  return map.get(id);
}

/** Looks up a kind of a vocabulary; undefined for an id it does not have. */
export function findKind(vocabulary: Vocabulary, id: string): ActorKindInfo | undefined {
  let map = kindMaps.get(vocabulary);
  if (!map) kindMaps.set(vocabulary, (map = new Map(vocabulary.kinds.map((k) => [k.id, k]))));
  return map.get(id);
}
