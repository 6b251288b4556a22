import { describe, expect, it } from 'vitest';

import {
  type Command,
  HISTORY_LIMIT,
  historyOf,
  perform,
  redo,
  reviewedActors,
  reviewedRelations,
  undo,
} from '../../../src/coder/draft';
import { codedDraft, spanOf } from './draftFixture';

const ACCUSE = 's0-accuse-russia-volodymyr-zelenskyy';
const stateOf = (history: ReturnType<typeof historyOf>, id: string) =>
  reviewedRelations(history.draft).find(({ relation }) => relation.id === id)?.state;

describe('undo and redo', () => {
  it('undoes and redoes an accept', () => {
    const accepted = perform(historyOf(codedDraft()), { kind: 'accept', id: ACCUSE });
    const undone = undo(accepted);
    expect(stateOf(undone, ACCUSE)).toBe('pending');
    expect(stateOf(redo(undone), ACCUSE)).toBe('accepted');
  });

  it('makes every kind of change one step', () => {
    const commands: Command[] = [
      { kind: 'accept', id: ACCUSE },
      { kind: 'reject', id: 's1-consult-ukraine-kremlin' },
      { kind: 'edit', id: ACCUSE, edit: { type: 'THREATEN' } },
      {
        kind: 'add-relation',
        relation: { source: 'russia', target: 'ukraine', type: 'ASSAULT', quote: spanOf('struck') },
      },
      { kind: 'add-actor', span: spanOf('London'), actorKind: 'meeting' },
      { kind: 'merge-actors', from: 'kremlin', into: 'russia' },
      { kind: 'rename-actor', id: 'tass', label: 'TASS news agency' },
      { kind: 'set-actor-kind', id: 'tass', actorKind: 'person' },
      { kind: 'accept-type', type: 'ASSAULT' },
      { kind: 'accept-confident', threshold: 0.3 },
    ];
    const start = historyOf(codedDraft());
    let history = start;
    const drafts = [start.draft];
    for (const command of commands) {
      history = perform(history, command);
      expect(history.draft).not.toBe(drafts.at(-1));
      drafts.push(history.draft);
    }
    expect(history.past).toHaveLength(commands.length);
    for (let step = commands.length - 1; step >= 0; step--) {
      history = undo(history);
      expect(history.draft).toBe(drafts[step]);
    }
    expect(undo(history)).toBe(history);
    for (let step = 1; step <= commands.length; step++) {
      history = redo(history);
      expect(history.draft).toBe(drafts[step]);
    }
    expect(redo(history)).toBe(history);
  });

  it('records no step for a command that changes nothing', () => {
    const once = perform(historyOf(codedDraft()), { kind: 'accept', id: ACCUSE });
    expect(perform(once, { kind: 'accept', id: ACCUSE })).toBe(once);
  });

  it('forgets what was undone once a new change is made', () => {
    let history = perform(historyOf(codedDraft()), { kind: 'accept', id: ACCUSE });
    history = perform(undo(history), { kind: 'reject', id: ACCUSE });
    expect(history.future).toEqual([]);
    expect(stateOf(redo(history), ACCUSE)).toBe('rejected');
  });

  it('keeps the typing of one field as one step', () => {
    let history = historyOf(codedDraft());
    for (const title of ['T', 'Ta', 'Tal', 'Talks']) {
      history = perform(history, { kind: 'set-details', details: { title } });
    }
    for (const label of ['T', 'TA', 'TASS agency']) {
      history = perform(history, { kind: 'rename-actor', id: 'tass', label });
    }
    expect(history.past).toHaveLength(2);
    history = undo(history);
    expect(reviewedActors(history.draft).find((actor) => actor.id === 'tass')?.label).toBe('TASS');
    expect(history.draft.title).toBe('Talks');
    expect(undo(history).draft.title).toBe('Talks stall');
  });

  it('keeps at most the last HISTORY_LIMIT steps', () => {
    let history = historyOf(codedDraft());
    for (let step = 0; step < HISTORY_LIMIT + 5; step++) {
      const id = step % 2 === 0 ? 'accept' : 'reject';
      history = perform(history, { kind: id, id: ACCUSE });
    }
    expect(history.past).toHaveLength(HISTORY_LIMIT);
  });
});
