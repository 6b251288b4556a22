/** The preview's canvas: the explorer's own, over the accepted relations with the default view. */
import { useMemo, useState } from 'react';

import type { Dataset } from '../../domain/dataset';
import { defaultLayoutOf } from '../../domain/layoutIds';
import type { Selection } from '../../domain/selection';
import { defaultView, isolatedShownByDefault } from '../../domain/view';
import { visibleGraph } from '../../domain/visibleGraph';
import { GraphCanvas } from '../../graph/GraphCanvas';
import type { Theme } from '../../graph/stylesheet';

const ignoreCamera = () => {};

export function GraphPreviewCanvas({ dataset, theme }: { dataset: Dataset; theme: Theme }) {
  const [selection, setSelection] = useState<Selection | null>(null);
  const layout = defaultLayoutOf(dataset);
  const visible = useMemo(() => {
    const view = defaultView(dataset.id, layout, {
      showIsolated: isolatedShownByDefault(dataset),
    });
    return visibleGraph(dataset, view);
  }, [dataset, layout]);
  return (
    <GraphCanvas
      dataset={dataset}
      theme={theme}
      layout={layout}
      visible={visible}
      selection={selection}
      onSelect={setSelection}
      camera={null}
      frame=""
      onCameraChange={ignoreCamera}
      label="Preview of the graph the accepted relations make"
    />
  );
}
