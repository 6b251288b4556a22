/** Previous and Next over a list shown a page at a time, with "11–20 of 37" between them. */
export function Pager({
  className,
  label,
  page,
  pages,
  first,
  shown,
  total,
  onTurn,
}: {
  className: string;
  /** What is paged, for screen readers ("Pages of events"). */
  label: string;
  /** The page shown, from 0, of `pages`. */
  page: number;
  pages: number;
  /** The index of the first item on the page, and how many the page shows. */
  first: number;
  shown: number;
  total: number;
  onTurn: (page: number) => void;
}) {
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
        {first + 1}–{first + shown} of {total.toLocaleString('en')}
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
