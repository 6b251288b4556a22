/**
 * The suggestions, grouped by the sentence they come from, with the bulk accepts on top. One
 * card at a time is in the Tab order (the focused one); `j`/`k` and the arrows move between them.
 */
import { useCallback, useMemo, useRef, useState } from 'react';

import {
  type ActorLabel,
  type Command,
  type ReviewState,
  type ReviewedRelation,
} from '../../coder/draft';
import type { SuggestedActor } from '../../coder/types';
import { BulkActions } from './BulkActions';
import { SuggestionCard } from './SuggestionCard';

export interface SuggestionListProps {
  reviewed: readonly ReviewedRelation[];
  text: string;
  actors: readonly SuggestedActor[];
  label: ActorLabel;
  focusedId: string | null;
  onFocus: (id: string) => void;
  perform: (command: Command) => void;
}

const SHOWN = [
  { id: 'all', label: 'All' },
  { id: 'pending', label: 'Pending' },
  { id: 'accepted', label: 'Accepted' },
  { id: 'rejected', label: 'Rejected' },
] as const;

type Shown = (typeof SHOWN)[number]['id'];

function groupsOf(reviewed: readonly ReviewedRelation[]) {
  const bySentence = new Map<number, ReviewedRelation[]>();
  for (const item of reviewed) {
    const sentence = item.relation.sentence;
    bySentence.set(sentence, [...(bySentence.get(sentence) ?? []), item]);
  }
  return [...bySentence].sort(([a], [b]) => a - b);
}

/** The suggestions pane. */
export function SuggestionList({
  reviewed,
  text,
  actors,
  label,
  focusedId,
  onFocus,
  perform,
}: SuggestionListProps) {
  const [shown, setShown] = useState<Shown>('all');
  const [editing, setEditing] = useState<string | null>(null);
  const list = useRef<HTMLDivElement>(null);
  const visible = useMemo(
    () => reviewed.filter(({ state }) => shown === 'all' || state === (shown as ReviewState)),
    [reviewed, shown],
  );
  const groups = useMemo(() => groupsOf(visible), [visible]);
  const order = useMemo(
    () => groups.flatMap(([, items]) => items.map((i) => i.relation.id)),
    [groups],
  );
  const tabbable = focusedId !== null && order.includes(focusedId) ? focusedId : order[0];

  // Read from the page, so the callback stays the same and the cards need not redraw.
  const onMove = useCallback((id: string, step: 1 | -1) => {
    const cards = [...(list.current?.querySelectorAll<HTMLElement>('[data-suggestion]') ?? [])];
    const next = cards[cards.findIndex((card) => card.dataset.suggestion === id) + step];
    next?.focus();
    next?.scrollIntoView?.({ block: 'nearest' });
  }, []);

  const onToggleEdit = useCallback((id: string) => {
    setEditing((current) => (current === id ? null : id));
    // The editor's first field takes focus once it is drawn.
    requestAnimationFrame(() => {
      const card = list.current?.querySelector(`[data-suggestion="${id}"]`);
      card?.querySelector<HTMLElement>('.author-editor select')?.focus();
    });
  }, []);

  return (
    <section className="author-pane author-list-pane" aria-labelledby="author-list-heading">
      <h2 id="author-list-heading" className="author-pane-heading">
        Suggestions
      </h2>
      <BulkActions reviewed={reviewed} perform={perform} />
      <label className="author-field author-inline">
        <span className="author-field-label">Show</span>
        <select
          className="select"
          value={shown}
          onChange={(event) => {
            const choice = SHOWN.find((candidate) => candidate.id === event.target.value);
            if (choice) setShown(choice.id);
          }}
        >
          {SHOWN.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.label}
            </option>
          ))}
        </select>
      </label>
      <p className="author-hint muted">
        On a card: <kbd>a</kbd> accepts, <kbd>r</kbd> rejects, <kbd>e</kbd> edits, <kbd>j</kbd> and{' '}
        <kbd>k</kbd> move. <kbd>Ctrl</kbd>+<kbd>Z</kbd> undoes.
      </p>
      <div ref={list}>
        {groups.length === 0 && (
          <p className="muted">
            {reviewed.length === 0
              ? 'The coder made no suggestions for this text. Select words in the text to add relations yourself.'
              : 'None here.'}
          </p>
        )}
        {groups.map(([sentence, items]) => (
          <section key={sentence} className="author-group" aria-label={`Sentence ${sentence + 1}`}>
            <h3 className="author-group-heading">Sentence {sentence + 1}</h3>
            <ul className="author-cards">
              {items.map((item) => (
                <SuggestionCard
                  key={item.relation.id}
                  reviewed={item}
                  text={text}
                  actors={actors}
                  label={label}
                  focused={item.relation.id === focusedId}
                  tabbable={item.relation.id === tabbable}
                  editing={item.relation.id === editing}
                  perform={perform}
                  onFocus={onFocus}
                  onToggleEdit={onToggleEdit}
                  onMove={onMove}
                />
              ))}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}
