/** The article panel of a dataset: the reader over the dataset's article index. */
import { useExplorerDataset } from '../view/ExplorerContext';
import { ArticleReader } from './ArticleReader';
import { articleIndexOf } from './articleIndexCache';

export function ReaderPanel({ scrollTarget }: { scrollTarget: { sentenceId: string } | null }) {
  const { dataset } = useExplorerDataset();
  return <ArticleReader index={articleIndexOf(dataset)} scrollTarget={scrollTarget} />;
}
