/**
 * Where the data on screen comes from, for anything not built in: a link must never pass off
 * foreign data as ours. Also the line that says a link's data could not be opened, and the
 * progress of an open with its Cancel button.
 */
import { hostOf } from '../../domain/dataSource';
import type { Origin } from '../data/datasetService';
import type { OpenProgress } from '../data/useOpenFlow';

export function SourceBanner({
  origin,
  onForget,
  linkSummary = null,
  onViewLinkReport,
}: {
  origin: Origin;
  /** Removes a kept file from this browser and returns to the default dataset. */
  onForget: () => void;
  /** What opening a `src` file skipped or repaired ("…; 536 skipped."), when anything. */
  linkSummary?: string | null;
  onViewLinkReport?: (() => void) | undefined;
}) {
  if (origin.kind === 'builtin') return null;
  return (
    <div className="source-banner" role="note" aria-label="Data source">
      {origin.kind === 'url' && (
        <p>
          Data from <strong>{hostOf(origin.url)}</strong>:{' '}
          <a className="source-address" href={origin.url} rel="noopener noreferrer" target="_blank">
            {origin.url}
          </a>
        </p>
      )}
      {origin.kind === 'url' && linkSummary !== null && (
        <>
          <p>{linkSummary}</p>
          <button type="button" className="button small" onClick={onViewLinkReport}>
            View report
          </button>
        </>
      )}
      {origin.kind === 'link' && (
        <p>
          <strong>Data carried in this link</strong>, not from Actor Graph: whoever made the link
          chose it.
        </p>
      )}
      {origin.kind === 'file' && (
        <>
          <p>
            Data from <strong>{origin.name}</strong>, kept in this browser.
          </p>
          <button type="button" className="button small" onClick={onForget}>
            Forget this data
          </button>
        </>
      )}
    </div>
  );
}

/** A link's data that could not be opened: what is wrong, and what is shown instead. */
export function SourceFailure({ message, onDismiss }: { message: string; onDismiss: () => void }) {
  return (
    <div className="source-banner is-failure" role="alert">
      <p>
        <strong>The data this link names could not be opened.</strong> {message} The built-in
        dataset is shown instead.
      </p>
      <button type="button" className="button small" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}

/** An open under way: which file, how far, and Cancel. */
export function OpenProgressBar({
  progress,
  onCancel,
}: {
  progress: OpenProgress;
  onCancel: () => void;
}) {
  const percent = progress.fraction === null ? null : Math.round(progress.fraction * 100);
  return (
    <div className="source-banner is-progress" role="status">
      <p>
        Opening <strong>{progress.fileName}</strong>…{percent !== null ? ` ${percent}%` : ''} The
        graph on screen stays until it is ready.
      </p>
      <progress
        className="open-progress"
        aria-label={`Opening ${progress.fileName}`}
        max={1}
        {...(progress.fraction === null ? {} : { value: progress.fraction })}
      />
      <button type="button" className="button small" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

/** The summary of an open that went through with nothing dropped, and its notes on request. */
export function OpenStatus({
  text,
  onDismiss,
  onViewReport,
}: {
  text: string;
  onDismiss: () => void;
  onViewReport?: (() => void) | undefined;
}) {
  return (
    <div className="source-banner is-status" role="status">
      <p>{text}</p>
      {onViewReport && (
        <button type="button" className="button small" onClick={onViewReport}>
          View report
        </button>
      )}
      <button type="button" className="button small" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}

export interface SourceLinesProps {
  origin: Origin;
  onForget: () => void;
  failure: string | null;
  onDismissFailure: () => void;
  progress: OpenProgress | null;
  onCancel: () => void;
  status: string | null;
  onDismissStatus: () => void;
  onViewReport?: (() => void) | undefined;
  linkSummary?: string | null;
  onViewLinkReport?: (() => void) | undefined;
}

/** Every line about the data under the header, in the order they matter. */
export function SourceLines(props: SourceLinesProps) {
  return (
    <>
      {props.failure !== null && (
        <SourceFailure message={props.failure} onDismiss={props.onDismissFailure} />
      )}
      {props.progress && <OpenProgressBar progress={props.progress} onCancel={props.onCancel} />}
      {props.status && (
        <OpenStatus
          text={props.status}
          onDismiss={props.onDismissStatus}
          onViewReport={props.onViewReport}
        />
      )}
      <SourceBanner
        origin={props.origin}
        onForget={props.onForget}
        linkSummary={props.linkSummary ?? null}
        onViewLinkReport={props.onViewLinkReport}
      />
    </>
  );
}
