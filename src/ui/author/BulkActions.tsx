/** Accepting many at once: every pending suggestion of a type, or at least this confident. */
import { useMemo, useState } from 'react';

import { type Command, type ReviewedRelation, typeLabel } from '../../coder/draft';

const THRESHOLDS = [0.9, 0.8, 0.7, 0.6, 0.5] as const;

export function BulkActions({
  reviewed,
  perform,
}: {
  reviewed: readonly ReviewedRelation[];
  perform: (command: Command) => void;
}) {
  const pendingTypes = useMemo(() => {
    const counts = new Map<string, number>();
    for (const { relation, state } of reviewed) {
      if (state === 'pending') counts.set(relation.type, (counts.get(relation.type) ?? 0) + 1);
    }
    return [...counts].sort(([a], [b]) => a.localeCompare(b));
  }, [reviewed]);
  const [chosenType, setChosenType] = useState('');
  const [threshold, setThreshold] = useState<number>(0.8);
  const type = pendingTypes.some(([id]) => id === chosenType)
    ? chosenType
    : (pendingTypes[0]?.[0] ?? '');
  const confident = reviewed.filter(
    ({ relation, state }) => state === 'pending' && relation.confidence >= threshold,
  ).length;

  return (
    <div className="author-bulk" role="group" aria-label="Accept many">
      <div className="author-bulk-row">
        <label className="author-field author-inline">
          <span className="author-field-label">Type</span>
          <select
            className="select"
            value={type}
            disabled={pendingTypes.length === 0}
            onChange={(event) => setChosenType(event.target.value)}
          >
            {pendingTypes.map(([id, count]) => (
              <option key={id} value={id}>
                {typeLabel(id)} ({count} pending)
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button small"
          disabled={type === ''}
          onClick={() => perform({ kind: 'accept-type', type })}
        >
          {type === '' ? 'Accept all of a type' : `Accept all ${type}`}
        </button>
      </div>
      <div className="author-bulk-row">
        <label className="author-field author-inline">
          <span className="author-field-label">Confidence</span>
          <select
            className="select"
            value={threshold}
            onChange={(event) => setThreshold(Number(event.target.value))}
          >
            {THRESHOLDS.map((value) => (
              <option key={value} value={value}>
                {value} or more
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button small"
          disabled={confident === 0}
          onClick={() => perform({ kind: 'accept-confident', threshold })}
        >
          Accept all at {threshold} or above ({confident})
        </button>
      </div>
      <p className="author-hint muted">Rejected suggestions stay rejected.</p>
    </div>
  );
}
