/**
 * The table view: every visible relation as a row, sortable by any column. It always lists
 * exactly what the graph shows, and is the accessible alternative to the canvas.
 */
import { useEffect, useMemo, useRef, useState } from 'react';

import type { Relation } from '../../domain/dataset';
import { useExplorerDataset, useSelection, useView } from '../view/ExplorerContext';
import { type DatasetLookup, countOf, relationSentence, statusNote } from '../view/describe';

const COLUMNS = [
  { id: 'source', label: 'Source' },
  { id: 'type', label: 'Type' },
  { id: 'target', label: 'Target' },
  { id: 'quote', label: 'Quote' },
] as const;

type ColumnId = (typeof COLUMNS)[number]['id'];
type Sort = { column: ColumnId; ascending: boolean } | null;

function cellText(relation: Relation, column: ColumnId, lookup: DatasetLookup): string {
  switch (column) {
    case 'source':
      return lookup.actorLabel(relation.source);
    case 'target':
      return lookup.actorLabel(relation.target);
    case 'type':
      return lookup.type(relation.type).label;
    case 'quote':
      return firstQuote(relation) ?? '';
  }
}

function firstQuote(relation: Relation): string | undefined {
  return relation.evidence.find((evidence) => evidence.quote !== undefined)?.quote;
}

/** The web page a relation without a quote cites, as its host name ("example.org"), for the quote cell. */
function sourceHost(relation: Relation): string | undefined {
  const url = relation.evidence.find((evidence) => evidence.url !== undefined)?.url;
  if (url === undefined) return undefined;
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}

export function RelationTable() {
  const { dataset, lookup } = useExplorerDataset();
  const { visible } = useView();
  const { selection, onSelect } = useSelection();
  const [sort, setSort] = useState<Sort>(null);
  const selectedRow = useRef<HTMLTableRowElement>(null);
  const rows = useMemo(() => {
    const shown = dataset.relations.filter((relation) => visible.relationIds.has(relation.id));
    if (!sort) return shown;
    const direction = sort.ascending ? 1 : -1;
    return [...shown].sort(
      (a, b) =>
        direction *
        cellText(a, sort.column, lookup).localeCompare(cellText(b, sort.column, lookup)),
    );
  }, [dataset, visible, sort, lookup]);
  const selectedId = selection?.kind === 'relation' ? selection.id : null;

  useEffect(() => {
    selectedRow.current?.scrollIntoView?.({ block: 'nearest' });
  }, [selectedId]);

  if (rows.length === 0) {
    return <p className="empty-note">No relation is shown. Loosen the filters to see some.</p>;
  }
  return (
    <div className="table-wrap">
      <table className="relation-table">
        <caption className="visually-hidden">
          {countOf(rows.length, 'relation')} shown{sort ? `, sorted by ${sort.column}` : ''}
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => {
              const active = sort?.column === column.id;
              return (
                <th
                  key={column.id}
                  scope="col"
                  data-column={column.id}
                  aria-sort={active ? (sort.ascending ? 'ascending' : 'descending') : undefined}
                >
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() =>
                      setSort({ column: column.id, ascending: active ? !sort.ascending : true })
                    }
                  >
                    {column.label}
                    <span aria-hidden="true">{active ? (sort.ascending ? ' ▲' : ' ▼') : ''}</span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((relation) => {
            const selected = relation.id === selectedId;
            return (
              <tr
                key={relation.id}
                ref={selected ? selectedRow : undefined}
                className={selected ? 'is-current' : undefined}
                aria-current={selected ? 'true' : undefined}
                data-relation={relation.id}
                onClick={() => onSelect({ kind: 'relation', id: relation.id })}
              >
                <td>{cellText(relation, 'source', lookup)}</td>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`Select: ${relationSentence(relation, lookup)}`}
                    onClick={(event) => {
                      event.stopPropagation();
                      onSelect({ kind: 'relation', id: relation.id });
                    }}
                  >
                    {cellText(relation, 'type', lookup)}
                  </button>
                  {/* A marker, not a column: the panel is narrow, and most rows would repeat the default. */}
                  {statusNote(relation) && (
                    <span className="status-note">{statusNote(relation)}</span>
                  )}
                </td>
                <td>{cellText(relation, 'target', lookup)}</td>
                <td className="quote-cell">
                  {firstQuote(relation) !== undefined ? (
                    `“${firstQuote(relation)}”`
                  ) : (
                    <span className="muted">
                      {sourceHost(relation) ? `Source: ${sourceHost(relation)}` : 'No quote'}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
