/**
 * The drafts kept in this browser, listed in the New from text dialog: each with its title and
 * when it last changed, to reopen or forget. Forgetting deletes a person's review, so it asks
 * once more.
 */
import { useId, useState } from 'react';

export interface DraftEntry {
  id: string;
  title: string;
  /** Milliseconds since 1970. */
  updatedAt: number;
}

export interface IntakeDraftsProps {
  drafts: readonly DraftEntry[];
  onReopen(id: string): void;
  onForgetDraft(id: string): void;
}

export function IntakeDrafts({ drafts, onReopen, onForgetDraft }: IntakeDraftsProps) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const headingId = useId();
  return (
    <section className="open-section" aria-labelledby={headingId}>
      <h3 id={headingId}>Your drafts</h3>
      <ul className="open-list intake-drafts">
        {drafts.map((draft) => {
          const title = draft.title.trim() || 'Untitled draft';
          return (
            <li key={draft.id} className="intake-draft">
              <span className="intake-draft-title">{title}</span>{' '}
              <span className="muted">changed {new Date(draft.updatedAt).toLocaleString()}</span>
              <span className="intake-draft-actions">
                {confirming === draft.id ? (
                  <>
                    <button
                      type="button"
                      className="button small"
                      aria-label={`Forget ${title} for good`}
                      onClick={() => onForgetDraft(draft.id)}
                    >
                      Forget for good
                    </button>
                    <button
                      type="button"
                      className="button small"
                      onClick={() => setConfirming(null)}
                    >
                      Keep
                    </button>
                  </>
                ) : (
                  <>
                    <button
                      type="button"
                      className="button small"
                      aria-label={`Reopen ${title}`}
                      onClick={() => onReopen(draft.id)}
                    >
                      Reopen
                    </button>
                    <button
                      type="button"
                      className="button small"
                      aria-label={`Forget ${title}`}
                      onClick={() => setConfirming(draft.id)}
                    >
                      Forget
                    </button>
                  </>
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
