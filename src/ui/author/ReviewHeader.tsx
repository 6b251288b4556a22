/**
 * The review's header: the title, where the text came from (as the person knows it, empty when
 * unknown), the counts, undo and redo, and the ways out: into the explorer, or back.
 */
import type { Command, Draft, DraftCounts, DraftDetails } from '../../coder/draft';
import { titleOf } from '../../coder/draft';
import type { Theme } from '../../graph/stylesheet';
import type { SaveStatus } from './useAutosave';

export interface ReviewHeaderProps {
  draft: Draft;
  counts: DraftCounts;
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  /** Null when the accepted relations can be opened; otherwise why not. */
  publishBlocked: string | null;
  onPublish: () => void;
  onExit: () => void;
  onNewFromText: () => void;
  theme: Theme;
  onThemeChange: (theme: Theme) => void;
  saveStatus: SaveStatus;
  perform: (command: Command) => void;
}

const DETAIL_FIELDS = [
  { key: 'title', label: 'Title', hint: '' },
  { key: 'publisher', label: 'Publisher', hint: '' },
  { key: 'published', label: 'Date, as written', hint: 'e.g. 23 April 2025' },
  { key: 'url', label: 'Address', hint: 'https://…' },
] as const;

function addressProblem(url: string | undefined): string | null {
  const value = url?.trim() ?? '';
  if (value === '' || (/^https?:\/\//i.test(value) && URL.canParse(value))) return null;
  return 'Not kept in the dataset: an address starts with https:// or http://.';
}

function SavedNote({ status }: { status: SaveStatus }) {
  if (status.kind === 'failed') {
    return <span className="author-save is-failed">Not saved: {status.message}</span>;
  }
  return (
    <span className="author-save muted">
      {status.kind === 'saving' ? 'Saving…' : 'Saved in this browser'}
    </span>
  );
}

export function ReviewHeader(props: ReviewHeaderProps) {
  const { draft, counts, perform } = props;
  const valueOf = (key: keyof DraftDetails) =>
    (key === 'title' ? draft.title : draft.source[key]) ?? '';
  const urlProblem = addressProblem(draft.source.url);

  return (
    <header className="author-header">
      <div className="author-title-row">
        <h1 className="author-title">Review: {titleOf(draft)}</h1>
        <p className="author-counts">
          {counts.pending} pending · {counts.accepted} accepted · {counts.rejected} rejected
        </p>
        <SavedNote status={props.saveStatus} />
      </div>
      <div className="author-actions">
        <button type="button" className="button" disabled={!props.canUndo} onClick={props.onUndo}>
          Undo
        </button>
        <button type="button" className="button" disabled={!props.canRedo} onClick={props.onRedo}>
          Redo
        </button>
        <button
          type="button"
          className="button primary"
          disabled={props.publishBlocked !== null}
          title={props.publishBlocked ?? undefined}
          onClick={props.onPublish}
        >
          Open in explorer
        </button>
        <button type="button" className="button" onClick={props.onNewFromText}>
          New from text…
        </button>
        <button
          type="button"
          className="button"
          aria-pressed={props.theme === 'dark'}
          onClick={() => props.onThemeChange(props.theme === 'dark' ? 'light' : 'dark')}
        >
          Dark theme
        </button>
        <button type="button" className="button" onClick={props.onExit}>
          Back
        </button>
      </div>
      {props.publishBlocked && <p className="author-hint muted">{props.publishBlocked}</p>}
      <details className="author-details">
        <summary>Title and source</summary>
        <div className="author-details-fields">
          {DETAIL_FIELDS.map(({ key, label, hint }) => (
            <label key={key} className="author-field">
              <span className="author-field-label">{label}</span>
              <input
                className="text-input"
                type={key === 'url' ? 'url' : 'text'}
                value={valueOf(key)}
                placeholder={hint}
                aria-invalid={key === 'url' && urlProblem !== null}
                onChange={(event) =>
                  perform({ kind: 'set-details', details: { [key]: event.target.value } })
                }
              />
            </label>
          ))}
          {urlProblem && <p className="field-error">{urlProblem}</p>}
          <p className="author-hint muted">Only what you know: leave a field empty otherwise.</p>
        </div>
      </details>
    </header>
  );
}
