/** Links at the very top of the page, shown when focused, that take keyboard users past the header. */

export interface SkipTarget {
  /** The id of a focusable element. */
  targetId: string;
  label: string;
}

export function SkipLinks({ targets, inert }: { targets: SkipTarget[]; inert?: boolean }) {
  return (
    <div className="skip-links" inert={inert}>
      {targets.map(({ targetId, label }) => (
        <a
          key={targetId}
          className="skip-link"
          href={`#${targetId}`}
          onClick={(event) => {
            // Focus moves without a fragment in the address, which is the view's permalink.
            event.preventDefault();
            document.getElementById(targetId)?.focus();
          }}
        >
          {label}
        </a>
      ))}
    </div>
  );
}
