/** Says over the canvas what the page is doing before a large graph's picture is complete. */
import type { Dataset } from '../../domain/dataset';
import { countOf } from '../view/describe';
import type { GraphStage } from './useGraphProgress';

export function GraphProgressNote({ stage, dataset }: { stage: GraphStage; dataset: Dataset }) {
  const size = `${countOf(dataset.actors.length, 'actor')}, ${countOf(dataset.relations.length, 'relation')}`;
  return (
    <p className="graph-progress" role="status" aria-live="polite">
      <span className="graph-progress-spinner" aria-hidden="true" />
      {stage === 'laying out' ? 'Laying out' : 'Drawing'} the graph ({size})…
    </p>
  );
}
