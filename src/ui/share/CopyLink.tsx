/**
 * "Copy link": copies the address of the current view with the Clipboard API; where the
 * browser refuses, shows the link in a selected text field to copy by hand.
 */
import { useEffect, useRef, useState } from 'react';

type CopyState = 'idle' | 'copied' | 'manual';

/** `getLink` returns the address of the view on screen. */
export function CopyLink({ getLink }: { getLink: () => string }) {
  const [state, setState] = useState<CopyState>('idle');
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
        Copy link
      </button>
      <span className="copy-status" role="status">
        {state === 'copied' ? 'Link copied' : ''}
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
    </div>
  );
}
