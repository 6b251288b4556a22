/**
 * The baseline of `npm run bench:browser`: React + react-cytoscapejs drawing the same elements as
 * the app (nodes = actors, edges = relations) with cytoscape's default stylesheet and the grid
 * layout, and nothing else: no validation, no filters, no panels. It fetches the same graph.json
 * (`?src=`). Not part of the app's bundle: it has its own Vite config (bench/bare/vite.config.ts).
 */
import type { Core, ElementDefinition } from 'cytoscape';
import { useEffect, useState } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import { createRoot } from 'react-dom/client';

interface GraphFile {
  actors: { id: string; label: string }[];
  relations: { id: string; source: string; target: string }[];
}

const STYLE = { width: '100%', height: '100%' } as const;
const LAYOUT = { name: 'grid' } as const;

function toElements(graph: GraphFile): ElementDefinition[] {
  return [
    ...graph.actors.map((actor) => ({ data: { id: actor.id, label: actor.label } })),
    ...graph.relations.map((relation) => ({
      data: { id: relation.id, source: relation.source, target: relation.target },
    })),
  ];
}

/**
 * The marks the benchmark reads. react-cytoscapejs adds the elements and runs the layout before
 * it first hands over the instance, and grid is synchronous, so the layout has stopped by then;
 * the first draw comes after.
 */
function instrument(cy: Core): void {
  performance.mark('graph-settled');
  cy.one('render', () => performance.mark('graph-painted'));
}

function Bare() {
  const [elements, setElements] = useState<ElementDefinition[] | null>(null);
  useEffect(() => {
    const src = new URLSearchParams(window.location.search).get('src');
    if (!src) return;
    void fetch(src)
      .then((response) => response.json() as Promise<GraphFile>)
      .then((graph) => setElements(toElements(graph)));
  }, []);
  if (!elements) return null;
  return (
    <CytoscapeComponent
      elements={elements}
      layout={LAYOUT}
      style={STYLE}
      cy={(cy) => {
        // react-cytoscapejs calls this on every render; instrument the instance once.
        const seen = cy as Core & { benchInstrumented?: boolean };
        if (seen.benchInstrumented) return;
        seen.benchInstrumented = true;
        instrument(cy);
      }}
    />
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<Bare />);
