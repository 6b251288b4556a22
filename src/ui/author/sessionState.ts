/**
 * The review's state as one reducer: the history of the draft and the sentence the live region
 * says after each step ("Accepted: Russia accuses Zelenskyy", "Undone: …").
 */
import {
  type Command,
  type Draft,
  type History,
  describeCommand,
  historyOf,
  perform,
  redo,
  undo,
} from '../../coder/draft';

export interface SessionState {
  history: History | null;
  /** The draft as the store held it when it was read. */
  kept: Draft | null;
  announcement: string;
}

export type SessionAction =
  | { type: 'load'; draft: Draft; kept: Draft; announcement?: string }
  | { type: 'do'; command: Command }
  | { type: 'undo' }
  | { type: 'redo' };

export const EMPTY_SESSION: SessionState = { history: null, kept: null, announcement: '' };

/** The session after an action; the same state when the action changes nothing. */
export function sessionReducer(state: SessionState, action: SessionAction): SessionState {
  if (action.type === 'load') {
    return {
      history: historyOf(action.draft),
      kept: action.kept,
      announcement: action.announcement ?? '',
    };
  }
  const { history } = state;
  if (history === null) return state;
  if (action.type === 'do') {
    const next = perform(history, action.command);
    if (next === history) return state;
    return {
      ...state,
      history: next,
      announcement: describeCommand(action.command, history.draft, next.draft),
    };
  }
  if (action.type === 'undo') {
    const step = history.past.at(-1);
    if (step === undefined) return { ...state, announcement: 'Nothing to undo' };
    return {
      ...state,
      history: undo(history),
      announcement: `Undone: ${describeCommand(step.command, step.draft, history.draft)}`,
    };
  }
  const step = history.future[0];
  if (step === undefined) return { ...state, announcement: 'Nothing to redo' };
  return {
    ...state,
    history: redo(history),
    announcement: `Redone: ${describeCommand(step.command, history.draft, step.draft)}`,
  };
}
