/** Where the dataset's text comes from, as far as the dataset knows it. */
import type { DatasetSource } from '../../domain/dataset';
import { httpAddress } from '../../domain/link/httpAddress';

/** The URL if it is http(s); anything else (javascript:, data:) is never made a link. */
export function safeExternalUrl(url: string | undefined): string | null {
  if (!url) return null;
  return httpAddress(url)?.href ?? null;
}

export function SourceNote({ source }: { source: DatasetSource }) {
  const url = safeExternalUrl(source.url);
  const facts = [source.title, source.publisher, source.published].filter((fact): fact is string =>
    Boolean(fact),
  );
  return (
    <section className="source-note" aria-label="Source">
      <h3 className="section-heading">Source</h3>
      {facts.length > 0 && (
        <p>
          {facts.map((fact, index) => (
            <span key={index}>
              {index > 0 && ' · '}
              <bdi>{fact}</bdi>
            </span>
          ))}
        </p>
      )}
      {url && (
        <p>
          <a href={url} target="_blank" rel="noopener noreferrer">
            <bdi>{url}</bdi>
          </a>
        </p>
      )}
      {source.note && (
        <p className="muted">
          <bdi>{source.note}</bdi>
        </p>
      )}
    </section>
  );
}
