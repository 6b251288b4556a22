/**
 * Who the text says reports or claims a relation. A quotation is its speaker's; a clause after
 * "X said (that)" is reported by X, after "X claimed / believes / implied" alleged by X;
 * "according to TASS" and a closing ", TASS reported" make the whole sentence TASS's report.
 */
import { subjectOf } from './arguments';
import { CLAIMS, SPEECH, is, previousVisible } from './grammar';
import type { SentenceView } from './view';

export interface Attribution {
  reportedBy?: string;
  allegedBy?: string;
  /** The word that says so: "said", "claimed", "according to". */
  cue?: string;
  /** Where the speaker's words start ("Vice President JD Vance warned …"): the quote starts there. */
  speakerFrom?: number;
}

const SKIPPABLE = new Set(['that', 'on', 'in', 'last', 'this', 'also', 'reporters', 'journalists']);

/** Who reports or claims what the clause starting at word `from` says. */
export function attributionOf(view: SentenceView, from: number): Attribution {
  if (view.quoted[from] && view.speaker) return { reportedBy: view.speaker, cue: 'quotation' };
  const source = sentenceSource(view);
  const speech = speechVerbBefore(view, from);
  const speaker = speech ? subjectOf(view, speech.at) : undefined;
  const speakerId = speaker?.slots[0]?.actorId;
  if (speech && speaker && speakerId) {
    if (speech.claim) return { allegedBy: speakerId, cue: speech.word, speakerFrom: speaker.from };
    // "according to TASS" names the sentence's source even when a speaker is quoted in it.
    if (source.reportedBy && source.cue === 'according to')
      return { ...source, speakerFrom: speaker.from };
    return { reportedBy: speakerId, cue: speech.word, speakerFrom: speaker.from };
  }
  return source;
}

function speechVerbBefore(
  view: SentenceView,
  from: number,
): { at: number; word: string; claim: boolean } | undefined {
  let i = previousVisible(view, from - 1, view.paren[from] ?? -1);
  for (let steps = 0; i >= 0 && steps < 6; steps++) {
    const token = view.tokens[i];
    if (!token || view.slotAt[i]) {
      // "told reporters at the White House that …": a place between verb and clause is fine.
      const slot = view.slotAt[i];
      if (!slot || view.tokens[slot.from - 1]?.word !== 'the') return undefined;
      i = previousVisible(view, slot.from - 2);
      continue;
    }
    if (is(token, CLAIMS)) return { at: i, word: token.text, claim: true };
    if (is(token, SPEECH)) return { at: i, word: token.text, claim: false };
    const skippable =
      SKIPPABLE.has(token.word) ||
      token.tags.has('Date') ||
      token.tags.has('Adverb') ||
      token.word === 'at';
    if (!skippable) return undefined;
    i = previousVisible(view, i - 1);
  }
  return undefined;
}

/** "according to the TASS news agency", "…, TASS reported": the source of a whole sentence. */
function sentenceSource(view: SentenceView): Attribution {
  const { tokens } = view;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i]?.word !== 'according' || tokens[i + 1]?.word !== 'to') continue;
    const at = tokens[i + 2]?.word === 'the' ? i + 3 : i + 2;
    const slot = view.slotAt[at];
    if (slot) return { reportedBy: slot.actorId, cue: 'according to' };
  }
  const last = tokens.length - 1;
  const verb = tokens[last];
  if (is(verb, SPEECH) && !view.quoted[last]) {
    const slot = view.slotAt[last - 1];
    if (slot && /,/.test(tokens[slot.from - 1]?.post ?? ''))
      return { reportedBy: slot.actorId, cue: verb?.text ?? '' };
  }
  return {};
}
