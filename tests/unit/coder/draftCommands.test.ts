import { describe, expect, it } from 'vitest';

import {
  type Draft,
  applyCommand,
  draftCounts,
  reviewedActors,
  reviewedRelations,
} from '../../../src/coder/draft';
import { TEXT, codedDraft, spanOf } from './draftFixture';

const ACCUSE = 's0-accuse-russia-volodymyr-zelenskyy';
const CONSULT = 's1-consult-ukraine-kremlin';
const ASSAULT = 's2-assault-russia-ukraine';
const WEAK = 's2-accuse-tass-ukraine';

function reviewed(draft: Draft, id: string) {
  const found = reviewedRelations(draft).find(({ relation }) => relation.id === id);
  if (!found) throw new Error(`no relation ${id}`);
  return found;
}

describe('deciding', () => {
  it('accepts and rejects one suggestion, leaving the rest pending', () => {
    let draft = applyCommand(codedDraft(), { kind: 'accept', id: ACCUSE });
    draft = applyCommand(draft, { kind: 'reject', id: CONSULT });
    expect(reviewed(draft, ACCUSE).state).toBe('accepted');
    expect(reviewed(draft, CONSULT).state).toBe('rejected');
    expect(draftCounts(draft)).toEqual({ pending: 2, accepted: 1, rejected: 1, total: 4 });
  });

  it('puts a decided suggestion back to pending', () => {
    const accepted = applyCommand(codedDraft(), { kind: 'accept', id: ACCUSE });
    const back = applyCommand(accepted, { kind: 'undecide', id: ACCUSE });
    expect(reviewed(back, ACCUSE).state).toBe('pending');
  });

  it('changes nothing for an unknown id or a repeated decision', () => {
    const draft = applyCommand(codedDraft(), { kind: 'accept', id: ACCUSE });
    expect(applyCommand(draft, { kind: 'accept', id: ACCUSE })).toBe(draft);
    expect(applyCommand(draft, { kind: 'reject', id: 'no-such-suggestion' })).toBe(draft);
  });

  it('accepts every pending suggestion of a type, and never a rejected one', () => {
    const draft = applyCommand(codedDraft(), { kind: 'reject', id: WEAK });
    const next = applyCommand(draft, { kind: 'accept-type', type: 'ACCUSE' });
    expect(reviewed(next, ACCUSE).state).toBe('accepted');
    expect(reviewed(next, WEAK).state).toBe('rejected');
    expect(reviewed(next, CONSULT).state).toBe('pending');
  });

  it('accepts every pending suggestion at or above a confidence, never a rejected one', () => {
    const draft = applyCommand(codedDraft(), { kind: 'reject', id: CONSULT });
    const next = applyCommand(draft, { kind: 'accept-confident', threshold: 0.8 });
    expect(reviewed(next, ACCUSE).state).toBe('accepted'); // 0.82
    expect(reviewed(next, CONSULT).state).toBe('rejected'); // 0.9, rejected before
    expect(reviewed(next, ASSAULT).state).toBe('pending'); // 0.7
    expect(applyCommand(next, { kind: 'accept-confident', threshold: 0.8 })).toBe(next);
  });

  it('accepts by the type a person edited, not the one suggested', () => {
    const draft = applyCommand(codedDraft(), {
      kind: 'edit',
      id: ASSAULT,
      edit: { type: 'THREATEN' },
    });
    const next = applyCommand(draft, { kind: 'accept-type', type: 'ASSAULT' });
    expect(next).toBe(draft);
    expect(
      reviewed(applyCommand(draft, { kind: 'accept-type', type: 'THREATEN' }), ASSAULT).state,
    ).toBe('accepted');
  });
});

describe('editing a suggestion', () => {
  it('changes its fields and keeps the coder’s suggestion apart', () => {
    const draft = applyCommand(codedDraft(), {
      kind: 'edit',
      id: ACCUSE,
      edit: { type: 'CONSULT', status: 'planned', allegedBy: 'ukraine', when: 'soon' },
    });
    const { relation, edited } = reviewed(draft, ACCUSE);
    expect(edited).toBe(true);
    expect(relation).toMatchObject({
      type: 'CONSULT',
      directed: false,
      status: 'planned',
      allegedBy: 'ukraine',
      when: 'soon',
    });
    expect(draft.coded?.relations[0]?.type).toBe('ACCUSE');
  });

  it('removes an optional field with null, and restores the suggestion', () => {
    const draft = applyCommand(codedDraft(), { kind: 'edit', id: CONSULT, edit: { when: null } });
    expect(reviewed(draft, CONSULT).relation.when).toBeUndefined();
    const restored = applyCommand(draft, { kind: 'restore', id: CONSULT });
    expect(reviewed(restored, CONSULT).relation.when).toBe('on Wednesday');
    expect(reviewed(restored, CONSULT).edited).toBe(false);
  });

  it('changes the source, target and quote span', () => {
    const quote = spanOf('Russia accused Zelenskyy');
    const draft = applyCommand(codedDraft(), {
      kind: 'edit',
      id: ACCUSE,
      edit: { source: 'kremlin', target: 'ukraine', quote },
    });
    expect(reviewed(draft, ACCUSE).relation).toMatchObject({
      source: 'kremlin',
      target: 'ukraine',
      quote,
    });
  });

  it('refuses an actor the draft lacks and a quote outside the text', () => {
    const draft = codedDraft();
    expect(applyCommand(draft, { kind: 'edit', id: ACCUSE, edit: { source: 'nobody' } })).toBe(
      draft,
    );
    const outside = { start: TEXT.length - 2, end: TEXT.length + 40 };
    expect(applyCommand(draft, { kind: 'edit', id: ACCUSE, edit: { quote: outside } })).toBe(draft);
  });
});

