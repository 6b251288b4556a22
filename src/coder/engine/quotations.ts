/**
 * Direct quotations and who speaks them: `"…," Zelensky said`, `Vance told reporters: "…"`,
 * `"…," said Shoigu`. Words inside a quotation are the speaker's: "I" is the speaker, and what
 * the quotation reports is reported by the speaker. A quotation of a few words (European
 * “hawks”) is a writer's distance, not speech.
 */
import type { CodingContext } from './context';
import { SPEECH, is, nextVisible, previousVisible } from './grammar';
import type { SentenceView } from './view';

const OPENING = /["“]/;
const CLOSING = /["”]/;
const MIN_SPOKEN_WORDS = 4;

/** Marks the quoted words of a sentence and, where the sentence says, their speaker. */
export function markQuotations(
  view: SentenceView,
  context: CodingContext,
  openAtStart: boolean,
): boolean {
  const { tokens } = view;
  let open = openAtStart ? 0 : -1;
  const regions: [number, number][] = [];
  tokens.forEach((token, i) => {
    if (open < 0 && OPENING.test(token.pre)) open = i;
    if (
      open >= 0 &&
      CLOSING.test(token.post) &&
      !(i === open && OPENING.test(token.pre) && token.post === '')
    ) {
      regions.push([open, i + 1]);
      open = -1;
    }
  });
  const stillOpen = open >= 0;
  if (stillOpen) regions.push([open, tokens.length]);
  for (const [from, to] of regions) {
    if (to - from < MIN_SPOKEN_WORDS) continue;
    for (let i = from; i < to; i++) view.quoted[i] = true;
    const speaker = speakerAfter(view, to) ?? speakerBefore(view, from);
    if (speaker && context.registry.get(speaker)) view.speaker = speaker;
  }
  return stillOpen;
}

/** `…," Zelensky, who …, said` or `…," said Shoigu` or `…," he added`. */
function speakerAfter(view: SentenceView, end: number): string | undefined {
  const first = nextVisible(view, end);
  if (first < 0) return undefined;
  const slot = view.slotAt[first];
  if (slot) {
    const verb = nextVisible(view, slot.to);
    return verb >= 0 && is(view.tokens[verb], SPEECH) ? slot.actorId : undefined;
  }
  if (is(view.tokens[first], SPEECH)) return view.slotAt[first + 1]?.actorId;
  return undefined;
}

/** `Vance told reporters: "…"` or `Shoigu said, "…"`. */
function speakerBefore(view: SentenceView, start: number): string | undefined {
  for (let i = previousVisible(view, start - 1); i >= 0 && i >= start - 6; i--) {
    if (!is(view.tokens[i], SPEECH)) continue;
    const slot = view.slotAt[previousVisible(view, i - 1)];
    return slot?.actorId;
  }
  return undefined;
}
