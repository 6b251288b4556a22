/** The main screen: the graph of one dataset with everything around it. */
import { useMemo, useState } from 'react';

import type { Dataset } from '../../domain/dataset';
import type { Selection } from '../../domain/selection';
import { entireGraph } from '../../domain/visibleGraph';
import { GraphCanvas } from '../../graph/GraphCanvas';
import { DEFAULT_LAYOUT } from '../../graph/layouts';
import { useTheme } from '../theme/useTheme';

export function Explorer({ dataset }: { dataset: Dataset }) {
  const [theme, setTheme] = useTheme();
  const [selection, setSelection] = useState<Selection | null>(null);
  const visible = useMemo(() => entireGraph(dataset), [dataset]);
  const summary = `${visible.actorIds.size} actors, ${visible.relationIds.size} relations shown`;

  return (
    <div className="app">
      <header className="app-header">
        <h1 className="app-title">
          Actor Graph <span className="dataset-title">{dataset.title}</span>
        </h1>
        <button
          type="button"
          className="button"
          onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}
          aria-pressed={theme === 'dark'}
        >
          Dark theme
        </button>
      </header>
      <main className="graph-area">
        <p className="graph-summary" role="status" aria-live="polite">
          {summary}
        </p>
        <GraphCanvas
          dataset={dataset}
          theme={theme}
          layout={DEFAULT_LAYOUT}
          visible={visible}
          selection={selection}
          onSelect={setSelection}
          label={`Graph of ${dataset.title}: ${summary}`}
        />
      </main>
    </div>
  );
}
