/** The Edit disclosure of a suggestion card: its actors, type, status, claimant, time and quote. */
import { type Command, type ReviewedRelation, moveQuoteEdge } from '../../coder/draft';
import type { SuggestedActor, TextSpan } from '../../coder/types';
import { statusOf } from '../../domain/relationStatuses';
import { ActorSelect, StatusSelect, TypeSelect } from './fields';

export interface RelationEditorProps {
  reviewed: ReviewedRelation;
  text: string;
  actors: readonly SuggestedActor[];
  perform: (command: Command) => void;
}

/** The fields of one suggestion, each change one step of the review. */
export function RelationEditor({ reviewed, text, actors, perform }: RelationEditorProps) {
  const { relation } = reviewed;
  const edit = (change: Extract<Command, { kind: 'edit' }>['edit']) =>
    perform({ kind: 'edit', id: relation.id, edit: change });
  const moveEdge = (edge: 'start' | 'end', direction: -1 | 1) => {
    const quote: TextSpan = moveQuoteEdge(text, relation.quote, edge, direction);
    if (quote.start !== relation.quote.start || quote.end !== relation.quote.end) edit({ quote });
  };

  return (
    <div className="author-editor" role="group" aria-label="Edit this suggestion">
      <ActorSelect
        label="Who acts"
        actors={actors}
        value={relation.source}
        onChange={(source) => edit({ source })}
      />
      <TypeSelect label="Type" value={relation.type} onChange={(type) => edit({ type })} />
      <ActorSelect
        label="To whom"
        actors={actors}
        value={relation.target}
        onChange={(target) => edit({ target })}
      />
      <StatusSelect
        label="Happened?"
        value={statusOf(relation)}
        onChange={(status) => edit({ status: status === 'reported' ? null : status })}
      />
      <ActorSelect
        label="Claimed by"
        actors={actors}
        value={relation.allegedBy ?? ''}
        placeholder="Nobody: the text reports it"
        onChange={(allegedBy) => edit({ allegedBy: allegedBy === '' ? null : allegedBy })}
      />
      <label className="author-field">
        <span className="author-field-label">When, in the text’s words</span>
        <input
          className="text-input"
          value={relation.when ?? ''}
          onChange={(event) =>
            edit({ when: event.target.value === '' ? null : event.target.value })
          }
        />
      </label>
      <div className="author-quote-adjust" role="group" aria-label="Quote span">
        <span className="author-field-label">Quote</span>
        <div className="author-button-row">
          <button type="button" className="button small" onClick={() => moveEdge('start', -1)}>
            Start a word earlier
          </button>
          <button type="button" className="button small" onClick={() => moveEdge('start', 1)}>
            Start a word later
          </button>
          <button type="button" className="button small" onClick={() => moveEdge('end', -1)}>
            End a word earlier
          </button>
          <button type="button" className="button small" onClick={() => moveEdge('end', 1)}>
            End a word later
          </button>
        </div>
      </div>
      {reviewed.edited && (
        <button
          type="button"
          className="button small"
          onClick={() => perform({ kind: 'restore', id: relation.id })}
        >
          {reviewed.added ? 'Undo my changes to it' : 'Back to the suggestion as made'}
        </button>
      )}
    </div>
  );
}
