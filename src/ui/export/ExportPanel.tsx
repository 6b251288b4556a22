/** The contents of the Export menu: loaded on first open, with the exporters. */
import { useId } from 'react';

import type { ExportContext, PictureChoice } from './exportActions';

type Actions = typeof import('./exportActions');

/** One export: runs with the exporters loaded, returns the saved file's name. */
export type ExportAction = (
  actions: Actions,
  context: ExportContext,
  choice: PictureChoice,
) => string | Promise<string>;

export interface ExportPanelProps {
  /** Whether the filters leave anything out: the headings say so. */
  filtered: boolean;
  choice: PictureChoice;
  onChoice: (choice: PictureChoice) => void;
  onExport: (action: ExportAction) => void;
  /** Copies the selected relation's citation; absent when no relation is selected. */
  onCite: (() => void) | undefined;
}

export function ExportPanel({ filtered, choice, onChoice, onExport, onCite }: ExportPanelProps) {
  const backgroundName = useId();
  const item = (label: string, action: ExportAction) => (
    <button type="button" className="button small" onClick={() => onExport(action)}>
      {label}
    </button>
  );
  return (
    <>
      <fieldset className="export-group">
        <legend>Picture of the {filtered ? 'filtered ' : ''}graph</legend>
        <div className="button-row">
          {item('PNG 1×', (a, context, picture) => a.downloadPng(context, 1, picture))}
          {item('PNG 2×', (a, context, picture) => a.downloadPng(context, 2, picture))}
          {item('SVG', (a, context, picture) => a.downloadSvg(context, picture))}
        </div>
        <div className="export-options" role="radiogroup" aria-label="Background">
          <label>
            <input
              type="radio"
              name={backgroundName}
              checked={choice.background === 'themed'}
              onChange={() => onChoice({ ...choice, background: 'themed' })}
            />{' '}
            Page colour
          </label>
          <label>
            <input
              type="radio"
              name={backgroundName}
              checked={choice.background === 'transparent'}
              onChange={() => onChoice({ ...choice, background: 'transparent' })}
            />{' '}
            Transparent
          </label>
        </div>
        <label className="export-check">
          <input
            type="checkbox"
            checked={choice.legend}
            onChange={(event) => onChoice({ ...choice, legend: event.target.checked })}
          />{' '}
          Include the legend
        </label>
      </fieldset>
      <fieldset className="export-group">
        <legend>{filtered ? 'What the filters show' : 'What is shown'}, as CSV</legend>
        <div className="button-row">
          {item('Relations', (a, context) => a.downloadRelationsCsv(context))}
          {item('Actors', (a, context) => a.downloadActorsCsv(context))}
        </div>
      </fieldset>
      <fieldset className="export-group">
        <legend>The whole dataset</legend>
        <div className="button-row">
          {item('graph.json', (a, context) => a.downloadDataset(context, 'graph-json'))}
          {item('GEXF', (a, context) => a.downloadDataset(context, 'gexf'))}
          {item('GraphML', (a, context) => a.downloadDataset(context, 'graphml'))}
        </div>
      </fieldset>
      {onCite && (
        <button type="button" className="button small export-cite" onClick={onCite}>
          Copy citation of the selected relation
        </button>
      )}
    </>
  );
}
