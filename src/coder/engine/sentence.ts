/**
 * One sentence, start to finish: names, asides, titles, references, quotations, then standing
 * ties and events. Sentences are coded in order, so a pronoun or "the Ukrainian leader" can
 * only point back, as a reader's does.
 */
import type { KnownName } from '../gazetteer';
import type { CodingContext } from './context';
import { rememberDiscourse, resolveFirstPerson, resolveReferences } from './coreference';
import { codeEvents } from './events';
import { markAsides } from './grammar';
import { markMeetings, rememberMeetings } from './meetings';
import { markGroups, markKnownNames } from './names';
import { markOtherNames } from './otherNames';
import { markQuotations } from './quotations';
import { codeStandingTies } from './structural';
import { findTitles, linkTitles, titleWordMask } from './titles';
import type { TaggedSentence } from './tokens';
import { viewOf } from './view';

/** Codes one sentence into the context; returns whether a quotation is still open at its end. */
export function codeSentence(
  sentence: TaggedSentence,
  known: readonly KnownName[],
  context: CodingContext,
  quotationOpen: boolean,
): boolean {
  const view = viewOf(sentence);
  markKnownNames(view, known, context);
  markAsides(view);
  const titles = findTitles(view);
  markGroups(view, context);
  markOtherNames(view, context, titleWordMask(view, titles));
  linkTitles(view, titles, context);
  resolveReferences(view, context);
  const stillOpen = markQuotations(view, context, quotationOpen);
  resolveFirstPerson(view, context);
  markMeetings(view, context);
  codeStandingTies(view, context, titles);
  codeEvents(view, context);
  rememberDiscourse(view, context);
  rememberMeetings(view, context);
  return stillOpen;
}
