/**
 * The review of one coded draft: the header, then the text, the suggestions, the actors and a
 * live graph of what is accepted, side by side on a wide screen and as tabs on a phone. Changes
 * are announced in a polite live region; Ctrl/Cmd+Z undoes, Ctrl+Shift+Z or Ctrl+Y redoes.
 */
import { type ReactNode, useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';

import {
  type Command,
  type Draft,
  type History,
  acceptedDataset,
  countsOf,
  labelsOf,
  reviewedActors,
  reviewedRelations,
} from '../../coder/draft';
import type { DatasetFile } from '../../domain/dataset';
import { validateParsed } from '../../domain/validate';
import type { Theme } from '../../graph/stylesheet';
import { ActorList } from './ActorList';
import { GraphPreview } from './GraphPreview';
import { type PaneId, PaneTabs, panelIdOf, tabIdOf } from './PaneTabs';
import { ReviewHeader } from './ReviewHeader';
import { SuggestionList } from './SuggestionList';
import { TextPane } from './TextPane';
import { textSegments } from './textSegments';
import type { SaveStatus } from './useAutosave';
import { useNarrow } from './useNarrow';

export interface ReviewScreenProps {
  draft: Draft;
  history: History;
  announcement: string;
  saveStatus: SaveStatus;
  perform: (command: Command) => void;
  undo: () => void;
  redo: () => void;
  /** Saves a waiting change now. */
  flush: () => Promise<void>;
  theme: Theme;
  onThemeChange: (theme: Theme) => void;
  onPublish: (file: DatasetFile, draft: Draft) => void;
  onExit: () => void;
  onNewFromText: () => void;
}

function inField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (['INPUT', 'TEXTAREA'].includes(target.tagName) || target.isContentEditable)
  );
}

/** The accepted dataset checked as any dataset is; null while nothing is accepted. */
function checkAccepted(draft: Draft) {
  const file = acceptedDataset(draft);
  if (file.relations.length === 0 && file.actors.length === 0) return null;
  return validateParsed(file, {});
}

export function ReviewScreen(props: ReviewScreenProps) {
  const { draft, history, perform, undo, redo } = props;
  const { coded, actors: actorChanges } = draft;
  const actors = useMemo(
    () => reviewedActors({ coded, actors: actorChanges }),
    [coded, actorChanges],
  );
  const label = useMemo(() => labelsOf(actors), [actors]);
  const reviewed = useMemo(() => reviewedRelations(draft), [draft]);
  const counts = useMemo(() => countsOf(reviewed), [reviewed]);
  const segments = useMemo(
    () => textSegments(draft.text, coded?.sentences ?? [], actors),
    [draft.text, coded, actors],
  );
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [pane, setPane] = useState<PaneId>('suggestions');
  const narrow = useNarrow();
  const focusedSentence =
    reviewed.find(({ relation }) => relation.id === focusedId)?.relation.sentence ?? null;
  // The graph follows a step behind while the person works quickly.
  const settled = useDeferredValue(draft);
  const checked = useMemo(() => checkAccepted(settled), [settled]);
  const publishBlocked =
    counts.accepted === 0
      ? 'Accept at least one relation to open the graph in the explorer.'
      : checked !== null && !checked.ok
        ? 'What you accepted does not make a dataset yet: see the graph pane.'
        : null;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (inField(event.target) || !(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) undo();
      else if ((key === 'z' && event.shiftKey) || (key === 'y' && event.ctrlKey)) redo();
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [undo, redo]);

  const onSentence = useCallback(
    (sentence: number) => {
      const first = reviewed.find(({ relation }) => relation.sentence === sentence);
      if (!first) return;
      setFocusedId(first.relation.id);
      document.querySelector<HTMLElement>(`[data-suggestion="${first.relation.id}"]`)?.focus();
    },
    [reviewed],
  );

  const { flush, onPublish } = props;
  const publish = () => {
    const file = acceptedDataset(draft);
    if (!validateParsed(file, {}).ok) return;
    void flush().then(() => onPublish(file, draft));
  };

  const panes: Record<PaneId, ReactNode> = {
    text: (
      <TextPane
        text={draft.text}
        segments={segments}
        actors={actors}
        focusedSentence={focusedSentence}
        perform={perform}
        onSentence={onSentence}
      />
    ),
    suggestions: (
      <SuggestionList
        reviewed={reviewed}
        text={draft.text}
        actors={actors}
        label={label}
        focusedId={focusedId}
        onFocus={setFocusedId}
        perform={perform}
      />
    ),
    actors: <ActorList actors={actors} reviewed={reviewed} perform={perform} />,
    graph: <GraphPreview checked={checked} theme={props.theme} />,
  };

  return (
    <div className="author">
      <ReviewHeader
        draft={draft}
        counts={counts}
        canUndo={history.past.length > 0}
        canRedo={history.future.length > 0}
        onUndo={undo}
        onRedo={redo}
        publishBlocked={publishBlocked}
        onPublish={publish}
        onExit={() => void flush().then(props.onExit)}
        onNewFromText={props.onNewFromText}
        theme={props.theme}
        onThemeChange={props.onThemeChange}
        saveStatus={props.saveStatus}
        perform={perform}
      />
      {(coded?.notices.length ?? 0) > 0 && (
        <ul className="author-notices" role="note">
          {coded?.notices.map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
        </ul>
      )}
      {narrow ? (
        <main className="author-main is-narrow">
          <PaneTabs active={pane} onChange={setPane} />
          <div
            className="author-tabpanel"
            role="tabpanel"
            id={panelIdOf(pane)}
            aria-labelledby={tabIdOf(pane)}
          >
            {panes[pane]}
          </div>
        </main>
      ) : (
        <main className="author-main">
          {panes.text}
          {panes.suggestions}
          <div className="author-side">
            {panes.actors}
            {panes.graph}
          </div>
        </main>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {props.announcement}
      </p>
    </div>
  );
}
