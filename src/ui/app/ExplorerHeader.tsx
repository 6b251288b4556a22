/**
 * The explorer's header: the dataset's title, the actor search, the layout and look, and the
 * link, embed code, export, filters and theme controls.
 */
import type { Core } from 'cytoscape';
import { type ReactNode, type Ref, useCallback, useMemo } from 'react';

import { explainHidden } from '../../domain/hiddenReason';
import { layoutsOf } from '../../domain/layoutIds';
import { setLayout } from '../../domain/view';
import type { Theme } from '../../graph/stylesheet';
import { ChoiceSelect } from '../common/ChoiceSelect';
import { ExportMenu } from '../export/ExportMenu';
import { ActorSearch } from '../search/ActorSearch';
import { CopyLink, type ViewOnlyLink } from '../share/CopyLink';
import { EmbedCode } from '../share/EmbedCode';
import { useExplorerDataset, useExplorerTheme, useView } from '../view/ExplorerContext';
import { hiddenShort } from '../view/hiddenText';
import { LookSelect } from './LookSelect';

export interface ExplorerHeaderProps {
  /** Out of reach while the filters drawer is open. */
  inert: boolean;
  /** Shows a found actor's details, and centres the canvas on it. */
  onChooseActor: (actorId: string) => void;
  /** Controls put first (Open…). */
  actions?: ReactNode;
  currentLink: () => string;
  /** The address of the view on screen, embedded: the embed code's link. */
  embedLink?: (() => string) | undefined;
  viewOnlyLink?: ViewOnlyLink;
  onThemeChange: (theme: Theme) => void;
  getCy: () => Core | null;
  /** The button that opens and closes the filters drawer on narrow screens. */
  filtersToggleRef: Ref<HTMLButtonElement>;
  filtersOpen: boolean;
  onToggleFilters: () => void;
}

export function ExplorerHeader({
  inert,
  onChooseActor,
  actions,
  currentLink,
  embedLink,
  viewOnlyLink,
  onThemeChange,
  getCy,
  filtersToggleRef,
  filtersOpen,
  onToggleFilters,
}: ExplorerHeaderProps) {
  const { dataset } = useExplorerDataset();
  const theme = useExplorerTheme();
  const { view, onUpdate, filters } = useView();
  // The search list names why a found actor is not in the graph.
  const whyHidden = useCallback(
    (actorId: string) => {
      const explanation = explainHidden(dataset, filters, { kind: 'actor', id: actorId });
      return explanation ? hiddenShort(explanation.reasons) : null;
    },
    [dataset, filters],
  );
  // "As in the file" only where the file places its actors.
  const layouts = useMemo(() => layoutsOf(dataset), [dataset]);

  return (
    <header className="app-header" inert={inert}>
      <h1 className="app-title">
        Actor Graph <span className="dataset-title">{dataset.title}</span>
      </h1>
      <ActorSearch actors={dataset.actors} whyHidden={whyHidden} onChoose={onChooseActor} />
      <div className="header-controls">
        {actions}
        <ChoiceSelect
          className="inline-label"
          label="Layout"
          choices={layouts}
          value={view.layout}
          onChoose={(layout) => onUpdate(setLayout(layout))}
        />
        <LookSelect />
        <CopyLink getLink={currentLink} viewOnly={viewOnlyLink} />
        {embedLink && (
          <EmbedCode getLink={embedLink} datasetTitle={dataset.title} viewOnly={viewOnlyLink} />
        )}
        <ExportMenu getCy={getCy} getLink={currentLink} />
        <button
          ref={filtersToggleRef}
          type="button"
          className="button filters-toggle"
          aria-expanded={filtersOpen}
          aria-controls="sidebar"
          onClick={onToggleFilters}
        >
          Filters
        </button>
        <button
          type="button"
          className="button"
          aria-pressed={theme === 'dark'}
          aria-label="Dark theme"
          onClick={() => onThemeChange(theme === 'dark' ? 'light' : 'dark')}
        >
          {/* A phone's header has room for one word, as for the embed code. */}
          <span className="embed-label-long">Dark theme</span>
          <span className="embed-label-short" aria-hidden="true">
            Dark
          </span>
        </button>
      </div>
    </header>
  );
}
