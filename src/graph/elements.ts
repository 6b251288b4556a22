/** Turns a dataset into cytoscape element definitions, once per dataset. */
import type { ElementDefinition } from 'cytoscape';

import type { Dataset } from '../domain/dataset';
import { relationStatus, statusOf } from '../domain/relationStatuses';
import { relationType } from '../domain/relationTypes';

/** Every actor and relation of a dataset as cytoscape elements; filtering hides, never removes. */
export function datasetElements(dataset: Dataset): ElementDefinition[] {
  // Start on a circle rather than all at the origin, where edges between overlapping nodes
  // cannot be drawn until the layout has run.
  const step = (2 * Math.PI) / Math.max(dataset.actors.length, 1);
  const nodes: ElementDefinition[] = dataset.actors.map((actor, index) => ({
    group: 'nodes',
    data: { id: actor.id, label: actor.label, kind: actor.kind },
    position: { x: 300 * Math.cos(index * step), y: 300 * Math.sin(index * step) },
  }));
  const edges: ElementDefinition[] = dataset.relations.map((relation) => {
    const type = relationType(relation.type);
    const status = statusOf(relation);
    // A relation that has not happened says so in its label too: "consult (stalled)".
    const label =
      status === 'reported'
        ? type.label.toLowerCase()
        : `${type.label.toLowerCase()} (${relationStatus(status).label.toLowerCase()})`;
    return {
      group: 'edges',
      data: {
        id: relation.id,
        source: relation.source,
        target: relation.target,
        type: relation.type,
        quadClass: type.quadClass,
        label,
        directed: relation.directed,
        status,
      },
      classes: relation.directed ? 'directed' : 'undirected',
    };
  });
  return [...nodes, ...edges];
}
