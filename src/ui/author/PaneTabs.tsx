/** At phone width the review's panes are tabs: Text, Suggestions, Actors, Graph. */
import type { KeyboardEvent } from 'react';

export const PANES = [
  { id: 'text', label: 'Text' },
  { id: 'suggestions', label: 'Suggestions' },
  { id: 'actors', label: 'Actors' },
  { id: 'graph', label: 'Graph' },
] as const;

export type PaneId = (typeof PANES)[number]['id'];

/** The id of a pane's tab and of its panel, for aria-controls and aria-labelledby. */
export const tabIdOf = (pane: PaneId) => `author-tab-${pane}`;
export const panelIdOf = (pane: PaneId) => `author-panel-${pane}`;

export function PaneTabs({
  active,
  onChange,
}: {
  active: PaneId;
  onChange: (pane: PaneId) => void;
}) {
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const index = PANES.findIndex((pane) => pane.id === active);
    const next = PANES[(index + step + PANES.length) % PANES.length]!;
    onChange(next.id);
    document.getElementById(tabIdOf(next.id))?.focus();
  };
  return (
    <div className="tablist author-tabs" role="tablist" aria-label="Review" onKeyDown={onKeyDown}>
      {PANES.map((pane) => (
        <button
          key={pane.id}
          id={tabIdOf(pane.id)}
          type="button"
          role="tab"
          className="tab"
          aria-selected={pane.id === active}
          aria-controls={pane.id === active ? panelIdOf(pane.id) : undefined}
          tabIndex={pane.id === active ? 0 : -1}
          onClick={() => onChange(pane.id)}
        >
          {pane.label}
        </button>
      ))}
    </div>
  );
}
