/**
 * The Open dialog: a file from this computer (or dropped anywhere on the page), a file on the
 * web by its address, one of the shipped datasets, or a file opened before and kept here.
 */
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';

import { DATASET_IDS, datasetTitle } from '../../data/catalog';
import { type DataSource, hostOf } from '../../domain/dataSource';
import { httpAddress } from '../../domain/link/httpAddress';
import { MAX_IMPORT_BYTES, formatMegabytes } from '../../io/import/limits';
import type { RecentDataset } from '../data/serviceTypes';
import { Modal } from './Modal';

export interface OpenDialogProps {
  current: DataSource;
  /** Files kept in this browser, most recent first; null while they load. */
  recent: RecentDataset[] | null;
  /** One file, or two sheets chosen together. */
  onFiles: (files: readonly File[]) => void;
  onUrl: (url: string) => void;
  onBuiltin: (id: string) => void;
  onKept: (key: string, name: string) => void;
  onForgetKept: (key: string) => void;
  onClose: () => void;
}

/** The file types the picker suggests; any file may still be chosen and is sniffed by content. */
const ACCEPT = '.json,.csv,.tsv,.txt,.gexf,.graphml,.xml,.cyjs';

function sizeText(bytes: number): string {
  return bytes < 1024 * 100
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : formatMegabytes(bytes);
}

export function OpenDialog({
  current,
  recent,
  onFiles,
  onUrl,
  onBuiltin,
  onKept,
  onForgetKept,
  onClose,
}: OpenDialogProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [address, setAddress] = useState('');
  const [addressError, setAddressError] = useState<string | null>(null);
  const [titles, setTitles] = useState<Record<string, string>>({});
  const addressId = useId();
  const addressErrorId = useId();

  useEffect(() => {
    let cancelled = false;
    void Promise.all(DATASET_IDS.map(async (id) => [id, await datasetTitle(id)] as const)).then(
      (pairs) => {
        if (!cancelled) setTitles(Object.fromEntries(pairs));
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);

  const submitAddress = (event: FormEvent) => {
    event.preventDefault();
    const url = address.trim();
    if (httpAddress(url) === null) {
      setAddressError('Enter a web address that starts with https:// or http://.');
      return;
    }
    onUrl(url);
  };

  return (
    <Modal
      title="Open a graph"
      className="open-dialog"
      onClose={onClose}
      description="Nothing is uploaded: files are read in this browser."
    >
      <section className="open-section" aria-labelledby="open-file-heading">
        <h3 id="open-file-heading">From this computer</h3>
        <p className="open-hint">
          graph.json, CSV or TSV (a connections sheet, or choose it together with its elements
          sheet), GEXF, GraphML, Cytoscape, graphology or d3 JSON; up to{' '}
          {formatMegabytes(MAX_IMPORT_BYTES)}. You can also drop files anywhere on the page.
        </p>
        <input
          ref={fileInput}
          className="visually-hidden"
          type="file"
          accept={ACCEPT}
          multiple
          tabIndex={-1}
          aria-hidden="true"
          data-testid="open-file-input"
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            if (files.length > 0) onFiles(files);
          }}
        />
        <button type="button" className="button primary" onClick={() => fileInput.current?.click()}>
          Choose a file…
        </button>
      </section>

      <section className="open-section" aria-labelledby="open-url-heading">
        <h3 id="open-url-heading">From the web</h3>
        <form className="open-url" onSubmit={submitAddress} noValidate>
          <label htmlFor={addressId}>Address of the file</label>
          <input
            id={addressId}
            className="text-input"
            type="url"
            inputMode="url"
            placeholder="https://example.org/graph.json"
            value={address}
            aria-invalid={addressError !== null}
            aria-describedby={addressError ? addressErrorId : undefined}
            onChange={(event) => {
              setAddress(event.target.value);
              setAddressError(null);
            }}
          />
          <button type="submit" className="button">
            Open address
          </button>
          {addressError && (
            <p id={addressErrorId} className="field-error">
              {addressError}
            </p>
          )}
        </form>
        <p className="open-hint">
          The browser fetches it; the site must allow that (CORS). The link then names the address,
          so whoever opens it sees the same data.
        </p>
      </section>

      <section className="open-section" aria-labelledby="open-builtin-heading">
        <h3 id="open-builtin-heading">Shipped with Actor Graph</h3>
        <ul className="open-list">
          {DATASET_IDS.map((id) => {
            const isCurrent = current.kind === 'builtin' && current.id === id;
            return (
              <li key={id}>
                <button
                  type="button"
                  className="link-button"
                  aria-current={isCurrent ? 'true' : undefined}
                  onClick={() => onBuiltin(id)}
                >
                  {titles[id] ?? id}
                </button>
                {isCurrent && <span className="muted"> (open)</span>}
              </li>
            );
          })}
        </ul>
      </section>

      <section className="open-section" aria-labelledby="open-recent-heading">
        <h3 id="open-recent-heading">Opened before in this browser</h3>
        {recent === null ? (
          <p className="open-hint">Looking…</p>
        ) : recent.length === 0 ? (
          <p className="open-hint">None yet. Files you open are kept here until you forget them.</p>
        ) : (
          <ul className="open-list">
            {recent.map((entry) => {
              const isCurrent = current.kind === 'file' && current.key === entry.key;
              return (
                <li key={entry.key} className="recent-entry">
                  <button
                    type="button"
                    className="link-button"
                    aria-current={isCurrent ? 'true' : undefined}
                    onClick={() => onKept(entry.key, entry.name)}
                  >
                    {entry.name}
                  </button>
                  <span className="muted">
                    {' '}
                    {entry.title !== entry.name ? `${entry.title}, ` : ''}
                    {sizeText(entry.size)}, {new Date(entry.openedAt).toLocaleString()}
                  </span>
                  <button
                    type="button"
                    className="button small"
                    aria-label={`Forget ${entry.name}`}
                    onClick={() => onForgetKept(entry.key)}
                  >
                    Forget
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      {current.kind === 'url' && (
        <p className="open-hint">Open now: data from {hostOf(current.url)}.</p>
      )}
    </Modal>
  );
}
