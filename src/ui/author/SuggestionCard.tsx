/**
 * One suggestion: who does what to whom, how sure the coder is and why, the quote, and explicit
 * Accept and Reject buttons (never an ambiguous click). Keys on the card: `a` accepts, `r`
 * rejects, `e` opens the editor; the list handles `j`/`k` and the arrows.
 */
import { type KeyboardEvent, memo, useId } from 'react';

import {
  type ActorLabel,
  type Command,
  type ReviewedRelation,
  relationArrow,
} from '../../coder/draft';
import type { SuggestedActor } from '../../coder/types';
import { relationStatus } from '../../domain/relationStatuses';
import { RelationEditor } from './RelationEditor';

export interface SuggestionCardProps {
  reviewed: ReviewedRelation;
  text: string;
  actors: readonly SuggestedActor[];
  label: ActorLabel;
  /** The suggestion being reviewed: its sentence is highlighted in the text. */
  focused: boolean;
  /** The one card in the Tab order. */
  tabbable: boolean;
  editing: boolean;
  perform: (command: Command) => void;
  onFocus: (id: string) => void;
  onToggleEdit: (id: string) => void;
  /** `j`/`k`/arrows: move to the next (1) or previous (-1) card. */
  onMove: (id: string, step: 1 | -1) => void;
}

const STATE_WORDS = { pending: 'Pending', accepted: 'Accepted', rejected: 'Rejected' } as const;

/** Whether a key press belongs to a field being typed or chosen in, not to the card. */
function inField(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement;
  return ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName) || target.isContentEditable;
}

function Chips({ reviewed, label }: { reviewed: ReviewedRelation; label: ActorLabel }) {
  const { relation } = reviewed;
  const chips = [
    relation.status && relationStatus(relation.status).label,
    relation.allegedBy && `Claimed by ${label(relation.allegedBy)}`,
    relation.reportedBy && `Reported by ${label(relation.reportedBy)}`,
    relation.when && `When: ${relation.when}`,
    reviewed.added && 'Added by you',
    reviewed.edited && 'Edited',
  ].filter((chip): chip is string => Boolean(chip));
  if (chips.length === 0) return null;
  return (
    <ul className="author-chips" aria-label="About this suggestion">
      {chips.map((chip) => (
        <li key={chip} className="author-chip">
          {chip}
        </li>
      ))}
    </ul>
  );
}

function Card({
  reviewed,
  text,
  actors,
  label,
  focused,
  tabbable,
  editing,
  perform,
  onFocus,
  onToggleEdit,
  onMove,
}: SuggestionCardProps) {
  const { relation, state } = reviewed;
  const titleId = useId();
  const editorId = useId();
  const { id } = relation;
  const decide = (decision: 'accept' | 'reject') => {
    const already = state === (decision === 'accept' ? 'accepted' : 'rejected');
    perform(already ? { kind: 'undecide', id } : { kind: decision, id });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (inField(event) || event.altKey || event.ctrlKey || event.metaKey) return;
    const actions: Record<string, () => void> = {
      a: () => perform({ kind: 'accept', id }),
      r: () => perform({ kind: 'reject', id }),
      e: () => onToggleEdit(id),
      j: () => onMove(id, 1),
      k: () => onMove(id, -1),
      ArrowDown: () => onMove(id, 1),
      ArrowUp: () => onMove(id, -1),
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  return (
    <li
      className={`author-card is-${state}${focused ? ' is-focused' : ''}`}
      data-suggestion={id}
      tabIndex={tabbable ? 0 : -1}
      aria-labelledby={titleId}
      onKeyDown={onKeyDown}
      onFocus={() => onFocus(id)}
    >
      <div className="author-card-head">
        <h4 id={titleId} className="author-card-title">
          {relationArrow(relation, label)}
        </h4>
        <span className={`author-state is-${state}`}>{STATE_WORDS[state]}</span>
      </div>
      <Chips reviewed={reviewed} label={label} />
      <blockquote className="author-quote">
        {text.slice(relation.quote.start, relation.quote.end)}
      </blockquote>
      <p className="author-why">
        Why: “{relation.why.trigger}” — {relation.why.explanation} ({relation.why.rule}, confidence{' '}
        {relation.confidence.toFixed(2)})
      </p>
      {relation.notes.length > 0 && (
        <ul className="author-notes">
          {relation.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <div className="author-button-row">
        <button
          type="button"
          className="button small author-accept"
          aria-pressed={state === 'accepted'}
          aria-describedby={titleId}
          onClick={() => decide('accept')}
        >
          Accept
        </button>
        <button
          type="button"
          className="button small author-reject"
          aria-pressed={state === 'rejected'}
          aria-describedby={titleId}
          onClick={() => decide('reject')}
        >
          Reject
        </button>
        <button
          type="button"
          className="button small"
          aria-expanded={editing}
          aria-controls={editing ? editorId : undefined}
          onClick={() => onToggleEdit(id)}
        >
          Edit
        </button>
      </div>
      {editing && (
        <div id={editorId}>
          <RelationEditor reviewed={reviewed} text={text} actors={actors} perform={perform} />
        </div>
      )}
    </li>
  );
}

/** A card redraws only when what it shows changed (a review may hold thousands). */
export const SuggestionCard = memo(
  Card,
  (before, after) =>
    before.focused === after.focused &&
    before.tabbable === after.tabbable &&
    before.editing === after.editing &&
    before.label === after.label &&
    before.actors === after.actors &&
    before.text === after.text &&
    before.perform === after.perform &&
    before.reviewed.state === after.reviewed.state &&
    before.reviewed.edited === after.reviewed.edited &&
    JSON.stringify(before.reviewed.relation) === JSON.stringify(after.reviewed.relation),
);
