/** Words for why an actor or relation is hidden, and for the action that shows it. */
import type { HiddenReason } from '../../domain/hiddenReason';
import { relationStatus } from '../../domain/relationStatuses';
import { type DatasetLookup, classLabel } from './describe';

function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function kindsText(kinds: readonly string[], what: string, lookup: DatasetLookup): string {
  const labels = kinds.map((kind) => lookup.kind(kind).label);
  return kinds.length === 1
    ? `${what} kind ${labels[0]} is switched off`
    : `${what} kinds ${joinAnd(labels)} are switched off`;
}

/** One reason as a clause: "the actor kind State is switched off". */
export function hiddenReasonText(
  reason: HiddenReason,
  lookup: DatasetLookup,
  subject: 'actor' | 'relation',
): string {
  switch (reason.filter) {
    case 'kind':
      return kindsText(reason.kinds, subject === 'actor' ? 'its' : 'the actor', lookup);
    case 'type': {
      const parts = [
        ...reason.types.map((type) => `its type ${lookup.type(type).label}`),
        ...reason.classes.map((id) => `its class ${classLabel(id)}`),
      ];
      return `${joinAnd(parts)} ${parts.length === 1 ? 'is' : 'are'} switched off`;
    }
    case 'status':
      return `its status ${relationStatus(reason.status).label} is switched off`;
    case 'time':
      return `${subject === 'actor' ? 'none of its relations is' : 'it is not'} dated within ${reason.range.from} to ${reason.range.to}`;
    case 'text':
      return `it does not match the text filter “${reason.query}”`;
    case 'focus':
      return `it is outside the focus on ${lookup.actorLabel(reason.actor)}`;
    case 'isolated':
      return reason.hasRelations
        ? 'none of its relations is shown, and actors with no visible relation are hidden'
        : 'it takes part in no relation of the article, and actors with no visible relation are hidden';
  }
}

/** The sentence a hidden element's details show: "Hidden in the graph: …". */
export function hiddenSentence(
  reasons: readonly HiddenReason[],
  lookup: DatasetLookup,
  subject: 'actor' | 'relation',
): string {
  return `Hidden in the graph: ${joinAnd(reasons.map((reason) => hiddenReasonText(reason, lookup, subject)))}.`;
}

/** The label of the button that lifts the reasons. */
export function revealLabel(reasons: readonly HiddenReason[]): string {
  const [only] = reasons;
  if (reasons.length !== 1 || !only) return 'Change these filters to show it';
  switch (only.filter) {
    case 'kind':
      return only.kinds.length === 1 ? 'Show this kind' : 'Show these kinds';
    case 'type':
      return only.types.length + only.classes.length === 1
        ? `Show ${only.types.length === 1 ? 'this type' : 'this class'}`
        : 'Show this type and class';
    case 'status':
      return 'Show this status';
    case 'time':
      return 'Show all dates';
    case 'text':
      return 'Clear the text filter';
    case 'focus':
      return 'Leave the focus';
    case 'isolated':
      return 'Show actors with no visible relation';
  }
}

/** A few words for the search list: "hidden: no visible relation". */
export function hiddenShort(reasons: readonly HiddenReason[]): string {
  const [only] = reasons;
  if (reasons.length !== 1 || !only) return 'hidden by several filters';
  switch (only.filter) {
    case 'kind':
      return 'hidden: kind switched off';
    case 'type':
      return 'hidden: type switched off';
    case 'status':
      return 'hidden: status switched off';
    case 'time':
      return 'hidden: outside the time range';
    case 'text':
      return 'hidden: no match for the text filter';
    case 'focus':
      return 'hidden: outside the focus';
    case 'isolated':
      return 'hidden: no visible relation';
  }
}
