/**
 * "Copy link": copies the address of the current view with the Clipboard API; where the
 * browser refuses, shows the link in a selected text field to copy by hand.
 */
import { useEffect, useRef, useState } from 'react';

type CopyState = 'idle' | 'copied' | 'manual';

/**
 * When the data on screen is too big to travel in a link: the link then names the view only,
 * and the receiver needs the data file too.
 */
export interface ViewOnlyLink {
  /** The file the data was opened from ("connections.csv"). */
  dataName: string;
  /** Downloads the data as graph.json, to send along with the link. */
  onDownload: () => void;
}

/** `getLink` returns the address of the view on screen. */
export function CopyLink({
  getLink,
  viewOnly,
}: {
  getLink: () => string;
  viewOnly?: ViewOnlyLink;
}) {
  const [state, setState] = useState<CopyState>('idle');
  const [noteOpen, setNoteOpen] = useState(false);
  const [link, setLink] = useState('');
  const field = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (state === 'manual') field.current?.select();
    if (state !== 'copied') return;
    const timer = window.setTimeout(() => setState('idle'), 2000);
    return () => window.clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    const href = getLink();
    setLink(href);
    setNoteOpen(viewOnly !== undefined);
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(href);
      setState('copied');
    } catch {
      setState('manual');
    }
  };

  // Closing the fallback removes the element that has focus: focus goes back to the button.
  const closeFallback = () => {
    setState('idle');
    button.current?.focus();
  };

  return (
    <div className="copy-link">
      <button ref={button} type="button" className="button" onClick={() => void copy()}>
        {viewOnly ? 'Copy link (view only)' : 'Copy link'}
      </button>
      <span className="copy-status" role="status">
        {/* With the view-only note open, the note says it (the two would overlap). */}
        {state === 'copied' && !(viewOnly && noteOpen) ? 'Link copied' : ''}
      </span>
      {state === 'manual' && (
        <div
          className="copy-fallback"
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            event.stopPropagation();
            closeFallback();
          }}
        >
          <label htmlFor="copy-link-field">Copy this link:</label>
          <input
            id="copy-link-field"
            ref={field}
            className="text-input"
            readOnly
            value={link}
            onFocus={(event) => event.target.select()}
          />
          <button type="button" className="button small" onClick={closeFallback}>
            Close
          </button>
        </div>
      )}
      {viewOnly && noteOpen && state !== 'manual' && (
        <div
          className="copy-fallback copy-note"
          role="note"
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            event.stopPropagation();
            setNoteOpen(false);
            button.current?.focus();
          }}
        >
          <p>
            {state === 'copied' ? 'Link copied. ' : ''}
            <strong>This link carries the view only.</strong> The data ({viewOnly.dataName}) is kept
            in this browser and is too big to travel inside a link, so send the data file along: the
            receiver opens it, then the link.
          </p>
          <div className="button-row">
            <button type="button" className="button small" onClick={viewOnly.onDownload}>
              Download the data (graph.json)
            </button>
            <button
              type="button"
              className="button small"
              onClick={() => {
                setNoteOpen(false);
                button.current?.focus();
              }}
            >
              Close
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
