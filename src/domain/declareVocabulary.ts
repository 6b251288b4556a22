/**
 * Matching a file's own words for relation types and actor kinds onto ours ("sanctions" is
 * SANCTION, "Country" is a state), and declaring the rest as the dataset's own. Only importers
 * need it, so its synonym lists stay out of the start-up bundle.
 */
import { ACTOR_KINDS, type ActorKindId } from './actorKinds';
import { RELATION_TYPES, type RelationTypeId } from './relationTypes';
import {
  type ActorKindInfo,
  BUILT_IN_VOCABULARY,
  type RelationTypeInfo,
  type Vocabulary,
  ownPhrasing,
} from './vocabulary';

const BUILT_IN_TYPES = BUILT_IN_VOCABULARY.types;
const BUILT_IN_KINDS = BUILT_IN_VOCABULARY.kinds;

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
  // Keyed by the folded name, so a file with thousands of free-text types stays linear.
  const ownTypeByLabel = new Map<string, RelationTypeInfo>();
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
    const existing = ownTypeByLabel.get(fold(name));
    if (existing) {
      typeIdOf.set(name, existing.id);
      continue;
    }
    const id = ownId(name, takenTypeIds);
    takenTypeIds.add(id);
    const label = sentenceCase(name);
    const type: RelationTypeInfo = {
      id,
      label,
      relationClass: 'unclassified',
      description: `A relation type of this dataset (“${name.trim()}”).`,
      phrasing: ownPhrasing(label),
      builtIn: false,
    };
    ownTypes.push(type);
    ownTypeByLabel.set(fold(name), type);
    typeIdOf.set(name, id);
  }

  const kindIdOf = new Map<string, string>();
  const ownKinds: ActorKindInfo[] = [];
  const ownKindByLabel = new Map<string, ActorKindInfo>();
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
    const existing = ownKindByLabel.get(fold(name));
    if (existing) {
      kindIdOf.set(name, existing.id);
      continue;
    }
    const id = ownId(name, takenKindIds);
    takenKindIds.add(id);
    const kind: ActorKindInfo = {
      id,
      label: sentenceCase(name),
      description: `An actor kind of this dataset (“${name.trim()}”).`,
      builtIn: false,
    };
    ownKinds.push(kind);
    ownKindByLabel.set(fold(name), kind);
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
