/** The embed code's popover: the code to copy, its height, and what an embed of data kept here lacks. */
import type { Ref } from 'react';

import { EMBED_HEIGHTS, type EmbedHeight } from '../../domain/link/embedCode';
import type { ViewOnlyLink } from './CopyLink';

export interface EmbedCodePanelProps {
  id: string;
  fieldRef: Ref<HTMLTextAreaElement>;
  code: string;
  height: EmbedHeight;
  onHeight: (height: EmbedHeight) => void;
  status: string;
  viewOnly?: ViewOnlyLink | undefined;
  onCopy: () => void;
  onClose: () => void;
}

export function EmbedCodePanel({
  id,
  fieldRef,
  code,
  height,
  onHeight,
  status,
  viewOnly,
  onCopy,
  onClose,
}: EmbedCodePanelProps) {
  return (
    <div id={id} className="copy-fallback embed-code-panel" role="group" aria-label="Embed">
      <label htmlFor={`${id}-code`}>Embed code</label>
      <textarea
        id={`${id}-code`}
        ref={fieldRef}
        className="text-input embed-code-field"
        readOnly
        rows={6}
        value={code}
        onFocus={(event) => event.target.select()}
      />
      <fieldset className="embed-height">
        <legend>Height</legend>
        {EMBED_HEIGHTS.map((choice) => (
          <label key={choice} className="check">
            <input
              type="radio"
              name={`${id}-height`}
              checked={choice === height}
              onChange={() => onHeight(choice)}
            />{' '}
            {choice} px
          </label>
        ))}
      </fieldset>
      {viewOnly && (
        <p className="embed-warning" role="note">
          <strong>This embed shows the data only in this browser.</strong> The data (
          {viewOnly.dataName}) is kept here and does not travel in the link, so elsewhere the embed
          opens without it. To embed it for everyone, put the data on the web and open it by its
          address (Open…), then copy the embed code again.
        </p>
      )}
      {/* The visible twin of the status above, which screen readers have already heard. */}
      <p className="embed-code-status" aria-hidden="true">
        {status}
      </p>
      <div className="button-row">
        <button type="button" className="button small primary" onClick={onCopy}>
          Copy
        </button>
        {viewOnly && (
          <button type="button" className="button small" onClick={viewOnly.onDownload}>
            Download the data (graph.json)
          </button>
        )}
        <button type="button" className="button small" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
