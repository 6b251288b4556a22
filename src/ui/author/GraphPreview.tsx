/**
 * A live picture of what the review has accepted so far: the dataset "Open in explorer" would
 * open, checked as any dataset is, drawn by the explorer's canvas (loaded when first shown).
 */
import { Suspense, lazy } from 'react';

import type { Dataset } from '../../domain/dataset';
import { type Problem, formatProblem } from '../../domain/validate';
import type { Theme } from '../../graph/stylesheet';

const GraphPreviewCanvas = lazy(() =>
  import('./GraphPreviewCanvas').then((module) => ({ default: module.GraphPreviewCanvas })),
);

export interface GraphPreviewProps {
  /** The accepted dataset as checked; null while nothing is accepted. */
  checked: { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] } | null;
  theme: Theme;
}

export function GraphPreview({ checked, theme }: GraphPreviewProps) {
  return (
    <section className="author-pane author-graph-pane" aria-labelledby="author-graph-heading">
      <h2 id="author-graph-heading" className="author-pane-heading">
        Graph of what you accepted
      </h2>
      {checked === null ? (
        <p className="muted">Accepted relations are drawn here.</p>
      ) : checked.ok ? (
        <div className="author-graph-stage">
          <Suspense fallback={<p className="muted">Loading the graph…</p>}>
            <GraphPreviewCanvas dataset={checked.dataset} theme={theme} />
          </Suspense>
        </div>
      ) : (
        <div role="note">
          <p>What you accepted does not make a dataset yet:</p>
          <ul className="problem-list">
            {checked.problems.slice(0, 5).map((problem, index) => (
              <li key={index}>
                <code>{formatProblem(problem)}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
