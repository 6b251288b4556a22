/** The tabs of the side panel (details, article, table), following the WAI-ARIA tabs pattern. */
import { type ReactNode, useRef } from 'react';

import { PANELS, type Panel } from '../../domain/view';

const PANEL_LABELS: Record<Panel, string> = {
  details: 'Details',
  article: 'Article',
  table: 'Table',
};

export function PanelTabs({
  active,
  onChange,
  children,
}: {
  active: Panel;
  onChange: (panel: Panel) => void;
  children: ReactNode;
}) {
  const tabs = useRef<Partial<Record<Panel, HTMLButtonElement | null>>>({});
  const move = (offset: number) => {
    const next = PANELS[(PANELS.indexOf(active) + offset + PANELS.length) % PANELS.length] as Panel;
    onChange(next);
    tabs.current[next]?.focus();
  };
  return (
    <section className="panel" aria-label="Details, article and table">
      <div
        role="tablist"
        aria-label="Side panel"
        className="tablist"
        onKeyDown={(event) => {
          if (event.key === 'ArrowRight') move(1);
          else if (event.key === 'ArrowLeft') move(-1);
        }}
      >
        {PANELS.map((panel) => (
          <button
            key={panel}
            ref={(element) => {
              tabs.current[panel] = element;
            }}
            type="button"
            role="tab"
            id={`tab-${panel}`}
            aria-selected={panel === active}
            aria-controls={`tabpanel-${panel}`}
            tabIndex={panel === active ? 0 : -1}
            className="tab"
            onClick={() => onChange(panel)}
          >
            {PANEL_LABELS[panel]}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`tabpanel-${active}`}
        aria-labelledby={`tab-${active}`}
        className="tabpanel"
        tabIndex={0}
      >
        {children}
      </div>
    </section>
  );
}
