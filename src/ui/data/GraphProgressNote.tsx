/** Says over the canvas what the page is doing before a large graph's picture is complete. */
import type { Dataset } from '../../domain/dataset';
import type { GraphStage } from './useGraphProgress';

export function GraphProgressNote({ stage, dataset }: { stage: GraphStage; dataset: Dataset }) {
  const count = (n: number, noun: string) =>
    `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;
  const size = `${count(dataset.actors.length, 'actor')}, ${count(dataset.relations.length, 'relation')}`;
  return (
    <p className="graph-progress" role="status" aria-live="polite">
      <span className="graph-progress-spinner" aria-hidden="true" />
      {stage === 'laying out' ? 'Laying out' : 'Drawing'} the graph ({size})…
    </p>
  );
}
