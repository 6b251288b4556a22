/**
 * The article as the reader shows it: headings and paragraphs split into sentences, each
 * sentence linked to the relations it is evidence for, and actor mentions found by name.
 */
import { articleNames } from './actorNames';
import type { Actor, Dataset } from './dataset';
import { articleText, locateQuote } from './quotes';

export interface ArticleSentence {
  id: string;
  start: number;
  end: number;
  text: string;
  /** Relations whose evidence quotes lie (partly) in this sentence, in dataset order. */
  relationIds: string[];
}

export interface ArticleBlock {
  kind: 'heading' | 'paragraph';
  sentences: ArticleSentence[];
}

export interface ArticleIndex {
  blocks: ArticleBlock[];
  /** For each relation, the ids of the sentences that report it, in reading order. */
  sentencesByRelation: ReadonlyMap<string, string[]>;
}

export interface TextSegment {
  text: string;
  /** Set when this segment names an actor. */
  actorId?: string;
}

/** A short line without closing punctuation is a heading ("US presses Ukraine for minerals deal"). */
function isHeading(line: string): boolean {
  return !/[.!?:"”’']$/.test(line) && line.split(/\s+/).length <= 12;
}

/** Splits a paragraph at sentence ends: . ! or ? (and a closing quote) before a capital or an opening quote. */
const SENTENCE_BOUNDARY = /(?<=[.!?]["”’]?)\s+(?=["“‘(]?[A-Z])/g;

/** Segments the article and ties each sentence to the relations it reports; empty without an article. */
export function indexArticle(dataset: Pick<Dataset, 'article' | 'relations'>): ArticleIndex {
  const { article } = dataset;
  if (article === undefined) return { blocks: [], sentencesByRelation: new Map() };
  const blocks: ArticleBlock[] = [];
  let sentenceCount = 0;
  let lineStart = 0;
  for (const line of article.split('\n')) {
    const trimmed = line.trim();
    const offset = lineStart + line.indexOf(trimmed);
    lineStart += line.length + 1;
    if (trimmed === '') continue;
    const sentences: ArticleSentence[] = [];
    let cursor = 0;
    const ends = [...trimmed.matchAll(SENTENCE_BOUNDARY)].map((match) => match.index);
    for (const end of [...ends, trimmed.length]) {
      const text = trimmed.slice(cursor, end);
      sentences.push({
        id: `s${++sentenceCount}`,
        start: offset + cursor,
        end: offset + end,
        text,
        relationIds: [],
      });
      cursor = end;
      while (cursor < trimmed.length && /\s/.test(trimmed[cursor] as string)) cursor++;
    }
    blocks.push({ kind: isHeading(trimmed) ? 'heading' : 'paragraph', sentences });
  }

  const allSentences = blocks.flatMap((block) => block.sentences);
  const text = articleText(article);
  const sentencesByRelation = new Map<string, string[]>();
  for (const relation of dataset.relations) {
    const ids: string[] = [];
    for (const evidence of relation.evidence) {
      if (evidence.quote === undefined) continue;
      const range = text.locate(evidence.quote);
      if (!range) continue;
      // Sentences are in reading order and do not overlap: the ones a quote touches are a run
      // starting at the first that ends after the quote starts.
      for (
        let at = firstEndingAfter(allSentences, range.start);
        at < allSentences.length && (allSentences[at] as ArticleSentence).start < range.end;
        at++
      ) {
        const sentence = allSentences[at] as ArticleSentence;
        if (!ids.includes(sentence.id)) {
          ids.push(sentence.id);
          sentence.relationIds.push(relation.id);
        }
      }
    }
    ids.sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
    sentencesByRelation.set(relation.id, ids);
  }
  return { blocks, sentencesByRelation };
}

/** The index of the first sentence that ends after `offset` (binary search over reading order). */
function firstEndingAfter(sentences: readonly ArticleSentence[], offset: number): number {
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sentences[middle] as ArticleSentence).end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

const sortedNames = new WeakMap<readonly Actor[], { name: string; actorId: string }[]>();

/**
 * Every name the article uses for an actor (never a search-only name), longest first, built once
 * per actor list rather than once per sentence.
 */
function namesLongestFirst(actors: readonly Actor[]): { name: string; actorId: string }[] {
  let names = sortedNames.get(actors);
  if (!names) {
    names = actors
      .flatMap((actor) => articleNames(actor).map((name) => ({ name, actorId: actor.id })))
      .sort((a, b) => b.name.length - a.name.length);
    sortedNames.set(actors, names);
  }
  return names;
}

/**
 * Splits text into plain segments and actor mentions. Longer names win ("President of South
 * Africa" over "South Africa"), and a name only counts as a whole word.
 */
export function mentionSegments(text: string, actors: readonly Actor[]): TextSegment[] {
  const names = namesLongestFirst(actors);
  const segments: TextSegment[] = [];
  let plainStart = 0;
  let index = 0;
  while (index < text.length) {
    const before = index > 0 ? (text[index - 1] as string) : ' ';
    const match = WORD_CHAR.test(before)
      ? undefined
      : names.find(({ name }) => {
          if (!text.startsWith(name, index)) return false;
          const after = text[index + name.length];
          return after === undefined || !WORD_CHAR.test(after);
        });
    if (!match) {
      index++;
      continue;
    }
    if (plainStart < index) segments.push({ text: text.slice(plainStart, index) });
    segments.push({ text: match.name, actorId: match.actorId });
    index += match.name.length;
    plainStart = index;
  }
  if (plainStart < text.length) segments.push({ text: text.slice(plainStart) });
  return segments;
}

/** The id of the sentence a quote comes from (where it starts), if the quote is in the article. */
export function sentenceOfQuote(
  index: ArticleIndex,
  article: string | undefined,
  quote: string,
): string | undefined {
  if (article === undefined) return undefined;
  const range = locateQuote(article, quote);
  if (!range) return undefined;
  return index.blocks
    .flatMap((block) => block.sentences)
    .find((sentence) => sentence.start <= range.start && range.start < sentence.end)?.id;
}
