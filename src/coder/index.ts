/**
 * The coder: English news text in, a proposed graph out. Every suggested relation carries its
 * quote, the words and the rule that triggered it, and a confidence; nothing is a fact until a
 * person accepts it. Pure, synchronous and deterministic; it runs in a worker and on the
 * command line, and loads the tagger (compromise) only with itself.
 */
import { contextOf } from './engine/context';
import { readability } from './engine/language';
import { buildRelations } from './engine/relations';
import { codeSentence } from './engine/sentence';
import { splitSentences } from './engine/sentences';
import { tagSentences } from './engine/tokens';
import { type KnownName, LEADERS_AS_OF, findKnownNames } from './gazetteer';
import type { CodeOptions, CodedText } from './types';

export type { CodedText, CodeOptions } from './types';

/** Codes a text: its sentences, the actors it names, the relations it reports, and notices. */
export function codeText(text: string, options: CodeOptions = {}): CodedText {
  const sentences = splitSentences(text);
  const readable = readability(text);
  if (!readable.readable) {
    return { text, sentences, actors: [], relations: [], notices: [readable.notice] };
  }
  const total = sentences.length;
  const tagged = tagSentences(text, sentences, (done) => options.onProgress?.(done, total));
  const known = findKnownNames(text);
  const context = contextOf(text);
  let next = 0;
  let quotationOpen = false;
  for (const sentence of tagged) {
    const inSentence: KnownName[] = [];
    while (next < known.length && (known[next] as KnownName).span.start < sentence.span.end) {
      const name = known[next] as KnownName;
      if (name.span.start >= sentence.span.start) inSentence.push(name);
      next++;
    }
    quotationOpen = codeSentence(sentence, inSentence, context, quotationOpen);
  }
  const relations = buildRelations(context.candidates);
  const actors = context.registry.suggested();
  return {
    text,
    sentences: sentences.map(({ index, span }) => ({ index, span })),
    actors,
    relations,
    notices: noticesOf(relations),
  };
}

function noticesOf(relations: CodedText['relations']): string[] {
  const notices: string[] = [];
  if (relations.length === 0) {
    notices.push('The coder found no relation it could propose in this text; add them by hand.');
  }
  if (relations.some((relation) => relation.notes.some((note) => note.includes('leaders table')))) {
    notices.push(
      `Some ties take a person's state from the leaders table, as of ${LEADERS_AS_OF}; check them against the text.`,
    );
  }
  return notices;
}
