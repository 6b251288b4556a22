/** Tells the user which parts of the link they opened could not be used, and lets them dismiss it. */
import { useId, useState } from 'react';

/**
 * Lines shown before "and N more": a link with many problems must not push the graph off the
 * screen. A single extra line is shown rather than hidden behind a button of the same height.
 */
export const NOTICE_LINES_SHOWN = 3;

export function LinkNotice({ lines, onDismiss }: { lines: string[]; onDismiss: () => void }) {
  const [expanded, setExpanded] = useState(false);
  const listId = useId();
  const collapsible = lines.length > NOTICE_LINES_SHOWN + 1;
  const shown = collapsible && !expanded ? lines.slice(0, NOTICE_LINES_SHOWN) : lines;
  return (
    // An alert, so it is announced on arrival even though it is rendered with its text.
    <div className={`link-notice${expanded ? ' is-expanded' : ''}`} role="alert">
      <p className="link-notice-title">
        <strong>Part of this link could not be used.</strong> The rest of the view is shown, and the
        address now holds the cleaned link.
      </p>
      <button type="button" className="button small link-notice-dismiss" onClick={onDismiss}>
        Dismiss
      </button>
      <ul
        id={listId}
        className="link-notice-list"
        // Expanded, the list scrolls within a capped height, so it must be reachable by keyboard.
        tabIndex={expanded ? 0 : undefined}
        aria-label={expanded ? 'Every part of the link that was not used' : undefined}
      >
        {shown.map((line) => (
          <li key={line} title={line}>
            {line}
          </li>
        ))}
      </ul>
      {collapsible && (
        <button
          type="button"
          className="link-button link-notice-more"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => setExpanded((open) => !open)}
        >
          {expanded ? 'Show fewer' : `and ${lines.length - NOTICE_LINES_SHOWN} more`}
        </button>
      )}
    </div>
  );
}
