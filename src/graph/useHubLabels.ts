/**
 * Labels the hubs of a big graph at overview zoom (hubLabelLayer.ts), for the instance's life;
 * a new view (a filter, a time range) ranks the actors again by what it shows. A graph of a few
 * hundred actors needs them as much as one of 20,000 relations: fitted whole, its canvas labels
 * are too small to draw. A graph the size of an article's is left as it was.
 */
import type { Core } from 'cytoscape';
import { useEffect, useMemo, useRef } from 'react';

import type { Dataset } from '../domain/dataset';
import type { VisibleGraph } from '../domain/visibleGraph';
import { type HubLabelLayer, createHubLabelLayer } from './hubLabelLayer';
import { hubCandidates } from './hubLabels';
import { publishHubLabels } from './testHook';

/** How many of the heaviest actors may be labelled: the placement takes those that fit. */
const CANDIDATES = 200;
/** Above this many actors (or in a large graph) the hubs are labelled. */
const HUB_LABELS_FROM_ACTORS = 100;

export function useHubLabels(
  cy: Core | null,
  dataset: Dataset,
  visible: VisibleGraph,
  large: boolean,
): void {
  const enabled = large || dataset.actors.length > HUB_LABELS_FROM_ACTORS;
  const layerRef = useRef<HubLabelLayer | null>(null);
  const candidates = useMemo(
    () => (enabled ? hubCandidates(dataset, visible, CANDIDATES) : []),
    [enabled, dataset, visible],
  );

  useEffect(() => {
    if (!cy || !enabled) return;
    const layer = createHubLabelLayer(cy);
    layerRef.current = layer;
    publishHubLabels(cy, layer);
    return () => {
      layer.destroy();
      layerRef.current = null;
    };
  }, [cy, enabled]);

  useEffect(() => {
    layerRef.current?.setCandidates(candidates);
  }, [cy, enabled, candidates]);
}
