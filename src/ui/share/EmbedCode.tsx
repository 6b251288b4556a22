/**
 * "Copy embed code": copies an <iframe> of the view on screen, embedded (`embed=1`), for a page
 * that places the graph beside its story, and shows the code in a popover with a choice of
 * height and a Copy button, or to copy by hand where the browser refuses.
 */
import { Suspense, lazy, useEffect, useId, useRef, useState } from 'react';

import { DEFAULT_EMBED_HEIGHT, type EmbedHeight, embedCode } from '../../domain/link/embedCode';
import type { ViewOnlyLink } from './CopyLink';

// The popover loads on the first press; the code is copied at once all the same.
const EmbedCodePanel = lazy(() =>
  import('./EmbedCodePanel').then((module) => ({ default: module.EmbedCodePanel })),
);

const COPIED = 'Embed code copied';
const REFUSED = 'The browser did not allow copying: the code is selected, copy it by hand.';

export function EmbedCode({
  getLink,
  datasetTitle,
  viewOnly,
}: {
  /** The address of the view on screen, embedded. */
  getLink: () => string;
  datasetTitle: string;
  /** Set when the link cannot carry the data on screen (see CopyLink). */
  viewOnly?: ViewOnlyLink | undefined;
}) {
  const [open, setOpen] = useState(false);
  const [link, setLink] = useState('');
  const [height, setHeight] = useState<EmbedHeight>(DEFAULT_EMBED_HEIGHT);
  const [status, setStatus] = useState('');
  const button = useRef<HTMLButtonElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const container = useRef<HTMLDivElement>(null);
  const id = useId();
  const code = embedCode({ src: link, datasetTitle, height });

  useEffect(() => {
    if (status === REFUSED) field.current?.focus();
    if (status !== COPIED) return;
    const timer = window.setTimeout(() => setStatus(''), 4000);
    return () => window.clearTimeout(timer);
  }, [status]);

  // A press anywhere outside closes the popover, as the Export menu does.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!container.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const copy = async (text: string) => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setStatus(COPIED);
    } catch {
      setStatus(REFUSED);
    }
  };

  const start = () => {
    const src = getLink();
    setLink(src);
    setOpen(true);
    void copy(embedCode({ src, datasetTitle, height }));
  };

  const close = () => {
    setOpen(false);
    setStatus('');
    button.current?.focus();
  };

  return (
    <div
      ref={container}
      className="copy-link embed-code"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        event.stopPropagation();
        close();
      }}
    >
      <button
        ref={button}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={start}
      >
        {/* A phone's header has room for one word; the name says it all either way. */}
        <span className="embed-label-long">Copy embed code</span>
        <span className="embed-label-short" aria-hidden="true">
          Embed
        </span>
      </button>
      {/* Always there, so what it says is announced; the popover shows it on screen. */}
      <span className="visually-hidden" role="status">
        {status}
      </span>
      {open && (
        <Suspense fallback={null}>
          <EmbedCodePanel
            id={id}
            fieldRef={field}
            code={code}
            height={height}
            onHeight={setHeight}
            status={status}
            viewOnly={viewOnly}
            onCopy={() => void copy(code)}
            onClose={close}
          />
        </Suspense>
      )}
    </div>
  );
}
