/** A long list shown a page at a time, and the Previous and Next that turn its pages. */

/** One page of a list: its items, the page's number (from 0) of how many, and where it starts. */
export interface Page<T> {
  items: T[];
  page: number;
  pages: number;
  /** The index of the page's first item in the whole list. */
  first: number;
  total: number;
}

/** The page `page` of a list, `perPage` items a page; a page past the end is the last one. */
export function pageOf<T>(list: readonly T[], page: number, perPage: number): Page<T> {
  const pages = Math.ceil(list.length / perPage);
  const shown = Math.min(page, pages - 1);
  const first = shown * perPage;
  return {
    items: list.slice(first, first + perPage),
    page: shown,
    pages,
    first,
    total: list.length,
  };
}

/** Previous and Next, with "11–20 of 37" between them; nothing for a list of one page. */
export function Pager({
  className,
  label,
  of,
  onTurn,
}: {
  className: string;
  /** What is paged, for screen readers ("Pages of events"). */
  label: string;
  of: Page<unknown>;
  onTurn: (page: number) => void;
}) {
  const { page, pages, first, items, total } = of;
  if (pages <= 1) return null;
  return (
    <nav className={className} aria-label={label}>
      <button
        type="button"
        className="button small"
        disabled={page === 0}
        onClick={() => onTurn(page - 1)}
      >
        Previous
      </button>
      <span aria-live="polite">
        {first + 1}–{first + items.length} of {total.toLocaleString('en')}
      </span>
      <button
        type="button"
        className="button small"
        disabled={page >= pages - 1}
        onClick={() => onTurn(page + 1)}
      >
        Next
      </button>
    </nav>
  );
}
