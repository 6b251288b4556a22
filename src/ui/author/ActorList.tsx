/**
 * The actors as the person has them: rename, change the kind, or merge one into another (its
 * mentions and relations become the other's). Each change is one step of the review.
 */
import { memo, useState } from 'react';

import type { Command, ReviewedRelation } from '../../coder/draft';
import type { SuggestedActor } from '../../coder/types';
import { KindSelect } from './fields';

export interface ActorListProps {
  actors: readonly SuggestedActor[];
  reviewed: readonly ReviewedRelation[];
  perform: (command: Command) => void;
}

function NameField({
  actor,
  perform,
}: {
  actor: SuggestedActor;
  perform: ActorListProps['perform'];
}) {
  // While typing the field shows what is typed (even empty); otherwise the actor's label.
  const [typed, setTyped] = useState<string | null>(null);
  return (
    <label className="author-field">
      <span className="author-field-label">Name</span>
      <input
        className="text-input"
        value={typed ?? actor.label}
        onFocus={() => setTyped(actor.label)}
        onBlur={() => setTyped(null)}
        onChange={(event) => {
          setTyped(event.target.value);
          if (event.target.value.trim() !== '') {
            perform({ kind: 'rename-actor', id: actor.id, label: event.target.value });
          }
        }}
      />
    </label>
  );
}

function MergeField({
  actor,
  actors,
  perform,
}: {
  actor: SuggestedActor;
  actors: readonly SuggestedActor[];
  perform: ActorListProps['perform'];
}) {
  const [into, setInto] = useState('');
  const others = actors.filter((other) => other.id !== actor.id);
  const target = others.some((other) => other.id === into) ? into : '';
  return (
    <div className="author-merge">
      <label className="author-field">
        <span className="author-field-label">Merge into</span>
        <select className="select" value={target} onChange={(event) => setInto(event.target.value)}>
          <option value="">Choose an actor…</option>
          {others.map((other) => (
            <option key={other.id} value={other.id}>
              {other.label}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="button small"
        disabled={target === ''}
        aria-label={`Merge ${actor.label} into the chosen actor`}
        onClick={() => perform({ kind: 'merge-actors', from: actor.id, into: target })}
      >
        Merge
      </button>
    </div>
  );
}

const ActorRow = memo(function ActorRow({
  actor,
  actors,
  relations,
  perform,
}: {
  actor: SuggestedActor;
  actors: readonly SuggestedActor[];
  relations: number;
  perform: ActorListProps['perform'];
}) {
  return (
    <li className="author-actor" aria-label={actor.label}>
      <NameField actor={actor} perform={perform} />
      <KindSelect
        label="Kind"
        value={actor.kind}
        onChange={(kind) => perform({ kind: 'set-actor-kind', id: actor.id, actorKind: kind })}
      />
      <MergeField actor={actor} actors={actors} perform={perform} />
      <p className="author-hint muted">
        {actor.mentions.length} mention{actor.mentions.length === 1 ? '' : 's'}, {relations}{' '}
        suggestion{relations === 1 ? '' : 's'}. {actor.why}
      </p>
    </li>
  );
});

/** The actors pane. */
export function ActorList({ actors, reviewed, perform }: ActorListProps) {
  const relationCounts = new Map<string, number>();
  for (const { relation } of reviewed) {
    for (const id of new Set([relation.source, relation.target])) {
      relationCounts.set(id, (relationCounts.get(id) ?? 0) + 1);
    }
  }
  return (
    <section className="author-pane author-actors-pane" aria-labelledby="author-actors-heading">
      <h2 id="author-actors-heading" className="author-pane-heading">
        Actors
      </h2>
      {actors.length === 0 ? (
        <p className="muted">No actors yet. Select a name in the text to add one.</p>
      ) : (
        <ul className="author-actors">
          {actors.map((actor) => (
            <ActorRow
              key={actor.id}
              actor={actor}
              actors={actors}
              relations={relationCounts.get(actor.id) ?? 0}
              perform={perform}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
