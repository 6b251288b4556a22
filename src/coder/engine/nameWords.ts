/**
 * The words that tell a name from a capitalised word, a body from a person, and a state's own
 * body from another: closed lists, the same for every article.
 */
import type { Token } from './tokens';
import type { SentenceView } from './view';

export const ORGANIZATION_HEADS = new Set(
  (
    'council service agency ministry assembly committee commission party bank fund organization ' +
    'organisation union court tribunal army navy forces guard corps administration department ' +
    'office institute parliament senate congress duma cabinet government movement front ' +
    'corporation company foundation network police authority bureau secretariat programme program ' +
    'mission brigade battalion regiment command airlines airways air group'
  ).split(' '),
);
/** Words that make a body named with a demonym the state's own: "Syrian Army", "Turkish Ministry". */
export const STATE_BODY_HEADS = new Set(
  (
    'service agency ministry army navy police office department council administration parliament ' +
    'court bank commission authority bureau corps cabinet government guard senate congress duma ' +
    'assembly house committee forces military'
  ).split(' '),
);
/** Words that say it is not: "Syrian Democratic Forces", "Syrian Observatory for Human Rights". */
export const NON_STATE = new Set(
  'democratic liberation islamic front movement party opposition observatory coalition rebels resistance free national'.split(
    ' ',
  ),
);
/** Words after which "of …" still belongs to the name: "House of Representatives". */
export const OF_HEADS = new Set([...ORGANIZATION_HEADS, 'house', 'chamber']);
/** Lower-case words that make the capitalised words before them a body: "Houthi movement". */
export const GROUP_HEADS = new Set(['movement', 'militia', 'rebels', 'faction', 'coalition']);
/** Words before a name that say it is a body: "airline Mahan Air", "think tank". */
export const DESCRIPTORS = new Set(
  (
    'airline carrier company firm bank group militia party agency newspaper broadcaster network ' +
    'giant maker operator outlet channel conglomerate insurer lender manufacturer retailer ' +
    'owned tank organisation organization'
  ).split(' '),
);
export const PLURAL_DESCRIPTORS = new Set(
  'firms companies banks airlines groups carriers manufacturers lenders organisations organizations'.split(
    ' ',
  ),
);
/** What people do in the news that places and bodies rarely do: "Denys Shmyhal spoke". */
export const PERSON_VERBS = new Set([
  'spoke',
  'speaks',
  'met',
  'meets',
  'visited',
  'visits',
  'arrived',
  'arrives',
  'resigned',
  'died',
]);
export const PERSON_TAGS = [
  'Person',
  'FirstName',
  'LastName',
  'Honorific',
  'MaleName',
  'FemaleName',
];
export const NOT_NAMES = [
  'Date',
  'Month',
  'WeekDay',
  'Pronoun',
  'Determiner',
  'Preposition',
  'Conjunction',
];
export const PARTICLE =
  /^(al|el|ad|as|ash|bin|ibn|abu|van|von|de|da|del|della|di|du|der|den|le|la|dos|das)$/;
export const PARTICLE_NAME = /^\p{Ll}{1,3}[-‐]\p{Lu}/u;

/** Whether the word at `i` can be part of a name the tables do not know. */
export function nameWord(view: SentenceView, i: number, titleWords: boolean[]): boolean {
  const token = view.tokens[i];
  if (!token || view.slotAt[i] || titleWords[i]) return false;
  if (!token.capitalized && !PARTICLE_NAME.test(token.text)) return false;
  if (NOT_NAMES.some((tag) => token.tags.has(tag)) || token.word === 'i') return false;
  if (i === 0 || /["“]/.test(token.pre)) {
    // A capital at the start of a sentence or quotation only says the sentence started, unless
    // a name goes on after it ("Denys Shmyhal spoke").
    const next = view.tokens[i + 1];
    const nameGoesOn =
      token.tags.has('Noun') &&
      next !== undefined &&
      next.capitalized &&
      next.tags.has('ProperNoun') &&
      !view.slotAt[i + 1];
    return (
      token.tags.has('ProperNoun') || PERSON_TAGS.some((tag) => token.tags.has(tag)) || nameGoesOn
    );
  }
  return true;
}

/** Whether a headline is written in Title Case, where capitals name nothing. */
export function titleCase(tokens: readonly Token[]): boolean {
  const long = tokens.filter((token) => token.word.length > 3);
  return long.length >= 3 && long.filter((token) => token.capitalized).length / long.length > 0.7;
}
