/**
 * "Export": a disclosure in the header with what can be taken out of the app. Pictures of the
 * visible graph (PNG at 1× or 2×, SVG; page colour or transparent; with or without the legend),
 * the visible relations and actors as CSV, the whole dataset as graph.json, GEXF or GraphML,
 * and a citation of the selected relation. The exporters load on first open.
 */
import type { Core } from 'cytoscape';
import { type KeyboardEvent, Suspense, lazy, useEffect, useId, useRef, useState } from 'react';

import {
  useExplorerDataset,
  useExplorerTheme,
  useSelection,
  useView,
} from '../view/ExplorerContext';
import type { ExportAction } from './ExportPanel';
import './export.css';
import type { ExportContext, PictureChoice } from './exportActions';
import { isFiltered } from './filtered';

export interface ExportMenuProps {
  /** The canvas, for pictures and the current positions. */
  getCy: () => Core | null;
  /** The address of the view on screen: the citation's permalink. */
  getLink: () => string;
}

const loadActions = () => import('./exportActions');
// The panel's contents load with the exporters, on first open: start-up stays as small as it was.
const ExportPanel = lazy(() =>
  import('./ExportPanel').then((module) => ({ default: module.ExportPanel })),
);

export function ExportMenu({ getCy, getLink }: ExportMenuProps) {
  const { dataset } = useExplorerDataset();
  const theme = useExplorerTheme();
  const { selection } = useSelection();
  const { visible, counts } = useView();
  const [open, setOpen] = useState(false);
  const [choice, setChoice] = useState<PictureChoice>({ background: 'themed', legend: false });
  const [status, setStatus] = useState('');
  const [manualCitation, setManualCitation] = useState<string | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const container = useRef<HTMLDivElement>(null);
  const citationField = useRef<HTMLTextAreaElement>(null);
  const panelId = useId();

  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  };

  // A press anywhere outside closes the menu, as a menu does.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!container.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  useEffect(() => {
    if (manualCitation !== null) citationField.current?.select();
  }, [manualCitation]);

  useEffect(() => {
    if (!status || status.startsWith('Preparing')) return;
    const timer = window.setTimeout(() => setStatus(''), 4000);
    return () => window.clearTimeout(timer);
  }, [status]);

  const toggle = () => {
    if (!open) void loadActions();
    setOpen(!open);
  };

  /** Runs one export with the exporters loaded; says what was saved, or what went wrong. */
  const run = async (action: ExportAction) => {
    close(true);
    setStatus('Preparing the file…');
    try {
      const context: ExportContext = {
        dataset,
        visible,
        counts,
        cy: getCy(),
        theme,
        now: new Date(),
      };
      const fileName = await action(await loadActions(), context, choice);
      setStatus(`Saved ${fileName}`);
    } catch (error) {
      setStatus(`The export failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const copyCitation = async () => {
    if (selection?.kind !== 'relation') return;
    close(true);
    const actions = await loadActions();
    const text = actions.citationText(dataset, selection.id, getLink());
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setStatus('Citation copied');
    } catch {
      setManualCitation(text);
    }
  };

  const closeCitation = () => {
    setManualCitation(null);
    button.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape') return;
    if (manualCitation !== null) {
      event.stopPropagation();
      closeCitation();
    } else if (open) {
      event.stopPropagation();
      close(true);
    }
  };

  const filtered = isFiltered(dataset, visible);

  return (
    <div
      ref={container}
      className="export-menu"
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        // Tabbing out of the open menu closes it.
        if (open && !container.current?.contains(event.relatedTarget as Node | null))
          setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={toggle}
      >
        Export
      </button>
      <span className="export-status" role="status">
        {status}
      </span>
      <div id={panelId} className="export-panel" hidden={!open}>
        {open && (
          <Suspense fallback={<p className="muted">Loading…</p>}>
            <ExportPanel
              filtered={filtered}
              choice={choice}
              onChoice={setChoice}
              onExport={(action) => void run(action)}
              onCite={selection?.kind === 'relation' ? () => void copyCitation() : undefined}
            />
          </Suspense>
        )}
      </div>
      {manualCitation !== null && (
        <div className="copy-fallback export-fallback">
          <label htmlFor={`${panelId}-citation`}>Copy this citation:</label>
          <textarea
            id={`${panelId}-citation`}
            ref={citationField}
            className="text-input"
            readOnly
            rows={6}
            value={manualCitation}
            onFocus={(event) => event.target.select()}
          />
          <button type="button" className="button small" onClick={closeCitation}>
            Close
          </button>
        </div>
      )}
    </div>
  );
}
