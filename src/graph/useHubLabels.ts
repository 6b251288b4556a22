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
import type { HubLabelLayer } from './hubLabelLayer';
import { publishHubLabels } from './testHook';
import { readyModule, useLazyModule } from './useLazyModule';

/** How many of the heaviest actors may be labelled: the placement takes those that fit. */
const CANDIDATES = 200;
/** Above this many actors (or in a large graph) the hubs are labelled. */
const HUB_LABELS_FROM_ACTORS = 100;

const loadHubLabels = () => import('./hubLabelLayer');

export function useHubLabels(
  cy: Core | null,
  dataset: Dataset,
  visible: VisibleGraph,
  large: boolean,
): void {
  const enabled = large || dataset.actors.length > HUB_LABELS_FROM_ACTORS;
  const hubLabels = readyModule(useLazyModule('The hub labels', loadHubLabels, enabled));
  const layerRef = useRef<HubLabelLayer | null>(null);
  const candidates = useMemo(
    () => (hubLabels ? hubLabels.hubCandidates(dataset, visible, CANDIDATES) : []),
    [hubLabels, dataset, visible],
  );

  useEffect(() => {
    if (!cy || !hubLabels) return;
    const layer = hubLabels.createHubLabelLayer(cy);
    layerRef.current = layer;
    publishHubLabels(cy, layer);
    return () => {
      layer.destroy();
      layerRef.current = null;
    };
  }, [cy, hubLabels]);

  useEffect(() => {
    layerRef.current?.setCandidates(candidates);
  }, [cy, hubLabels, candidates]);
}
