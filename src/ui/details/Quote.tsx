/** An evidence quote that opens the article at the sentence it comes from. */
export function QuoteLink({ quote, onOpen }: { quote: string; onOpen: () => void }) {
  return (
    <blockquote className="quote">
      <span className="quote-text">“{quote}”</span>{' '}
      <button type="button" className="link-button" onClick={onOpen}>
        Show in article
      </button>
    </blockquote>
  );
}
