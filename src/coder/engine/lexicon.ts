/**
 * Our trigger lexicon: the verbs, nouns and phrases that report each PLOVER event type, each
 * with every form the text may use ("accuse", "accuses", "accused", "accusing") and where its
 * target stands ("accused Russia": the object; "talks with Russia": after "with"). Each entry's
 * id is what a suggestion cites as its rule: "lexicon:ACCUSE:accuse".
 */
import type { RelationTypeId } from '../../domain/relationTypes';
import { nounForms, verbForms } from './inflection';

/** Where an entry finds its target: the direct object, or the noun phrase after a preposition. */
export type Slot = 'object' | `prep:${string}`;

export interface LexiconEntry {
  id: string;
  type: RelationTypeId;
  lemma: string;
  pos: 'verb' | 'noun';
  /** Lower-case word sequences, every inflected form. */
  forms: readonly string[];
  /** Where the target may stand, in order of preference. */
  targets: readonly Slot[];
  /** Where a noun's own source may stand: "strikes by Russia", "aggression from the West". */
  sources?: readonly Slot[];
  directed: boolean;
  /** A noun whose two parties may stand "between X and Y". */
  between?: boolean;
  /** A threat only when a condition follows ("would walk away unless …"). */
  conditional?: boolean;
  /** A trip: the one who makes it is the subject of its clause ("Zelensky returns from … trip"). */
  journey?: boolean;
  /** Only with a meeting as target: "joined the talks" (not "joined NATO"). */
  meetingOnly?: boolean;
}

const OBJ: readonly Slot[] = ['object'];
const WITH: readonly Slot[] = ['prep:with'];
const ON: readonly Slot[] = ['prep:on', 'prep:against'];

interface Options {
  targets?: readonly Slot[];
  sources?: readonly Slot[];
  directed?: boolean;
  between?: boolean;
  conditional?: boolean;
  journey?: boolean;
  meetingOnly?: boolean;
  /** Irregular or doubled forms of a verb: { past: 'met' } or { double: true }. */
  past?: string;
  participle?: string;
  double?: boolean;
  plural?: string | false;
  /** An id suffix when a verb and a noun share a lemma ("strike", "strike:noun"). */
  tag?: string;
}

const entries: LexiconEntry[] = [];

function verb(type: RelationTypeId, lemma: string, options: Options = {}): void {
  const [head = lemma, ...rest] = lemma.split(' ');
  const tail = rest.length > 0 ? ` ${rest.join(' ')}` : '';
  const forms = verbForms(head, options).map((form) => form + tail);
  add(type, lemma, 'verb', forms, options);
}

function noun(type: RelationTypeId, lemma: string, options: Options = {}): void {
  add(type, lemma, 'noun', nounForms(lemma, options.plural), options);
}

function add(
  type: RelationTypeId,
  lemma: string,
  pos: 'verb' | 'noun',
  forms: readonly string[],
  options: Options,
): void {
  const entry: LexiconEntry = {
    id: `lexicon:${type}:${lemma.replace(/ /g, '-')}${options.tag ? `:${options.tag}` : ''}`,
    type,
    lemma,
    pos,
    forms,
    targets: options.targets ?? OBJ,
    directed: options.directed ?? true,
  };
  if (options.sources) entry.sources = options.sources;
  if (options.between) entry.between = true;
  if (options.conditional) entry.conditional = true;
  if (options.journey) entry.journey = true;
  if (options.meetingOnly) entry.meetingOnly = true;
  entries.push(entry);
}

