/**
 * The review screen of a draft (`?draft=<id>`): reads it from this browser, runs the coder if it
 * has not run (with a progress bar and a way to stop), then the review. A draft that is missing
 * or cannot be read says so, with a way back; never a blank page.
 */
import type { ReactNode } from 'react';

import type { Draft } from '../../coder/draft';
import type { DatasetFile } from '../../domain/dataset';
import type { Theme } from '../../graph/stylesheet';
import { ReviewScreen } from './ReviewScreen';
import './author.css';
import './authorPanes.css';
import type { AuthorServices } from './authorTypes';
import { useDraftSession } from './useDraftSession';

export type { AuthorServices, CodeRunOptions, DraftStore } from './authorTypes';

export interface AuthorScreenProps {
  draftId: string;
  theme: Theme;
  onThemeChange: (theme: Theme) => void;
  services: AuthorServices;
  /** "Open in explorer": the accepted relations as a dataset, and the draft they come from. */
  onPublish: (file: DatasetFile, draft: Draft) => void;
  onExit: () => void;
  onNewFromText: () => void;
}

function StatusPage({
  title,
  children,
  alert = false,
}: {
  title: string;
  children: ReactNode;
  alert?: boolean;
}) {
  return (
    <main className="status-screen author-status" role={alert ? 'alert' : undefined}>
      <h1>{title}</h1>
      {children}
    </main>
  );
}

function Session(props: AuthorScreenProps) {
  const session = useDraftSession(props.draftId, props.services);
  const { phase, draft, history } = session;
  const back = (
    <div className="author-button-row">
      <button type="button" className="button" onClick={props.onExit}>
        Back
      </button>
      <button type="button" className="button" onClick={props.onNewFromText}>
        New from text…
      </button>
    </div>
  );

  switch (phase.kind) {
    case 'loading':
      return (
        <StatusPage title="Opening the draft">
          <p role="status">Reading the draft from this browser…</p>
        </StatusPage>
      );
    case 'missing':
      return (
        <StatusPage title="This draft is not here" alert>
          <p>
            No draft “{props.draftId}” is kept in this browser. Drafts stay in the browser they were
            made in, and are gone if its data was cleared.
          </p>
          {back}
        </StatusPage>
      );
    case 'unreadable':
      return (
        <StatusPage title="This draft cannot be opened" alert>
          <p>{phase.message}</p>
          {back}
        </StatusPage>
      );
    case 'coding': {
      const percent = phase.total > 0 ? Math.round((phase.done * 100) / phase.total) : 0;
      return (
        <StatusPage title={`Reading “${draft?.title || 'the text'}”`}>
          <p id="author-coding-label">
            The coder is reading the text for actors and relations
            {phase.total > 0 ? `: ${phase.done} of ${phase.total} sentences.` : '…'}
          </p>
          <progress
            className="author-progress"
            aria-labelledby="author-coding-label"
            max={100}
            value={phase.total > 0 ? percent : undefined}
          />
          <div className="author-button-row">
            <button type="button" className="button" onClick={session.stopCoding}>
              Stop
            </button>
          </div>
        </StatusPage>
      );
    }
    case 'not-coded':
      return (
        <StatusPage title="The text has not been coded" alert>
          <p>{phase.message}</p>
          <div className="author-button-row">
            <button type="button" className="button primary" onClick={session.codeAgain}>
              Code the text
            </button>
          </div>
          {back}
        </StatusPage>
      );
    case 'ready':
      if (draft === null || history === null) return null;
      return (
        <ReviewScreen
          draft={draft}
          history={history}
          announcement={session.announcement}
          saveStatus={session.saveStatus}
          perform={session.perform}
          undo={session.undo}
          redo={session.redo}
          flush={session.flush}
          theme={props.theme}
          onThemeChange={props.onThemeChange}
          onPublish={props.onPublish}
          onExit={props.onExit}
          onNewFromText={props.onNewFromText}
        />
      );
  }
}

/** The review screen for the draft `draftId`. */
export function AuthorScreen(props: AuthorScreenProps) {
  // Another draft is another session: nothing of one leaks into the next.
  return <Session key={props.draftId} {...props} />;
}
