/**
 * What a person can make of words they selected in the text: a relation quoting them, or an
 * actor named by them. Either is the person's own, and says so (rule "person").
 */
import { type FormEvent, type MouseEvent, useState } from 'react';

import type { Command } from '../../coder/draft';
import type { SuggestedActor, TextSpan } from '../../coder/types';
import type { RelationStatusId } from '../../domain/relationStatuses';
import { ActorSelect, KindSelect, StatusSelect, TypeSelect } from './fields';

export interface SelectionToolsProps {
  text: string;
  span: TextSpan;
  actors: readonly SuggestedActor[];
  perform: (command: Command) => void;
  onDone: () => void;
}

const QUOTE_SHOWN = 240;

/** Actors named inside the span, in the order the text names them. */
function actorsIn(actors: readonly SuggestedActor[], span: TextSpan): string[] {
  const named = actors
    .flatMap((actor) => actor.mentions.map((mention) => ({ id: actor.id, at: mention.span })))
    .filter(({ at }) => at.start >= span.start && at.end <= span.end)
    .sort((a, b) => a.at.start - b.at.start);
  return [...new Set(named.map(({ id }) => id))];
}

function NewRelationForm({ span, actors, perform, onDone }: Omit<SelectionToolsProps, 'text'>) {
  const [named] = useState(() => actorsIn(actors, span));
  const [source, setSource] = useState(named[0] ?? '');
  const [target, setTarget] = useState(named[1] ?? '');
  const [type, setType] = useState('');
  const [status, setStatus] = useState<RelationStatusId>('reported');
  const ready = source !== '' && target !== '' && type !== '' && source !== target;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    const relation = { source, target, type, quote: span };
    perform({
      kind: 'add-relation',
      relation: status === 'reported' ? relation : { ...relation, status },
    });
    onDone();
  };

  return (
    <form className="author-form" onSubmit={submit} aria-label="New relation from this quote">
      <ActorSelect
        label="Who acts"
        actors={actors}
        value={source}
        onChange={setSource}
        placeholder="Choose…"
      />
      <TypeSelect label="Does what" value={type} onChange={setType} placeholder="Choose a type…" />
      <ActorSelect
        label="To whom"
        actors={actors}
        value={target}
        onChange={setTarget}
        placeholder="Choose…"
      />
      <StatusSelect label="Happened?" value={status} onChange={setStatus} />
      {source !== '' && source === target && (
        <p className="field-error">Choose two different actors.</p>
      )}
      <div className="author-button-row">
        <button type="submit" className="button primary small" disabled={!ready}>
          Add relation
        </button>
        <button type="button" className="button small" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function NewActorForm({ span, perform, onDone }: Omit<SelectionToolsProps, 'text' | 'actors'>) {
  const [kind, setKind] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (kind === '') return;
    perform({ kind: 'add-actor', span, actorKind: kind });
    onDone();
  };
  return (
    <form className="author-form" onSubmit={submit} aria-label="New actor from this name">
      <KindSelect label="Kind" value={kind} onChange={setKind} placeholder="Choose a kind…" />
      <div className="author-button-row">
        <button type="submit" className="button primary small" disabled={kind === ''}>
          Add actor
        </button>
        <button type="button" className="button small" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** The bar over the text while words are selected (keyed by the span: a new selection starts afresh). */
export function SelectionTools(props: SelectionToolsProps) {
  const [mode, setMode] = useState<'relation' | 'actor' | null>(null);
  const words = props.text.slice(props.span.start, props.span.end);
  const shown = words.length > QUOTE_SHOWN ? `${words.slice(0, QUOTE_SHOWN)}…` : words;
  // Keeps the selection while a button is pressed: the words stay visibly selected.
  const keepSelection = (event: MouseEvent) => event.preventDefault();

  return (
    <div className="author-selection" role="region" aria-label="Selected words">
      <p className="author-selection-quote">“{shown}”</p>
      {mode === null && (
        <div className="author-button-row" role="toolbar" aria-label="Make from the selection">
          <button
            type="button"
            className="button small"
            onMouseDown={keepSelection}
            onClick={() => setMode('relation')}
          >
            New relation from this quote
          </button>
          <button
            type="button"
            className="button small"
            onMouseDown={keepSelection}
            onClick={() => setMode('actor')}
          >
            New actor from this name
          </button>
          <button type="button" className="button small" onClick={props.onDone}>
            Clear
          </button>
        </div>
      )}
      {mode === 'relation' && <NewRelationForm {...props} />}
      {mode === 'actor' && <NewActorForm {...props} />}
    </div>
  );
}
