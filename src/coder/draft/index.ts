/** A review of what the coder proposed for one text: the draft, its commands, history and derived views. */
export { applyCommand } from './commands';
export {
  type ReviewedRelation,
  acceptedDataset,
  countsOf,
  draftCounts,
  isMutualType,
  originalActors,
  originalRelations,
  resolveActor,
  reviewedActors,
  reviewedRelations,
  slugOf,
  titleOf,
} from './derive';
export {
  type ActorLabel,
  describeCommand,
  kindLabel,
  labelsOf,
  relationArrow,
  relationWords,
  typeLabel,
} from './describe';
export {
  HISTORY_LIMIT,
  type History,
  type HistoryStep,
  historyOf,
  perform,
  redo,
  undo,
} from './history';
export { type NewDraftInput, newDraft, withCoded } from './newDraft';
export { moveQuoteEdge } from './quoteSpan';
export type {
  ActorChanges,
  Command,
  Decision,
  Draft,
  DraftCounts,
  DraftDetails,
  NewRelation,
  RelationEdit,
  ReviewState,
} from './types';
