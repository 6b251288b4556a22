/** The selects a review uses: actors, relation types (ours, by class), statuses and kinds. */
import type { ReactNode } from 'react';

import type { SuggestedActor } from '../../coder/types';
import { ACTOR_KINDS } from '../../domain/actorKinds';
import { RELATION_STATUSES, type RelationStatusId } from '../../domain/relationStatuses';
import { QUAD_CLASSES, RELATION_TYPES } from '../../domain/relationTypes';

/** The kind the coder gives a named person; not one of ours, so a dataset declares it. */
const PERSON = { id: 'person', label: 'Person' };

interface SelectProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Shown first with the value '' (none chosen yet, or "nobody"). */
  placeholder?: string;
  disabled?: boolean;
}

function Labelled({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="author-field">
      <span className="author-field-label">{label}</span>
      {children}
    </label>
  );
}

/** A select over the review's actors, by label. */
export function ActorSelect({
  actors,
  ...props
}: SelectProps & { actors: readonly SuggestedActor[] }) {
  return (
    <Labelled label={props.label}>
      <select
        className="select"
        value={props.value}
        disabled={props.disabled}
        onChange={(event) => props.onChange(event.target.value)}
      >
        {props.placeholder !== undefined && <option value="">{props.placeholder}</option>}
        {actors.map((actor) => (
          <option key={actor.id} value={actor.id}>
            {actor.label}
          </option>
        ))}
      </select>
    </Labelled>
  );
}

/** A select over our relation types, grouped by class, each labelled "Accuse (ACCUSE)". */
export function TypeSelect(props: SelectProps) {
  const ours = RELATION_TYPES.some((type) => type.id === props.value);
  return (
    <Labelled label={props.label}>
      <select
        className="select"
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
      >
        {props.placeholder !== undefined && <option value="">{props.placeholder}</option>}
        {!ours && props.value !== '' && <option value={props.value}>{props.value}</option>}
        {QUAD_CLASSES.map((quadClass) => (
          <optgroup key={quadClass.id} label={quadClass.label}>
            {RELATION_TYPES.filter((type) => type.quadClass === quadClass.id).map((type) => (
              <option key={type.id} value={type.id}>
                {type.label} ({type.id})
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </Labelled>
  );
}

/** A select over whether the relation happened: happened or holds, stalled, planned. */
export function StatusSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: RelationStatusId;
  onChange: (value: RelationStatusId) => void;
}) {
  return (
    <Labelled label={label}>
      <select
        className="select"
        value={value}
        onChange={(event) => {
          const status = RELATION_STATUSES.find((candidate) => candidate.id === event.target.value);
          if (status) onChange(status.id);
        }}
      >
        {RELATION_STATUSES.map((status) => (
          <option key={status.id} value={status.id}>
            {status.label}
          </option>
        ))}
      </select>
    </Labelled>
  );
}

/** A select over actor kinds: ours and "Person", and the actor's own if it is another. */
export function KindSelect(props: SelectProps) {
  const kinds = [...ACTOR_KINDS, PERSON];
  const known = kinds.some((kind) => kind.id === props.value);
  return (
    <Labelled label={props.label}>
      <select
        className="select"
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
      >
        {props.placeholder !== undefined && <option value="">{props.placeholder}</option>}
        {!known && props.value !== '' && <option value={props.value}>{props.value}</option>}
        {kinds.map((kind) => (
          <option key={kind.id} value={kind.id}>
            {kind.label}
          </option>
        ))}
      </select>
    </Labelled>
  );
}
