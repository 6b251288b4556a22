/**
 * "8 of 9": how many of a kind or type the graph shows, out of how many the dataset has. The
 * filters and the legend both use it, so their numbers always count the same thing; screen
 * readers hear "8 of 9 shown".
 */
export function ShownCount({ shown, total }: { shown: number; total: number }) {
  return (
    <span className="count">
      {shown} of {total} <span className="visually-hidden">shown</span>
    </span>
  );
}