// Verbal cooperation
verb('AGREE', 'agree', { targets: ['prep:with'], directed: false });
for (const lemma of ['deal', 'agreement', 'accord', 'pact', 'treaty', 'truce']) {
  noun('AGREE', lemma, { targets: WITH, directed: false, between: true });
}
verb('CONSULT', 'meet', { past: 'met', targets: ['object', 'prep:with'], directed: false });
verb('CONSULT', 'talk', { targets: ['prep:with', 'prep:to'], directed: false });
verb('CONSULT', 'negotiate', { targets: WITH, directed: false });
verb('CONSULT', 'consult', { targets: ['object', 'prep:with'], directed: false });
verb('CONSULT', 'discuss', { targets: WITH, directed: false });
verb('CONSULT', 'speak', {
  past: 'spoke',
  participle: 'spoken',
  targets: ['prep:with', 'prep:to'],
  directed: false,
});
verb('CONSULT', 'visit', { targets: OBJ });
verb('CONSULT', 'host', { targets: OBJ });
verb('CONSULT', 'gather', { targets: WITH, directed: false });
verb('CONSULT', 'convene', { targets: WITH, directed: false });
verb('CONSULT', 'join', { meetingOnly: true });
verb('CONSULT', 'attend', { meetingOnly: true });
for (const lemma of ['talks', 'negotiations', 'consultations', 'discussions']) {
  noun('CONSULT', lemma, { plural: false, targets: WITH, directed: false, between: true });
}
for (const lemma of ['meeting', 'summit', 'dialogue', 'conversation', 'phone call']) {
  noun('CONSULT', lemma, { targets: WITH, directed: false, between: true });
}
noun('CONSULT', 'visit', { targets: ['prep:to'], journey: true, tag: 'noun' });
noun('CONSULT', 'trip', { targets: ['prep:to'], journey: true });
for (const lemma of ['support', 'back', 'endorse', 'encourage', 'praise', 'welcome', 'defend']) {
  verb('SUPPORT', lemma);
}
verb('SUPPORT', 'stand with');
verb('SUPPORT', 'side with');
noun('SUPPORT', 'support', { plural: false, targets: ['prep:for', 'prep:of'], tag: 'noun' });
noun('SUPPORT', 'backing', { plural: false, targets: ['prep:for', 'prep:of'] });
verb('CONCEDE', 'concede', { targets: ['prep:to'] });
verb('CONCEDE', 'cede', { targets: ['prep:to'] });
verb('CONCEDE', 'yield', { targets: ['prep:to'] });
verb('CONCEDE', 'give in', { past: 'gave', participle: 'given', targets: ['prep:to'] });
noun('CONCEDE', 'concession', { targets: ['prep:to'] });

// Material cooperation
for (const lemma of ['cooperate', 'collaborate', 'coordinate', 'work', 'partner']) {
  verb('COOPERATE', lemma, { targets: WITH, directed: false });
}
noun('COOPERATE', 'cooperation', { plural: false, targets: WITH, directed: false, between: true });
noun('COOPERATE', 'partnership', { targets: WITH, directed: false, between: true });
verb('AID', 'aid');
verb('AID', 'assist');
verb('AID', 'arm', { targets: OBJ });
for (const lemma of ['aid', 'assistance', 'weapons', 'arms', 'funding']) {
  noun('AID', lemma, {
    plural: false,
    targets: ['prep:to', 'prep:for'],
    tag: lemma === 'aid' ? 'noun' : '',
  });
}
verb('RETREAT', 'withdraw', { past: 'withdrew', participle: 'withdrawn', targets: ['prep:from'] });
verb('RETREAT', 'retreat', { targets: ['prep:from'] });
verb('RETREAT', 'pull out', { targets: ['prep:of', 'prep:from'] });
noun('RETREAT', 'withdrawal', { targets: ['prep:from'] });

// Verbal conflict
for (const lemma of ['urge', 'press', 'ask', 'pressure', 'push']) verb('REQUEST', lemma);
verb('REQUEST', 'call on');
verb('REQUEST', 'count on');
verb('REQUEST', 'appeal', { targets: ['prep:to'] });
verb('REQUEST', 'demand', { targets: ['prep:of', 'prep:from'] });
verb('REQUEST', 'propose', { targets: ['prep:to'] });
noun('REQUEST', 'demand', { targets: ['prep:on', 'prep:of', 'prep:to'], tag: 'noun' });
noun('REQUEST', 'proposal', { targets: ['prep:to'] });
noun('REQUEST', 'request', { targets: ['prep:to', 'prep:from'] });
noun('REQUEST', 'appeal', { targets: ['prep:to'], tag: 'noun' });
for (const lemma of ['accuse', 'blame', 'criticise', 'criticize', 'condemn', 'denounce']) {
  verb('ACCUSE', lemma);
}
verb('ACCUSE', 'slam', { double: true });
verb('ACCUSE', 'rebuke');
verb('ACCUSE', 'lambast');
verb('ACCUSE', 'lash out', { targets: ['prep:at'] });
noun('ACCUSE', 'accusation', { targets: ['prep:against'] });
noun('ACCUSE', 'criticism', { targets: ['prep:of'] });
noun('ACCUSE', 'condemnation', { targets: ['prep:of'] });
for (const lemma of ['reject', 'rebuff', 'dismiss', 'spurn', 'veto']) verb('REJECT', lemma);
verb('REJECT', 'turn down');
verb('REJECT', 'rule out');
for (const head of ['remain', 'stand', 'stay']) {
  verb('REJECT', `${head} firm on`, head === 'stand' ? { past: 'stood', participle: 'stood' } : {});
}
noun('REJECT', 'rejection', { targets: ['prep:of'] });
verb('THREATEN', 'threaten');
verb('THREATEN', 'warn');
verb('THREATEN', 'reserve the right', { targets: ['prep:against'] });
verb('THREATEN', 'walk away', { targets: [], conditional: true });
noun('THREATEN', 'threat', { targets: ['prep:to', 'prep:against'] });
noun('THREATEN', 'warning', { targets: ['prep:to'] });
noun('THREATEN', 'ultimatum', { targets: ['prep:to'] });