describe('adding from the text', () => {
  it('adds a relation from a selected quote, accepted, with rule person and confidence 1', () => {
    const quote = spanOf('Ukraine held talks with the Kremlin');
    const draft = applyCommand(codedDraft(), {
      kind: 'add-relation',
      relation: { source: 'kremlin', target: 'ukraine', type: 'CONSULT', quote },
    });
    const added = reviewedRelations(draft).at(-1);
    expect(added).toMatchObject({ state: 'accepted', added: true });
    expect(added?.relation).toMatchObject({
      source: 'kremlin',
      target: 'ukraine',
      type: 'CONSULT',
      directed: false,
      sentence: 1,
      quote,
      confidence: 1,
      why: { rule: 'person', trigger: 'Ukraine held talks with the Kremlin' },
    });
    expect(added?.relation.id).toMatch(/^person-consult-kremlin-ukraine/);
  });

  it('gives a second relation of the same kind its own id', () => {
    const relation = {
      source: 'russia',
      target: 'ukraine',
      type: 'ASSAULT',
      quote: spanOf('struck Kyiv'),
    };
    let draft = applyCommand(codedDraft(), { kind: 'add-relation', relation });
    draft = applyCommand(draft, { kind: 'add-relation', relation });
    const ids = draft.added.map((added) => added.id);
    expect(new Set(ids).size).toBe(2);
  });

  it('adds an actor from a selected name, with every whole-word use of it marked', () => {
    const draft = applyCommand(codedDraft(), {
      kind: 'add-actor',
      span: spanOf(' London '),
      actorKind: 'meeting',
    });
    const london = reviewedActors(draft).find((actor) => actor.label === 'London');
    expect(london).toMatchObject({ id: 'london', kind: 'meeting', names: ['London'] });
    expect(
      london?.mentions.map((mention) => TEXT.slice(mention.span.start, mention.span.end)),
    ).toEqual(['London']);
  });
});

describe('changing actors', () => {
  it('renames an actor and changes its kind', () => {
    let draft = applyCommand(codedDraft(), {
      kind: 'rename-actor',
      id: 'volodymyr-zelenskyy',
      label: ' Volodymyr Zelenskyy ',
    });
    draft = applyCommand(draft, { kind: 'set-actor-kind', id: 'tass', actorKind: 'person' });
    const actors = reviewedActors(draft);
    expect(actors.find((actor) => actor.id === 'volodymyr-zelenskyy')?.label).toBe(
      'Volodymyr Zelenskyy',
    );
    expect(actors.find((actor) => actor.id === 'tass')?.kind).toBe('person');
    expect(applyCommand(draft, { kind: 'rename-actor', id: 'tass', label: '  ' })).toBe(draft);
  });

  it('merges one actor into another: its names, mentions and relations are the other’s', () => {
    const draft = applyCommand(codedDraft(), {
      kind: 'merge-actors',
      from: 'kremlin',
      into: 'russia',
    });
    const actors = reviewedActors(draft);
    expect(actors.map((actor) => actor.id)).not.toContain('kremlin');
    const russia = actors.find((actor) => actor.id === 'russia');
    expect(russia?.names).toEqual(['Russia', 'Kremlin']);
    expect(russia?.mentions.every((mention) => mention.actorId === 'russia')).toBe(true);
    expect(reviewed(draft, CONSULT).relation.target).toBe('russia');
  });

  it('follows merges in a chain and refuses to merge an actor into itself', () => {
    let draft = applyCommand(codedDraft(), {
      kind: 'merge-actors',
      from: 'kremlin',
      into: 'russia',
    });
    draft = applyCommand(draft, { kind: 'merge-actors', from: 'russia', into: 'ukraine' });
    expect(reviewed(draft, CONSULT).relation).toMatchObject({
      source: 'ukraine',
      target: 'ukraine',
    });
    expect(applyCommand(draft, { kind: 'merge-actors', from: 'ukraine', into: 'kremlin' })).toBe(
      draft,
    );
  });
});

describe('details', () => {
  it('sets the title and where the text came from; an empty field is removed', () => {
    const draft = applyCommand(codedDraft(), {
      kind: 'set-details',
      details: { title: 'New title', published: '23 April 2025', publisher: '' },
    });
    expect(draft.title).toBe('New title');
    expect(draft.source).toEqual({ published: '23 April 2025' });
  });
});
