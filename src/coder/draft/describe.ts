/** Words for a review's steps, for the screen's live region: "Accepted: Russia accuses Zelenskyy". */
import { ACTOR_KINDS } from '../../domain/actorKinds';
import { findRelationType } from '../../domain/relationTypes';
import type { SuggestedActor, SuggestedRelation } from '../types';
import { originalRelations, reviewedRelations } from './derive';
import type { Command, Draft } from './types';

/** An actor's label by id, the id itself when the draft has no such actor. */
export type ActorLabel = (id: string) => string;

/** A lookup of labels for the actors given. */
export function labelsOf(actors: readonly SuggestedActor[]): ActorLabel {
  const labels = new Map(actors.map((actor) => [actor.id, actor.label]));
  return (id) => labels.get(id) ?? id;
}

/** The label of a relation type of ours ("Accuse"), or the id for another. */
export function typeLabel(type: string): string {
  return findRelationType(type)?.label ?? type;
}

/** The label of an actor kind ("Leader or official", "Person"). */
export function kindLabel(kind: string): string {
  const ours = ACTOR_KINDS.find((candidate) => candidate.id === kind)?.label;
  return ours ?? kind.charAt(0).toUpperCase() + kind.slice(1).replace(/-/g, ' ');
}

/** A relation in words: "Russia accuses Zelenskyy". */
export function relationWords(relation: SuggestedRelation, label: ActorLabel): string {
  const verb = findRelationType(relation.type)?.phrasing.active ?? relation.type.toLowerCase();
  return `${label(relation.source)} ${verb} ${label(relation.target)}`;
}

/** A relation as the review cards head it: "Russia — ACCUSE → Zelenskyy". */
export function relationArrow(relation: SuggestedRelation, label: ActorLabel): string {
  return `${label(relation.source)} — ${relation.type} ${relation.directed ? '→' : '—'} ${label(relation.target)}`;
}

/**
 * What a command did, said after it was done; `before` and `after` are the drafts on either side
 * (a relation is named as it reads after an edit, an actor as it was named before a merge).
 */
export function describeCommand(command: Command, before: Draft, after: Draft): string {
  const afterRelations = reviewedRelations(after);
  const label = labelsOf([...(before.coded?.actors ?? []), ...before.actors.added]);
  const labelNow = labelsOf([...(after.coded?.actors ?? []), ...after.actors.added]);
  const renamed: ActorLabel = (id) => after.actors.labels[id] ?? labelNow(id);
  const namedBefore: ActorLabel = (id) => before.actors.labels[id] ?? label(id);
  const relationNamed = (id: string) => {
    const found = afterRelations.find(({ relation }) => relation.id === id);
    return found ? relationWords(found.relation, renamed) : id;
  };
  const newlyAccepted = () =>
    afterRelations.filter(({ relation, state }) => {
      return state === 'accepted' && before.decisions[relation.id] !== 'accepted';
    }).length;
  switch (command.kind) {
    case 'accept':
      return `Accepted: ${relationNamed(command.id)}`;
    case 'reject':
      return `Rejected: ${relationNamed(command.id)}`;
    case 'undecide':
      return `Back to pending: ${relationNamed(command.id)}`;
    case 'edit':
      return `Edited: ${relationNamed(command.id)}`;
    case 'restore':
      return `Restored as suggested: ${relationNamed(command.id)}`;
    case 'add-relation': {
      const added = originalRelations(after).at(-1);
      return `Added: ${added ? relationNamed(added.id) : 'a relation'}`;
    }
    case 'add-actor':
      return `Added actor: ${after.actors.added.at(-1)?.label ?? ''}`;
    case 'rename-actor':
      return `Renamed ${namedBefore(command.id)} to ${command.label.trim()}`;
    case 'set-actor-kind':
      return `${renamed(command.id)} is now: ${kindLabel(command.actorKind)}`;
    case 'merge-actors':
      return `Merged ${renamed(command.from)} into ${renamed(command.into)}`;
    case 'accept-type':
      return `Accepted ${newlyAccepted()} ${typeLabel(command.type)} suggestions`;
    case 'accept-confident':
      return `Accepted ${newlyAccepted()} suggestions with confidence ${command.threshold} or more`;
    case 'set-details':
      return 'Details changed';
  }
}
