/**
 * The datasets shipped under data/, loaded lazily so that adding a dataset adds no weight to
 * start-up. Each load runs full validation: a broken file yields its problems, never a crash.
 * Validation (zod) is loaded with the files, in parallel, so it is not on the start-up path.
 */
import type { Dataset } from '../domain/dataset';
import type { Problem } from '../domain/problems';

const graphFiles = import.meta.glob<string>('../../data/*/graph.json', {
  query: '?raw',
  import: 'default',
});
const articleFiles = import.meta.glob<string>('../../data/*/article.txt', {
  query: '?raw',
  import: 'default',
});
// Layouts computed at build time (`npm run positions`), so the first picture needs no layout code.
const positionFiles = import.meta.glob<string>('../../data/*/positions.json', {
  query: '?raw',
  import: 'default',
});

function datasetIdOf(path: string): string {
  return path.split('/').at(-2) ?? path;
}

export const DEFAULT_DATASET_ID = 'russia-ukraine-talks';

/** The ids of every dataset folder that has both files. */
export const DATASET_IDS: readonly string[] = Object.keys(graphFiles)
  .map(datasetIdOf)
  .filter((id) => `../../data/${id}/article.txt` in articleFiles)
  .sort();

export type DatasetLoad =
  | {
      ok: true;
      dataset: Dataset;
      /** The shipped positions file's layouts (layout → actor id → [x, y]), unchecked. */
      positions?: unknown;
    }
  | { ok: false; problems: Problem[] };

/** The shipped positions of a dataset; undefined when it has none or the file is unreadable. */
async function shippedPositions(id: string): Promise<unknown> {
  try {
    const text = await positionFiles[`../../data/${id}/positions.json`]?.();
    return text === undefined ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

/** Loads and validates one shipped dataset. */
export async function loadDataset(id: string): Promise<DatasetLoad> {
  const graph = graphFiles[`../../data/${id}/graph.json`];
  const article = articleFiles[`../../data/${id}/article.txt`];
  const file = `data/${id}/graph.json`;
  if (!graph || !article) {
    return { ok: false, problems: [{ file, path: '', message: `no dataset named "${id}"` }] };
  }
  try {
    const [graphText, articleText, { validateDataset }, positions] = await Promise.all([
      graph(),
      article(),
      import('../domain/validate'),
      shippedPositions(id),
    ]);
    const result = validateDataset({ graphText, articleText, graphFile: file });
    return result.ok ? { ...result, positions } : result;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ file, path: '', message: `could not be loaded: ${reason}` }] };
  }
}

/** A shipped dataset's title, for the dataset picker; its id when the file cannot be read. */
export async function datasetTitle(id: string): Promise<string> {
  const graph = graphFiles[`../../data/${id}/graph.json`];
  try {
    const parsed: unknown = graph ? JSON.parse(await graph()) : null;
    if (
      parsed &&
      typeof parsed === 'object' &&
      'title' in parsed &&
      typeof parsed.title === 'string'
    )
      return parsed.title;
  } catch {
    // The picker still lists it; opening it shows its problems.
  }
  return id;
}
