/**
 * Undo and redo as a list of small commands (Excalidraw's history): every accept, reject, edit,
 * addition, merge, rename, kind change and bulk accept is one step. Each step keeps the draft
 * from before it; drafts are immutable and share their text and coded result, so a step costs
 * a few small objects.
 */
import { applyCommand } from './commands';
import type { Command, Draft } from './types';

export interface HistoryStep {
  /** The draft on the other side of this step. */
  draft: Draft;
  command: Command;
}

export interface History {
  draft: Draft;
  /** The steps taken, oldest first; each holds the draft from before it. */
  past: HistoryStep[];
  /** The steps undone, next to redo first; each holds the draft from after it. */
  future: HistoryStep[];
}

/** How many steps back undo reaches. */
export const HISTORY_LIMIT = 500;

/** A history that starts at `draft`, with nothing to undo or redo. */
export function historyOf(draft: Draft): History {
  return { draft, past: [], future: [] };
}

/**
 * Typing a field is one step, not one per key: a detail, a name or a relation's `when` changed
 * again right after the same one joins the step before.
 */
function continues(previous: Command | undefined, command: Command): boolean {
  if (previous === undefined) return false;
  if (previous.kind === 'set-details' && command.kind === 'set-details') {
    const keys = (details: object) => Object.keys(details).sort().join();
    return keys(previous.details) === keys(command.details);
  }
  if (previous.kind === 'edit' && command.kind === 'edit') {
    const typed = (edit: object) => Object.keys(edit).join() === 'when';
    return previous.id === command.id && typed(previous.edit) && typed(command.edit);
  }
  return (
    previous.kind === 'rename-actor' &&
    command.kind === 'rename-actor' &&
    previous.id === command.id
  );
}

/** The history after a command; unchanged (the same object) when the command changes nothing. */
export function perform(history: History, command: Command): History {
  const draft = applyCommand(history.draft, command);
  if (draft === history.draft) return history;
  const last = history.past.at(-1);
  if (last && history.future.length === 0 && continues(last.command, command)) {
    return { draft, past: [...history.past.slice(0, -1), { ...last, command }], future: [] };
  }
  const past = [...history.past, { draft: history.draft, command }].slice(-HISTORY_LIMIT);
  return { draft, past, future: [] };
}

/** The history one step back; unchanged when there is nothing to undo. */
export function undo(history: History): History {
  const step = history.past.at(-1);
  if (step === undefined) return history;
  return {
    draft: step.draft,
    past: history.past.slice(0, -1),
    future: [{ draft: history.draft, command: step.command }, ...history.future],
  };
}

/** The history one step forward again; unchanged when there is nothing to redo. */
export function redo(history: History): History {
  const [step, ...rest] = history.future;
  if (step === undefined) return history;
  return {
    draft: step.draft,
    past: [...history.past, { draft: history.draft, command: step.command }],
    future: rest,
  };
}
