/**
 * The article split into sentences linked to relations, made when the reader or a quote first
 * needs it rather than on the way to the first picture (0.4 s for 20,000 quotes), once per
 * dataset. It loads with the reader, off the start-up path.
 */
import { type ArticleIndex, indexArticle, sentenceOfQuote } from '../../domain/article';
import type { Dataset } from '../../domain/dataset';
import { timed } from '../../domain/stageTiming';

const articleIndexes = new WeakMap<Dataset, ArticleIndex>();

/** The dataset's article index, made on first use. */
export function articleIndexOf(dataset: Dataset): ArticleIndex {
  let index = articleIndexes.get(dataset);
  if (!index) {
    index = timed('article-index', () => indexArticle(dataset));
    articleIndexes.set(dataset, index);
  }
  return index;
}

/** The id of the article sentence that holds `quote`, if the article has one. */
export function sentenceOfDatasetQuote(dataset: Dataset, quote: string): string | null {
  return sentenceOfQuote(articleIndexOf(dataset), dataset.article, quote) ?? null;
}
