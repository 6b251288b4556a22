/**
 * A hand-made coded text for the review tests: three sentences, four actors, four suggestions
 * (two ACCUSE, one CONSULT, one ASSAULT), with spans found in the text rather than counted.
 */
import { type Draft, newDraft } from '../../../src/coder/draft';
import type {
  CodedText,
  SuggestedActor,
  SuggestedRelation,
  TextSpan,
} from '../../../src/coder/types';

export const TEXT =
  'Russia accused Zelenskyy of stalling the talks. ' +
  'Ukraine held talks with the Kremlin in London on Wednesday. ' +
  'Russian forces struck Kyiv, according to TASS.';

/** The span of the first occurrence of `words` in the text (after `from`). */
export function spanOf(words: string, from = 0): TextSpan {
  const start = TEXT.indexOf(words, from);
  if (start === -1) throw new Error(`not in the text: ${words}`);
  return { start, end: start + words.length };
}

function sentenceSpans(): TextSpan[] {
  const spans: TextSpan[] = [];
  const pattern = /[^.]+\./g;
  for (let match = pattern.exec(TEXT); match; match = pattern.exec(TEXT)) {
    const lead = match[0].length - match[0].trimStart().length;
    spans.push({ start: match.index + lead, end: match.index + match[0].length });
  }
  return spans;
}

function actor(id: string, label: string, kind: string, names: string[]): SuggestedActor {
  return {
    id,
    label,
    kind,
    names,
    mentions: names.map((name) => ({ actorId: id, span: spanOf(name), via: 'name' as const })),
    why: `Table: ${label}`,
    confidence: 0.9,
  };
}

function relation(
  id: string,
  source: string,
  type: string,
  target: string,
  sentence: number,
  quote: string,
  confidence: number,
  extra: Partial<SuggestedRelation> = {},
): SuggestedRelation {
  const trigger = quote.split(' ')[1] ?? quote;
  return {
    id,
    source,
    target,
    type,
    directed: type !== 'CONSULT',
    sentence,
    quote: spanOf(quote),
    why: {
      trigger,
      triggerSpan: spanOf(trigger),
      rule: `lexicon:${type}:${trigger}`,
      explanation: `“${trigger}” is a ${type} verb.`,
    },
    confidence,
    notes: [],
    ...extra,
  };
}

export const CODED: CodedText = {
  text: TEXT,
  sentences: sentenceSpans().map((span, index) => ({ index, span })),
  actors: [
    actor('russia', 'Russia', 'state', ['Russia']),
    actor('volodymyr-zelenskyy', 'Zelenskyy', 'leader', ['Zelenskyy']),
    actor('ukraine', 'Ukraine', 'state', ['Ukraine', 'Kyiv']),
    actor('kremlin', 'Kremlin', 'organization', ['Kremlin']),
    actor('tass', 'TASS', 'organization', ['TASS']),
  ],
  relations: [
    relation(
      's0-accuse-russia-volodymyr-zelenskyy',
      'russia',
      'ACCUSE',
      'volodymyr-zelenskyy',
      0,
      'Russia accused Zelenskyy of stalling the talks.',
      0.82,
    ),
    relation(
      's1-consult-ukraine-kremlin',
      'ukraine',
      'CONSULT',
      'kremlin',
      1,
      'Ukraine held talks with the Kremlin in London on Wednesday.',
      0.9,
      { when: 'on Wednesday' },
    ),
    relation(
      's2-assault-russia-ukraine',
      'russia',
      'ASSAULT',
      'ukraine',
      2,
      'Russian forces struck Kyiv',
      0.7,
      { reportedBy: 'tass' },
    ),
    relation(
      's2-accuse-tass-ukraine',
      'tass',
      'ACCUSE',
      'ukraine',
      2,
      'Russian forces struck Kyiv, according to TASS.',
      0.4,
      { notes: ['A weak guess.'] },
    ),
  ],
  notices: [],
};

/** A draft of the text with the coder's result and nothing decided. */
export function codedDraft(id = 'draft-test'): Draft {
  return newDraft({
    id,
    title: 'Talks stall',
    source: { publisher: 'Example News' },
    text: TEXT,
    now: 1_700_000_000_000,
    coded: CODED,
  });
}
