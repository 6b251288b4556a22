/**
 * Word classes the rules lean on, beyond compromise's tags: auxiliaries, modals, negation,
 * subordinators, and where a clause or a list breaks. Small closed lists: English's function
 * words do not change from one article to the next.
 */
import type { Token } from './tokens';
import type { SentenceView } from './view';

const words = (list: string) => new Set(list.split(' '));

export const BE = words('be is are was were been being am');
export const AUXILIARIES = words(
  'be is are was were been being am have has had having do does did will would shall should ' +
    'can could may might must',
);
export const MODALS = words('will would shall should can could may might must');
export const NEGATIONS = words('not never no nor');
export const SUBORDINATORS = words(
  'that which who whom whose while whereas because although though if unless when whether since where',
);
export const CONDITIONS = words('if unless whether');
export const DETERMINERS = words(
  'the a an this that these those both either each all some any its',
);
export const PREPOSITIONS = words(
  'of in on at to for with from by about against between among into over under after before ' +
    'during through toward towards despite without within near across amid following',
);
export const SPEECH = words(
  'say says said saying tell tells told telling add adds added adding report reports reported ' +
    'announce announces announced note notes noted state states stated write wrote warn warns warned ' +
    'confirm confirms confirmed declare declares declared',
);
/** Verbs that report a claim the text does not vouch for: their content is alleged. */
export const CLAIMS = words(
  'claim claims claimed claiming allege alleges alleged believe believes believed insist insists ' +
    'insisted maintain maintains maintained assert asserts asserted imply implies implied suggest ' +
    'suggests suggested think thinks thought contend contends contended argue argues argued',
);

/** Whether the token's own word is in the set. */
export function is(token: Token | undefined, set: ReadonlySet<string>): boolean {
  return token !== undefined && set.has(token.word);
}

export function isVerb(token: Token | undefined): boolean {
  return token !== undefined && token.tags.has('Verb');
}

export function isNounish(token: Token | undefined): boolean {
  if (!token) return false;
  const { tags } = token;
  return (
    tags.has('Noun') ||
    tags.has('Adjective') ||
    tags.has('Value') ||
    tags.has('ProperNoun') ||
    (tags.has('Determiner') && !is(token, SUBORDINATORS))
  );
}

export function isPreposition(token: Token | undefined): boolean {
  return token !== undefined && (PREPOSITIONS.has(token.word) || token.tags.has('Preposition'));
}

/** Punctuation that ends a phrase after this token: a comma, a colon, a dash, a bracket. */
export function breaksAfter(token: Token | undefined): boolean {
  return token !== undefined && /[,;:—–()[\]]|\s-\s/.test(token.post);
}

/** A comma (and only that) after this token: where a list goes on or an aside starts. */
export function commaAfter(token: Token | undefined): boolean {
  return token !== undefined && /,/.test(token.post) && !/[;:—–()]/.test(token.post);
}

/** Whether the word at `i` is in an aside other than `region` (the aside the search started in). */
export function hidden(view: SentenceView, i: number, region = -1): boolean {
  const aside = view.paren[i] ?? -1;
  return aside >= 0 && aside !== region;
}

/** The index of the next word at or after `i` outside other asides, or -1. */
export function nextVisible(view: SentenceView, i: number, region = -1): number {
  for (let j = i; j < view.tokens.length; j++) if (!hidden(view, j, region)) return j;
  return -1;
}

/** The index of the previous word at or before `i` outside other asides, or -1. */
export function previousVisible(view: SentenceView, i: number, region = -1): number {
  for (let j = i; j >= 0; j--) if (!hidden(view, j, region)) return j;
  return -1;
}

/** Whether the token is a participle or gerund: "accusing", "appointed". */
export function isParticiple(token: Token | undefined): boolean {
  if (!token) return false;
  return token.tags.has('Gerund') || token.tags.has('Participle') || /ing$/.test(token.word);
}

/** Marks the asides of a sentence: relative clauses, comma-bounded adverbials, dashes, brackets. */
export function markAsides(view: SentenceView): void {
  const { tokens, paren } = view;
  const count = tokens.length;
  let regions = 0;
  const mark = (from: number, to: number) => {
    const region = regions++;
    for (let i = from; i < to && i < count; i++) if ((paren[i] ?? -1) < 0) paren[i] = region;
  };
  let dashOpen = -1;
  let bracketOpen = -1;
  for (let i = 0; i < count; i++) {
    const token = tokens[i] as Token;
    if (token.pre.includes('(')) bracketOpen = i;
    if (token.post.includes(')') && bracketOpen >= 0) {
      mark(bracketOpen, i + 1);
      bracketOpen = -1;
    }
    if (/[—–]|\s-\s/.test(token.post)) {
      if (dashOpen >= 0) {
        mark(dashOpen, i + 1);
        dashOpen = -1;
      } else dashOpen = i + 1;
    }
  }
  for (let i = 1; i < count; i++) {
    if (!commaAfter(tokens[i - 1])) continue;
    const token = tokens[i] as Token;
    const relative = token.word === 'which' || token.word === 'who' || token.word === 'whose';
    const adverbial = isPreposition(token) || token.tags.has('Adverb');
    if (!relative && !adverbial) continue;
    const close = closingComma(view, i, relative ? count : i + 6);
    if (close < 0) {
      if (relative) mark(i, count);
      continue;
    }
    // An adverbial aside must be followed by its clause's verb: ", for its part, has blamed".
    const after = tokens[close + 1];
    if (!relative && !(isVerb(after) || is(after, AUXILIARIES))) continue;
    mark(i, close + 1);
  }
}

/** The comma that closes an aside opened at `from`: the first one followed by a verb. */
function closingComma(view: SentenceView, from: number, limit: number): number {
  const { tokens } = view;
  for (let i = from; i < Math.min(limit, tokens.length - 1); i++) {
    if (!commaAfter(tokens[i])) continue;
    const after = tokens[i + 1];
    if (isVerb(after) || is(after, AUXILIARIES)) return i;
    if (limit - from <= 6) return i;
  }
  return -1;
}
