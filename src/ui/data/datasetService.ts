/**
 * Getting a dataset, from wherever it comes: the one service every origin goes through. A
 * shipped dataset loads from the catalogue; anything else (a file chosen or dropped, a web
 * address, data carried in the link, a file kept in this browser) takes the one road in
 * pipeline.ts, loaded only when such data is opened. The service owns the datasets opened in
 * this session, so Back and Forward between them switch at once; each App has its own.
 */
import { loadDataset } from '../../data/catalog';
import { type DataSource, sourceKey } from '../../domain/dataSource';
import { adoptShippedPositions } from '../../graph/layouts';
import { refusal } from '../../io/open/refusal';
import type {
  Arrival,
  Arrived,
  LoadStage,
  Loaded,
  OpenOutcome,
  OpenRequest,
  SourceLoad,
} from './datasetTypes';
import type { OpenServices } from './serviceTypes';

export type * from './datasetTypes';

export interface DatasetService {
  /** Loads what a source names (a link read, Back, Forward); never throws. */
  load(source: DataSource, onStage?: (stage: LoadStage) => void): Promise<SourceLoad>;
  /** Opens what the user chose; rejects only with an AbortError when `signal` aborts. */
  open(
    request: OpenRequest,
    signal: AbortSignal,
    onFraction: (fraction: number | null) => void,
  ): Promise<OpenOutcome>;
  /** A dataset of this session for the source, without waiting, when there is one. */
  loadedNow(source: DataSource): Loaded | undefined;
  /** Remembers a dataset just opened, so switching to its source needs no second load. */
  remember(source: DataSource, loaded: Loaded): void;
  /** Forgets a source's dataset (after "Forget this data"). */
  forget(source: DataSource): void;
}

/** Datasets kept in memory for Back and Forward; older ones are loaded again when needed. */
const KEPT_IN_MEMORY = 6;

/**
 * The cause first: a refusal ("declares no nodes") says why nothing opened, where a side note
 * found on the way ("not valid UTF-8…, read as Windows-1252") does not.
 */
function firstProblem(problems: readonly { message: string; action?: string }[]): string {
  const first = problems.find((problem) => problem.action === 'refused') ?? problems[0];
  if (!first) return 'it holds no graph';
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problems)` : '';
  return `${first.message}${more}`;
}

/** Why a link's data did not open, in one message for the line under the header. */
function failureOf(source: DataSource, refused: Extract<Arrived, { ok: false }>): string {
  const [entryProblem] = refused.problems;
  if (refused.atEntry && entryProblem) return entryProblem.message;
  return source.kind === 'url'
    ? `The file at ${source.url} could not be opened: ${firstProblem(refused.problems)}`
    : `The data carried in this link is not a valid graph: ${firstProblem(refused.problems)}.`;
}

const SENDERS_BROWSER_ONLY =
  'The data of this link was opened from a file in the sender’s browser and is kept only there. ' +
  'Ask the sender for the data file (their “Copy link” offers it for download) and open it with “Open…”.';

async function loadForeign(
  source: Exclude<DataSource, { kind: 'builtin' }>,
  services: OpenServices,
  onStage?: (stage: LoadStage) => void,
): Promise<SourceLoad> {
  const { openArrival } = await import('./pipeline');
  const arrival: Arrival =
    source.kind === 'url'
      ? { kind: 'url', url: source.url }
      : source.kind === 'link'
        ? { kind: 'link', data: source.data }
        : { kind: 'kept', key: source.key };
  // Past the download, the rest is checking what arrived.
  const onProgress = () => onStage?.('checking');
  let arrived = await openArrival(arrival, services, { onProgress });
  // Someone else's link: the data lives in the sender's browser, unless the link carries it.
  if (!arrived.ok && source.kind === 'file') {
    if (source.data === null) return { ok: false, failure: SENDERS_BROWSER_ONLY };
    arrived = await openArrival({ kind: 'link', data: source.data }, services);
  }
  if (!arrived.ok) return { ok: false, failure: failureOf(source, arrived) };
  return { ok: true, ...arrived.loaded };
}

async function loadBuiltin(id: string): Promise<SourceLoad> {
  const load = await loadDataset(id);
  if (!load.ok) return load;
  adoptShippedPositions(load.dataset, load.positions);
  const { dataset } = load;
  return { ok: true, dataset, origin: { kind: 'builtin' }, report: null };
}

/** The service of one app: `services` are what opening data loads on demand (fakes in tests). */
export function createDatasetService(services: OpenServices): DatasetService {
  const loaded = new Map<string, Loaded>();
  const remember = (source: DataSource, entry: Loaded) => {
    const key = sourceKey(source);
    loaded.delete(key);
    loaded.set(key, entry);
    for (const old of [...loaded.keys()].slice(0, -KEPT_IN_MEMORY)) loaded.delete(old);
  };
  return {
    remember,
    loadedNow: (source) => loaded.get(sourceKey(source)),
    forget: (source) => void loaded.delete(sourceKey(source)),
    async load(source, onStage) {
      const remembered = loaded.get(sourceKey(source));
      if (remembered) return { ok: true, ...remembered };
      try {
        if (source.kind === 'builtin') return await loadBuiltin(source.id);
        const result = await loadForeign(source, services, onStage);
        if (result.ok) remember(source, result);
        return result;
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return { ok: false, failure: `The data could not be opened (${reason}).` };
      }
    },
    async open(request, signal, onFraction) {
      const { openArrival, arrivalName, failedReport } = await import('./pipeline');
      if (request.kind === 'url') onFraction(null);
      const onProgress = (step: { fraction: number }) => onFraction(step.fraction);
      let arrived: Arrived;
      try {
        arrived = await openArrival(request, services, { signal, onProgress, keep: true });
      } catch (error) {
        if (signal.aborted) throw error;
        const reason = error instanceof Error ? error.message : String(error);
        const fileName = arrivalName(request);
        const { problems } = refusal(fileName, `The file could not be opened (${reason}).`);
        arrived = { ok: false, fileName, problems, atEntry: true };
      }
      if (!arrived.ok) {
        return {
          ok: false,
          report: { report: failedReport(arrived), writer: await services.open() },
        };
      }
      const { source, loaded, summary } = arrived;
      remember(source, loaded);
      // The report's writer is the open service: loaded only when there is a report to write.
      const report = loaded.report && { report: loaded.report, writer: await services.open() };
      return { ok: true, source, loaded, summary, report };
    },
  };
}
