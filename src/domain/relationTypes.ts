/**
 * The relation-type registry. Event types follow PLOVER, the political event ontology that
 * succeeded CAMEO; standing ties that are not events (leadership, office, membership, alliance)
 * form a structural class of their own so they can be filtered apart from events.
 */

export const QUAD_CLASSES = [
  { id: 'verbal-cooperation', label: 'Verbal cooperation' },
  { id: 'material-cooperation', label: 'Material cooperation' },
  { id: 'verbal-conflict', label: 'Verbal conflict' },
  { id: 'material-conflict', label: 'Material conflict' },
  { id: 'structural', label: 'Standing ties' },
] as const;

export type QuadClassId = (typeof QUAD_CLASSES)[number]['id'];

/**
 * How a relation reads from either end: "Russia accuses Zelenskyy" / "Zelenskyy is accused by
 * Russia", and the same with a plural subject: "European hawks support Zelenskyy".
 */
interface Phrasing {
  readonly active: string;
  readonly passive: string;
  readonly plural: { readonly active: string; readonly passive: string };
}

interface RelationTypeDefinition {
  readonly id: string;
  readonly label: string;
  readonly quadClass: QuadClassId;
  readonly description: string;
  readonly phrasing: Phrasing;
}

export const RELATION_TYPES = [
  // Verbal cooperation
  {
    id: 'AGREE',
    label: 'Agree',
    quadClass: 'verbal-cooperation',
    description: 'Agree to, or claim to have, a deal, settlement or common position.',
    phrasing: {
      active: 'has a deal with',
      passive: 'has a deal with',
      plural: { active: 'have a deal with', passive: 'have a deal with' },
    },
  },
  {
    id: 'CONSULT',
    label: 'Consult',
    quadClass: 'verbal-cooperation',
    description: 'Talks, meetings, negotiations and visits.',
    phrasing: {
      active: 'holds talks with',
      passive: 'holds talks with',
      plural: { active: 'hold talks with', passive: 'hold talks with' },
    },
  },
  {
    id: 'SUPPORT',
    label: 'Support',
    quadClass: 'verbal-cooperation',
    description: 'Back, endorse or encourage another actor or its position.',
    phrasing: {
      active: 'supports',
      passive: 'is supported by',
      plural: { active: 'support', passive: 'are supported by' },
    },
  },
  {
    id: 'CONCEDE',
    label: 'Concede',
    quadClass: 'verbal-cooperation',
    description: 'Yield a position, ease demands or accept terms.',
    phrasing: {
      active: 'concedes to',
      passive: 'is conceded to by',
      plural: { active: 'concede to', passive: 'are conceded to by' },
    },
  },
  // Material cooperation
  {
    id: 'COOPERATE',
    label: 'Cooperate',
    quadClass: 'material-cooperation',
    description: 'Act together in practice: joint operations, exchanges, implementation.',
    phrasing: {
      active: 'cooperates with',
      passive: 'cooperates with',
      plural: { active: 'cooperate with', passive: 'cooperate with' },
    },
  },
  {
    id: 'AID',
    label: 'Aid',
    quadClass: 'material-cooperation',
    description: 'Give economic, military or humanitarian aid.',
    phrasing: {
      active: 'aids',
      passive: 'is aided by',
      plural: { active: 'aid', passive: 'are aided by' },
    },
  },
  {
    id: 'RETREAT',
    label: 'Retreat',
    quadClass: 'material-cooperation',
    description: 'Withdraw forces, release, or de-escalate in practice.',
    phrasing: {
      active: 'retreats before',
      passive: 'sees a retreat by',
      plural: { active: 'retreat before', passive: 'see a retreat by' },
    },
  },
  // Verbal conflict
  {
    id: 'REQUEST',
    label: 'Request',
    quadClass: 'verbal-conflict',
    description: 'Press, demand or propose that another actor act.',
    phrasing: {
      active: 'presses',
      passive: 'is pressed by',
      plural: { active: 'press', passive: 'are pressed by' },
    },
  },
  {
    id: 'ACCUSE',
    label: 'Accuse',
    quadClass: 'verbal-conflict',
    description: 'Accuse, blame or criticise.',
    phrasing: {
      active: 'accuses',
      passive: 'is accused by',
      plural: { active: 'accuse', passive: 'are accused by' },
    },
  },
  {
    id: 'REJECT',
    label: 'Reject',
    quadClass: 'verbal-conflict',
    description: 'Refuse a demand or proposal, or refuse to concede to another actor.',
    // Worded for the refusal itself: "rejects the demands of" would assert a demand that an
    // article may not report (Ukraine stands firm on Crimea; the article reports no Russian demand).
    phrasing: {
      active: 'refuses concessions to',
      passive: 'is refused concessions by',
      plural: { active: 'refuse concessions to', passive: 'are refused concessions by' },
    },
  },
  {
    id: 'THREATEN',
    label: 'Threaten',
    quadClass: 'verbal-conflict',
    description: 'Warn of a penalty, withdrawal or force unless another actor complies.',
    phrasing: {
      active: 'threatens',
      passive: 'is threatened by',
      plural: { active: 'threaten', passive: 'are threatened by' },
    },
  },
  // Material conflict
  {
    id: 'PROTEST',
    label: 'Protest',
    quadClass: 'material-conflict',
    description: 'Demonstrations, boycotts and other acts of protest.',
    phrasing: {
      active: 'protests against',
      passive: 'is protested by',
      plural: { active: 'protest against', passive: 'are protested by' },
    },
  },
  {
    id: 'SANCTION',
    label: 'Sanction',
    quadClass: 'material-conflict',
    description: 'Sanctions, embargoes, cut ties or aid.',
    phrasing: {
      active: 'sanctions',
      passive: 'is sanctioned by',
      plural: { active: 'sanction', passive: 'are sanctioned by' },
    },
  },
  {
    id: 'MOBILIZE',
    label: 'Mobilize',
    quadClass: 'material-conflict',
    description: 'Raise alert levels or mobilise forces.',
    phrasing: {
      active: 'mobilises against',
      passive: 'faces mobilisation by',
      plural: { active: 'mobilise against', passive: 'face mobilisation by' },
    },
  },
  {
    id: 'COERCE',
    label: 'Coerce',
    quadClass: 'material-conflict',
    description: 'Seize, arrest, expel or otherwise coerce without open violence.',
    phrasing: {
      active: 'coerces',
      passive: 'is coerced by',
      plural: { active: 'coerce', passive: 'are coerced by' },
    },
  },
  {
    id: 'ASSAULT',
    label: 'Assault',
    quadClass: 'material-conflict',
    description: 'Strikes, shelling and other attacks.',
    phrasing: {
      active: 'attacks',
      passive: 'is attacked by',
      plural: { active: 'attack', passive: 'are attacked by' },
    },
  },
  // Standing ties
  {
    id: 'LEADS',
    label: 'Leads',
    quadClass: 'structural',
    description: 'Heads a state, government or body.',
    phrasing: {
      active: 'leads',
      passive: 'is led by',
      plural: { active: 'lead', passive: 'are led by' },
    },
  },
  {
    id: 'OFFICIAL_OF',
    label: 'Official of',
    quadClass: 'structural',
    description: 'Holds an office in a state or body without heading it.',
    phrasing: {
      active: 'is an official of',
      passive: 'has as an official',
      plural: { active: 'are officials of', passive: 'have as an official' },
    },
  },
  {
    id: 'PART_OF',
    label: 'Part of',
    quadClass: 'structural',
    description: 'An institution or agency belonging to a state.',
    phrasing: {
      active: 'is part of',
      passive: 'includes',
      plural: { active: 'are part of', passive: 'include' },
    },
  },
  {
    id: 'MEMBER_OF',
    label: 'Member of',
    quadClass: 'structural',
    description: 'Membership in a bloc or organization.',
    phrasing: {
      active: 'is a member of',
      passive: 'has as a member',
      plural: { active: 'are members of', passive: 'have as a member' },
    },
  },
  {
    id: 'ALLY_OF',
    label: 'Ally of',
    quadClass: 'structural',
    description: 'A standing alliance.',
    phrasing: {
      active: 'is an ally of',
      passive: 'is an ally of',
      plural: { active: 'are allies of', passive: 'are allies of' },
    },
  },
  {
    id: 'TIES_WITH',
    label: 'Close ties',
    quadClass: 'structural',
    description: 'Close standing ties short of an alliance.',
    phrasing: {
      active: 'has close ties with',
      passive: 'has close ties with',
      plural: { active: 'have close ties with', passive: 'have close ties with' },
    },
  },
] as const satisfies readonly RelationTypeDefinition[];

export type RelationTypeId = (typeof RELATION_TYPES)[number]['id'];
export type RelationType = (typeof RELATION_TYPES)[number];

export const RELATION_TYPE_IDS = RELATION_TYPES.map((type) => type.id) as [
  RelationTypeId,
  ...RelationTypeId[],
];

const relationTypesById = new Map<string, RelationType>(
  RELATION_TYPES.map((type) => [type.id, type]),
);

/** Looks up a relation type by id; undefined for ids the registry does not know. */
export function findRelationType(id: string): RelationType | undefined {
  return relationTypesById.get(id);
}

/** Whether a string is a relation type id the registry knows. */
export function isRelationTypeId(id: string): id is RelationTypeId {
  return relationTypesById.has(id);
}
