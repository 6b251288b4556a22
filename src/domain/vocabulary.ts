/**
 * A dataset's vocabulary: the relation types and actor kinds it uses. Built-in datasets use the
 * PLOVER registry and our actor kinds; an imported file brings its own words ("funds",
 * "married to", "Person"). Names that mean one of ours (case aside, and common synonyms such as
 * "sanctions" or "meets") map onto it, so PLOVER filters and colours apply; every other name
 * becomes a type or kind of the dataset's own, with a readable label and a class.
 */
import { ACTOR_KINDS, type ActorKindId } from './actorKinds';
import { QUAD_CLASSES, RELATION_TYPES, type RelationTypeId } from './relationTypes';

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

/** Folds a name for matching: case, accents, punctuation and spacing aside. */
function fold(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// Words people write for our types. Keys are folded; a type's own id and label match too.
// Maps, not object literals: a file's "constructor" must not find Object.prototype's.
const TYPE_SYNONYMS = new Map<string, RelationTypeId>();
function synonyms(type: RelationTypeId, words: string[]): void {
  for (const word of words) TYPE_SYNONYMS.set(fold(word), type);
}
synonyms('AGREE', [
  'agrees',
  'agreed',
  'agreement',
  'deal',
  'deal with',
  'signs',
  'signed',
  'treaty',
]);
synonyms('CONSULT', [
  'meets',
  'met',
  'meet',
  'meeting',
  'meets with',
  'met with',
  'talks',
  'talks with',
  'holds talks',
  'consults',
  'consultation',
  'visits',
  'visit',
  'negotiates',
  'negotiation',
  'attends',
]);
synonyms('SUPPORT', [
  'supports',
  'supported',
  'endorses',
  'endorsed',
  'backs',
  'praises',
  'encourages',
]);
synonyms('CONCEDE', ['concedes', 'conceded', 'concession', 'yields']);
synonyms('COOPERATE', [
  'cooperates',
  'cooperation',
  'collaborates',
  'collaboration',
  'works with',
  'partners with',
]);
synonyms('AID', [
  'aids',
  'aid',
  'funds',
  'funded',
  'funding',
  'finances',
  'donates',
  'donation',
  'gives aid',
]);
synonyms('RETREAT', ['retreats', 'withdraws', 'withdrawal', 'releases', 'de escalates']);
synonyms('REQUEST', [
  'requests',
  'asks',
  'demands',
  'demand',
  'calls on',
  'urges',
  'presses',
  'pressures',
  'proposes',
  'proposal',
  'appeals',
]);
synonyms('ACCUSE', [
  'accuses',
  'accused',
  'accusation',
  'blames',
  'criticises',
  'criticizes',
  'criticism',
  'condemns',
  'denounces',
]);
synonyms('REJECT', ['rejects', 'rejected', 'refuses', 'denies', 'vetoes']);
synonyms('THREATEN', ['threatens', 'threatened', 'threat', 'warns', 'ultimatum']);
synonyms('PROTEST', [
  'protests',
  'protest',
  'demonstrates',
  'boycotts',
  'boycott',
  'strikes against',
]);
synonyms('SANCTION', ['sanctions', 'sanctioned', 'embargo', 'embargoes', 'cuts ties']);
synonyms('MOBILIZE', ['mobilizes', 'mobilises', 'mobilisation', 'mobilization', 'deploys']);
synonyms('COERCE', ['coerces', 'arrests', 'expels', 'detains', 'seizes', 'blockades']);
synonyms('ASSAULT', [
  'assaults',
  'attacks',
  'attacked',
  'attack',
  'strikes',
  'struck',
  'bombs',
  'shells',
  'fights',
  'kills',
  'invades',
]);
synonyms('LEADS', [
  'leads',
  'led',
  'leader of',
  'heads',
  'head of',
  'president of',
  'chairs',
  'governs',
]);
synonyms('OFFICIAL_OF', [
  'official of',
  'minister of',
  'works for',
  'employed by',
  'spokesperson of',
  'envoy of',
]);
synonyms('PART_OF', ['part of', 'belongs to', 'subsidiary of', 'agency of', 'branch of']);
synonyms('MEMBER_OF', ['member of', 'member', 'joins', 'joined', 'belongs to bloc']);
synonyms('ALLY_OF', ['ally', 'ally of', 'allied with', 'allies', 'alliance']);
synonyms('TIES_WITH', [
  'ties with',
  'close ties',
  'ties',
  'relations with',
  'linked to',
  'connected to',
]);
for (const type of RELATION_TYPES) {
  TYPE_SYNONYMS.set(fold(type.id), type.id);
  TYPE_SYNONYMS.set(fold(type.label), type.id);
}

const KIND_SYNONYMS = new Map<string, ActorKindId>();
function kindSynonyms(kind: ActorKindId, words: string[]): void {
  for (const word of words) KIND_SYNONYMS.set(fold(word), kind);
}
kindSynonyms('state', ['state', 'country', 'nation', 'government', 'states', 'countries']);
kindSynonyms('leader', [
  'leader',
  'person',
  'people',
  'official',
  'politician',
  'head of state',
  'individual',
]);
kindSynonyms('bloc', ['bloc', 'alliance', 'coalition', 'blocs']);
kindSynonyms('organization', [
  'organization',
  'organisation',
  'org',
  'institution',
  'agency',
  'ngo',
  'company',
  'igo',
]);
kindSynonyms('group', ['group', 'informal group', 'movement', 'militia', 'faction']);
kindSynonyms('meeting', ['meeting', 'summit', 'conference', 'event']);
for (const kind of ACTOR_KINDS) {
  KIND_SYNONYMS.set(fold(kind.id), kind.id);
  KIND_SYNONYMS.set(fold(kind.label), kind.id);
}

/** Our relation type a name stands for, if any ("Sanctions" and "meets" do; "married to" does not). */
export function matchRelationType(name: string): RelationTypeId | undefined {
  return TYPE_SYNONYMS.get(fold(name));
}

/** Our actor kind a name stands for, if any ("Country" does; "Football club" does not). */
export function matchActorKind(name: string): ActorKindId | undefined {
  return KIND_SYNONYMS.get(fold(name));
}

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

/** An id for a dataset's own type or kind: readable in links, unlike the raw name. */
function ownId(name: string, taken: ReadonlySet<string>): string {
  const base = fold(name).replace(/ /g, '-') || 'other';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

function sentenceCase(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}

export interface DeclaredVocabulary {
  vocabulary: Vocabulary;
  /** The id each raw name (exactly as the file wrote it) became. */
  typeIdOf: ReadonlyMap<string, string>;
  kindIdOf: ReadonlyMap<string, string>;
}

/**
 * The vocabulary for the type and kind names a file uses: ours where a name matches (by id,
 * label or synonym), the file's own otherwise. Only what the file uses is listed, ours first in
 * registry order, then the file's own in order of first use.
 */
export function declareVocabulary(
  typeNames: Iterable<string>,
  kindNames: Iterable<string>,
): DeclaredVocabulary {
  const typeIdOf = new Map<string, string>();
  const ownTypes: RelationTypeInfo[] = [];
  const usedBuiltInTypes = new Set<string>();
  const takenTypeIds = new Set<string>(BUILT_IN_TYPES.map((type) => type.id));
  for (const name of typeNames) {
    if (typeIdOf.has(name)) continue;
    const builtIn = matchRelationType(name);
    if (builtIn) {
      typeIdOf.set(name, builtIn);
      usedBuiltInTypes.add(builtIn);
      continue;
    }
    const existing = ownTypes.find((type) => fold(type.label) === fold(name));
    if (existing) {
      typeIdOf.set(name, existing.id);
      continue;
    }
    const id = ownId(name, takenTypeIds);
    takenTypeIds.add(id);
    const label = sentenceCase(name);
    ownTypes.push({
      id,
      label,
      relationClass: 'unclassified',
      description: `A relation type of this dataset (“${name.trim()}”).`,
      phrasing: ownPhrasing(label),
      builtIn: false,
    });
    typeIdOf.set(name, id);
  }

  const kindIdOf = new Map<string, string>();
  const ownKinds: ActorKindInfo[] = [];
  const usedBuiltInKinds = new Set<string>();
  const takenKindIds = new Set<string>(BUILT_IN_KINDS.map((kind) => kind.id));
  for (const name of kindNames) {
    if (kindIdOf.has(name)) continue;
    const builtIn = matchActorKind(name);
    if (builtIn) {
      kindIdOf.set(name, builtIn);
      usedBuiltInKinds.add(builtIn);
      continue;
    }
    const existing = ownKinds.find((kind) => fold(kind.label) === fold(name));
    if (existing) {
      kindIdOf.set(name, existing.id);
      continue;
    }
    const id = ownId(name, takenKindIds);
    takenKindIds.add(id);
    ownKinds.push({
      id,
      label: sentenceCase(name),
      description: `An actor kind of this dataset (“${name.trim()}”).`,
      builtIn: false,
    });
    kindIdOf.set(name, id);
  }

  return {
    vocabulary: {
      types: [...BUILT_IN_TYPES.filter((type) => usedBuiltInTypes.has(type.id)), ...ownTypes],
      kinds: [...BUILT_IN_KINDS.filter((kind) => usedBuiltInKinds.has(kind.id)), ...ownKinds],
    },
    typeIdOf,
    kindIdOf,
  };
}
