import { describe, expect, it } from 'vitest';

import { applyCommand } from '../../../src/coder/draft';
import { SLUG } from '../../../src/domain/ids';
import { DamagedDraftError, parseDraftRecord } from '../../../src/io/store/draftRecord';
import { newDraftId, summaryOf } from '../../../src/io/store/draftStore';
import { codedDraft, spanOf } from './draftFixture';

/** What IndexedDB hands back: a structured clone, here through JSON. */
const keptCopy = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('kept drafts', () => {
  it('reads back a draft with decisions, edits, additions and actor changes as it was', () => {
    let draft = applyCommand(codedDraft(), { kind: 'reject', id: 's2-accuse-tass-ukraine' });
    draft = applyCommand(draft, {
      kind: 'edit',
      id: 's1-consult-ukraine-kremlin',
      edit: { status: 'planned', when: null },
    });
    draft = applyCommand(draft, {
      kind: 'add-actor',
      span: spanOf('London'),
      actorKind: 'meeting',
    });
    draft = applyCommand(draft, { kind: 'merge-actors', from: 'kremlin', into: 'russia' });
    expect(parseDraftRecord(keptCopy(draft), draft.id)).toEqual(draft);
  });

  it('says which fields of a damaged record are wrong instead of failing later', () => {
    const damaged = keptCopy(codedDraft()) as { decisions: unknown; text: unknown };
    damaged.decisions = { 's0-x': 'maybe' };
    damaged.text = 42;
    const read = () => parseDraftRecord(damaged, 'draft-1');
    expect(read).toThrow(DamagedDraftError);
    expect(read).toThrow(/draft “draft-1” kept in this browser is damaged.*text.*decisions/);
  });

  it('refuses something that is not a draft at all', () => {
    expect(() => parseDraftRecord('hello', 'x')).toThrow(DamagedDraftError);
  });

  it('lists a draft by its title and counts', () => {
    const draft = applyCommand(codedDraft(), {
      kind: 'accept',
      id: 's0-accuse-russia-volodymyr-zelenskyy',
    });
    expect(summaryOf(draft)).toEqual({
      id: 'draft-test',
      title: 'Talks stall',
      updatedAt: draft.updatedAt,
      counts: { pending: 3, accepted: 1, rejected: 0, total: 4 },
      coded: true,
    });
  });

  it('makes fresh ids that can name a dataset', () => {
    const ids = new Set(Array.from({ length: 50 }, newDraftId));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(SLUG);
  });
});
