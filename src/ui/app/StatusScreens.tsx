/** The designed loading and dataset-error screens. */
import { type Problem, formatProblem } from '../../domain/problems';

/** Shown while a dataset loads: fetching it, then checking it (`stage`). */
export function LoadingScreen({
  datasetId,
  stage = 'loading',
}: {
  datasetId: string;
  stage?: 'loading' | 'checking';
}) {
  return (
    <main className="status-screen" aria-busy="true">
      <h1>Actor Graph</h1>
      <p role="status">
        {stage === 'checking' ? 'Checking' : 'Loading'} the dataset “{datasetId}”…
      </p>
    </main>
  );
}

/** Shown when a dataset fails validation: every problem, each naming its file, path and reason. */
export function DatasetErrorScreen({
  datasetId,
  problems,
}: {
  datasetId: string;
  problems: Problem[];
}) {
  return (
    <main className="status-screen" role="alert">
      <h1>This dataset cannot be shown</h1>
      <p>
        The dataset “{datasetId}” has {problems.length} problem{problems.length === 1 ? '' : 's'}:
      </p>
      <ul className="problem-list">
        {problems.map((problem, index) => (
          <li key={index}>
            <code>{formatProblem(problem)}</code>
          </li>
        ))}
      </ul>
    </main>
  );
}
