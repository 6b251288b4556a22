/** The tabs of the side panel (details, article, table), following the WAI-ARIA tabs pattern. */
import { type ReactNode, useRef } from 'react';

import { PANELS, type Panel } from '../../domain/view';

/** How a tab was chosen: a click is always a step of its own; arrow keys may step through tabs. */
export type TabChoice = 'click' | 'keys';

/** The id of a panel's tab, the way into the side panel for a skip link. */
export const tabId = (panel: Panel) => `tab-${panel}`;

const PANEL_LABELS: Record<Panel, string> = {
  details: 'Details',
  article: 'Article',
  table: 'Table',
};

export function PanelTabs({
  active,
  onChange,
  inert,
  children,
}: {
  active: Panel;
  /** Out of reach while a modal drawer is open over it. */
  inert?: boolean;
  onChange: (panel: Panel, how: TabChoice) => void;
  children: ReactNode;
}) {
  const tabs = useRef<Partial<Record<Panel, HTMLButtonElement | null>>>({});
  const goTo = (next: Panel) => {
    onChange(next, 'keys');
    tabs.current[next]?.focus();
  };
  const keys: Record<string, () => Panel> = {
    ArrowRight: () => PANELS[(PANELS.indexOf(active) + 1) % PANELS.length] as Panel,
    ArrowLeft: () => PANELS[(PANELS.indexOf(active) - 1 + PANELS.length) % PANELS.length] as Panel,
    Home: () => PANELS[0],
    End: () => PANELS[PANELS.length - 1] as Panel,
  };
  return (
    <section className="panel" aria-label="Details, article and table" inert={inert}>
      <div
        role="tablist"
        aria-label="Side panel"
        className="tablist"
        onKeyDown={(event) => {
          const target = keys[event.key];
          if (!target) return;
          event.preventDefault();
          goTo(target());
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
            id={tabId(panel)}
            aria-selected={panel === active}
            // Only the active tab's panel exists, so only it is referenced.
            aria-controls={panel === active ? `tabpanel-${panel}` : undefined}
            tabIndex={panel === active ? 0 : -1}
            className="tab"
            onClick={() => onChange(panel, 'click')}
          >
            {PANEL_LABELS[panel]}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`tabpanel-${active}`}
        aria-labelledby={tabId(active)}
        className="tabpanel"
        tabIndex={0}
      >
        {children}
      </div>
    </section>
  );
}