// Material conflict
verb('PROTEST', 'protest', { targets: ['prep:against', 'object'] });
verb('PROTEST', 'demonstrate', { targets: ['prep:against'] });
verb('PROTEST', 'boycott');
noun('PROTEST', 'protest', { targets: ['prep:against'], tag: 'noun' });
noun('PROTEST', 'boycott', { targets: ['prep:of'], tag: 'noun' });
verb('SANCTION', 'sanction');
verb('SANCTION', 'embargo');
verb('SANCTION', 'blacklist');
verb('SANCTION', 'ban', { double: true });
verb('SANCTION', 'suspend');
verb('SANCTION', 'revoke');
verb('SANCTION', 'cut ties', {
  past: 'cut',
  participle: 'cut',
  double: true,
  targets: ['prep:with'],
});
noun('SANCTION', 'sanction', { targets: ON, sources: ['prep:by'], tag: 'noun' });
noun('SANCTION', 'embargo', { plural: 'embargoes', targets: ON, tag: 'noun' });
noun('SANCTION', 'tariff', { targets: ON });
verb('MOBILIZE', 'mobilise', { targets: ['prep:against'] });
verb('MOBILIZE', 'mobilize', { targets: ['prep:against'] });
noun('MOBILIZE', 'mobilisation', { targets: ['prep:against'] });
for (const lemma of ['arrest', 'detain', 'seize', 'expel', 'deport', 'annex', 'blockade']) {
  verb('COERCE', lemma, { double: lemma === 'expel' });
}
noun('COERCE', 'annexation', { targets: ['prep:of'] });
noun('COERCE', 'blockade', { targets: ['prep:of'], tag: 'noun' });
verb('ASSAULT', 'attack');
verb('ASSAULT', 'strike', { past: 'struck', participle: 'struck' });
verb('ASSAULT', 'shell');
verb('ASSAULT', 'bomb');
verb('ASSAULT', 'bombard');
verb('ASSAULT', 'kill');
verb('ASSAULT', 'hit', { past: 'hit', participle: 'hit', double: true });
verb('ASSAULT', 'target');
verb('ASSAULT', 'invade');
verb('ASSAULT', 'raid');
verb('ASSAULT', 'fire on');
verb('ASSAULT', 'shoot down', { past: 'shot', participle: 'shot' });
for (const lemma of ['attack', 'strike', 'airstrike', 'raid']) {
  noun('ASSAULT', lemma, {
    targets: ON,
    sources: ['prep:by'],
    tag: lemma === 'airstrike' ? '' : 'noun',
  });
}
for (const lemma of ['shelling', 'bombing', 'bombardment', 'invasion']) {
  noun('ASSAULT', lemma, { targets: ['prep:of', 'prep:on', 'prep:into'], sources: ['prep:by'] });
}
noun('ASSAULT', 'offensive', {
  targets: ['prep:against', 'prep:on', 'prep:into'],
  sources: ['prep:by'],
});
noun('ASSAULT', 'incursion', { targets: ['prep:into', 'prep:on'], sources: ['prep:by'] });
noun('ASSAULT', 'aggression', {
  plural: false,
  targets: ['prep:against'],
  sources: ['prep:from', 'prep:by'],
});

/** Every entry of the lexicon. */
export const LEXICON: readonly LexiconEntry[] = entries;
