/** A relation's evidence as the details show it: a quote, a source page, or both. */
import { Fragment, type ReactNode } from 'react';

import type { Attribute, Evidence } from '../../domain/dataset';
import { QuoteLink } from './Quote';
import { safeExternalUrl } from './SourceNote';

/** What a relation without any evidence says instead, so its absence is never mistaken for a gap. */
export const NO_EVIDENCE = 'No quote or source in the data';

/**
 * One piece of evidence. The quote opens the article at its sentence when `onOpenQuote` is given
 * (only a dataset with an article has somewhere to open); the source page is a link only when
 * it is http(s), and otherwise shown as text.
 */
export function EvidenceItem({
  evidence,
  onOpenQuote,
  reporter,
}: {
  evidence: Evidence;
  onOpenQuote?: (quote: string) => void;
  reporter?: ReactNode;
}) {
  const { quote, url } = evidence;
  return (
    <>
      {quote !== undefined && (
        <QuoteLink
          quote={quote}
          {...(onOpenQuote ? { onOpen: () => onOpenQuote(quote) } : {})}
          reporter={reporter}
        />
      )}
      {url !== undefined && <SourceLink url={url} />}
    </>
  );
}

/** "Source: example.org/report" as a link that opens in a new tab, with nothing of ours sent along. */
export function SourceLink({ url }: { url: string }) {
  const safe = safeExternalUrl(url);
  return (
    <p className="evidence-source">
      <span className="muted">Source: </span>
      {safe ? (
        <a href={safe} target="_blank" rel="noopener noreferrer">
          <bdi>{url}</bdi>
        </a>
      ) : (
        <bdi>{url}</bdi>
      )}
    </p>
  );
}

/** A file's own attributes, as name and value, in the order the file gives them. */
export function AttributeList({ attributes }: { attributes: readonly Attribute[] | undefined }) {
  if (!attributes || attributes.length === 0) return null;
  return (
    <dl className="facts attributes">
      {attributes.map((attribute, index) => (
        // Names may repeat in a file; the position keeps each pair apart.
        <Fragment key={`${index} ${attribute.name}`}>
          {/* Each a block of its own: a right-to-left override in it stays inside. */}
          <dt>{attribute.name}</dt>
          <dd>{String(attribute.value)}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
