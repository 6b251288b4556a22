/** Turns a dataset into cytoscape element definitions, once per dataset. */
import type { ElementDefinition } from 'cytoscape';

import type { Dataset, Relation } from '../domain/dataset';
import { relationStatus, statusOf } from '../domain/relationStatuses';
import { classOf } from '../domain/visibleGraph';
import { findType } from '../domain/vocabulary';
import { EDGE_WIDTH } from './stylesheet';
import { encodeVocabulary } from './vocabularyEncoding';

/** The most a weight adds to a line's width, so the heaviest relation never hides its ends. */
export const MAX_EXTRA_WIDTH = 5;

/**
 * How wide each weighted relation is drawn: its type's width, plus up to MAX_EXTRA_WIDTH by where
 * its weight lies between the dataset's lightest and heaviest. The square root keeps amounts that
 * span orders of magnitude apart without the small ones all looking alike; equal weights add nothing.
 */
export function weightedWidths(dataset: Dataset): Map<string, number> {
  const weighted = dataset.relations.filter(
    (relation): relation is Relation & { weight: number } => relation.weight !== undefined,
  );
  const widths = new Map<string, number>();
  if (weighted.length === 0) return widths;
  const roots = weighted.map((relation) => Math.sqrt(relation.weight));
  const low = Math.min(...roots);
  const span = Math.max(...roots) - low;
  const encoding = encodeVocabulary(dataset.vocabulary);
  weighted.forEach((relation, index) => {
    const base = encoding.type(relation.type).heavy ? EDGE_WIDTH.heavy : EDGE_WIDTH.plain;
    const share = span > 0 ? ((roots[index] as number) - low) / span : 0;
    widths.set(relation.id, Math.round((base + share * MAX_EXTRA_WIDTH) * 10) / 10);
  });
  return widths;
}

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
  const widths = weightedWidths(dataset);
  const edges: ElementDefinition[] = dataset.relations.map((relation) => {
    const typeLabel = (
      findType(dataset.vocabulary, relation.type)?.label ?? relation.type
    ).toLowerCase();
    const status = statusOf(relation);
    // A relation that has not happened says so in its label too: "consult (stalled)".
    const label =
      status === 'reported'
        ? typeLabel
        : `${typeLabel} (${relationStatus(status).label.toLowerCase()})`;
    const width = widths.get(relation.id);
    return {
      group: 'edges',
      data: {
        id: relation.id,
        source: relation.source,
        target: relation.target,
        type: relation.type,
        relationClass: classOf(dataset.vocabulary, relation.type),
        label,
        directed: relation.directed,
        status,
        // Only weighted relations carry widths; the stylesheet gives the rest their type's.
        ...(width !== undefined ? { width, selectedWidth: width + 1.5 } : {}),
      },
      classes: relation.directed ? 'directed' : 'undirected',
    };
  });
  return [...nodes, ...edges];
}
