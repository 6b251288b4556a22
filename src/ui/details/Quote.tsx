import type { ReactNode } from 'react';

/**
 * An evidence quote that opens the article at the sentence it comes from (given `onOpen`: a
 * dataset without an article has nowhere to open it); `reporter` names who reported the quoted
 * statement, where the article says so ("Reported by TASS").
 */
export function QuoteLink({
  quote,
  onOpen,
  reporter,
}: {
  quote: string;
  onOpen?: (() => void) | undefined;
  reporter?: ReactNode;
}) {
  return (
    <blockquote className="quote">
      <span className="quote-text">
        “<bdi>{quote}</bdi>”
      </span>{' '}
      {reporter && <span className="quote-reporter">Reported by {reporter}. </span>}
      {onOpen && (
        <button type="button" className="link-button" onClick={onOpen}>
          Show in article
        </button>
      )}
    </blockquote>
  );
}
