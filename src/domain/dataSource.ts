/**
 * Where the open dataset comes from. The link names it (`dataset`, `src`, `file`, `#data=`), so
 * it is part of what a view is; and anything not built in is always shown to the receiver, so a
 * link cannot pass off foreign data as ours.
 */

/**
 * Data a link names that is not built in: a file on the web (`src`, fetched by the receiver's
 * browser) or a dataset kept in the sender's browser (`file`, a storage key).
 */
export type LinkedData = { kind: 'url'; url: string } | { kind: 'file'; key: string };

export type DataSource =
  /** A dataset shipped with the app, by id. */
  | { kind: 'builtin'; id: string }
  /** A file on the web, fetched by the browser (`?src=`). */
  | { kind: 'url'; url: string }
  /** Data carried in the link itself (`#data=`, compressed), never sent to a server. */
  | { kind: 'link'; data: string }
  /**
   * A file the user opened, kept in this browser under `key` (`?file=`). `data` is the same
   * dataset compressed into the link when it is small enough, so the link works elsewhere too.
   */
  | { kind: 'file'; key: string; data: string | null };

/**
 * The source a link names, by precedence: `#data` > `src` > `file` > `dataset`. `file` with
 * `#data` is how a small opened file is written: kept here, and carried for anyone else.
 */
export function sourceOfLink(
  datasetId: string,
  linked: LinkedData | null,
  data: string | null,
): { source: DataSource; ignored: string[] } {
  if (data !== null) {
    if (linked?.kind === 'file') return { source: { ...linked, data }, ignored: [] };
    return {
      source: { kind: 'link', data },
      ignored: linked ? ['ignored "src" because the link carries its data'] : [],
    };
  }
  if (linked?.kind === 'url') return { source: linked, ignored: [] };
  if (linked?.kind === 'file') return { source: { ...linked, data: null }, ignored: [] };
  return { source: { kind: 'builtin', id: datasetId }, ignored: [] };
}

/** What the query names of a source (the fragment carries the rest). */
export function linkedOf(source: DataSource): LinkedData | null {
  if (source.kind === 'url') return { kind: 'url', url: source.url };
  if (source.kind === 'file') return { kind: 'file', key: source.key };
  return null;
}

/** The data a source carries in the link's fragment, if any. */
export function fragmentDataOf(source: DataSource): string | null {
  if (source.kind === 'link') return source.data;
  if (source.kind === 'file') return source.data;
  return null;
}

/** One string per dataset a source names: two sources with the same key open the same data. */
export function sourceKey(source: DataSource): string {
  switch (source.kind) {
    case 'builtin':
      return `builtin:${source.id}`;
    case 'url':
      return `url:${source.url}`;
    case 'link':
      return `link:${source.data}`;
    case 'file':
      return `file:${source.key}`;
  }
}

/** The host a web address names, for "Data from example.org". */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
