/** Tells the user which parts of the link they opened could not be used, and lets them dismiss it. */
export function LinkNotice({ lines, onDismiss }: { lines: string[]; onDismiss: () => void }) {
  return (
    // An alert, so it is announced on arrival even though it is rendered with its text.
    <div className="link-notice" role="alert">
      <div>
        <p className="link-notice-title">
          <strong>Part of this link could not be used.</strong> The rest of the view is shown, and
          the address now holds the cleaned link.
        </p>
        <ul className="link-notice-list">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>
      <button type="button" className="button small" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
