import { describe, expect, it } from 'vitest';

import {
  acceptedDataset,
  applyCommand,
  describeCommand,
  moveQuoteEdge,
  newDraft,
  relationArrow,
  relationWords,
  reviewedRelations,
  withCoded,
} from '../../../src/coder/draft';
import { validateParsed } from '../../../src/domain/validate';
import { CODED, TEXT, codedDraft, spanOf } from './draftFixture';

const ACCUSE = 's0-accuse-russia-volodymyr-zelenskyy';
const ASSAULT = 's2-assault-russia-ukraine';

describe('the accepted dataset', () => {
  it('holds only accepted and added relations, and validates', () => {
    let draft = applyCommand(codedDraft(), { kind: 'accept', id: ASSAULT });
    draft = applyCommand(draft, { kind: 'reject', id: ACCUSE });
    draft = applyCommand(draft, {
      kind: 'add-relation',
      relation: {
        source: 'ukraine',
        target: 'kremlin',
        type: 'CONSULT',
        quote: spanOf('Ukraine held talks with the Kremlin'),
      },
    });
    const file = acceptedDataset(draft);
    expect(file.relations.map((relation) => relation.type)).toEqual(['ASSAULT', 'CONSULT']);
    expect(file.relations[0]?.evidence).toEqual([
      { quote: 'Russian forces struck Kyiv', reportedBy: 'tass' },
    ]);
    expect(file.article).toBe(TEXT);
    expect(file).toMatchObject({ id: 'talks-stall', title: 'Talks stall' });
    expect(validateParsed(file, {}).ok).toBe(true);
  });

  it('names actors as renamed, re-kinded and merged', () => {
    let draft = applyCommand(codedDraft(), {
      kind: 'merge-actors',
      from: 'kremlin',
      into: 'russia',
    });
    draft = applyCommand(draft, {
      kind: 'rename-actor',
      id: 'russia',
      label: 'Russian Federation',
    });
    draft = applyCommand(draft, { kind: 'set-actor-kind', id: 'ukraine', actorKind: 'person' });
    draft = applyCommand(draft, { kind: 'accept', id: 's1-consult-ukraine-kremlin' });
    const file = acceptedDataset(draft);
    expect(file.relations[0]).toMatchObject({ source: 'ukraine', target: 'russia' });
    expect(file.actors).toEqual([
      { id: 'russia', label: 'Russian Federation', kind: 'state', aliases: ['Russia', 'Kremlin'] },
      { id: 'ukraine', label: 'Ukraine', kind: 'person', aliases: ['Kyiv'] },
    ]);
    expect(validateParsed(file, {}).ok).toBe(true);
  });

  it('keeps an actor a person added, drops a bad address and empty details, invents no title', () => {
    let draft = applyCommand(codedDraft(), {
      kind: 'add-actor',
      span: spanOf('London'),
      actorKind: 'meeting',
    });
    draft = applyCommand(draft, {
      kind: 'set-details',
      details: { title: '', url: 'javascript:alert(1)', published: '  ' },
    });
    const file = acceptedDataset(draft);
    expect(file.actors.map((actor) => actor.id)).toEqual(['london']);
    expect(file.title).toBe('Untitled text');
    expect(file.source).toEqual({ publisher: 'Example News' });
  });
});

describe('the coder’s result', () => {
  it('becomes part of the draft, whose text is then the text the coder read', () => {
    const uncoded = newDraft({
      id: 'd',
      title: 't',
      source: {},
      text: TEXT.replace(/ /g, '\r\n'),
      now: 1,
    });
    const coded = withCoded(uncoded, CODED);
    expect(coded.text).toBe(TEXT);
    expect(reviewedRelations(coded)).toHaveLength(CODED.relations.length);
  });
});

describe('words for the review', () => {
  const label = (id: string) => CODED.actors.find((actor) => actor.id === id)?.label ?? id;
  const accuse = CODED.relations[0]!;

  it('says a relation as a sentence and as an arrow', () => {
    expect(relationWords(accuse, label)).toBe('Russia accuses Zelenskyy');
    expect(relationArrow(accuse, label)).toBe('Russia — ACCUSE → Zelenskyy');
    expect(relationArrow(CODED.relations[1]!, label)).toBe('Ukraine — CONSULT — Kremlin');
  });

  it('says what a step did', () => {
    const before = codedDraft();
    const command = { kind: 'accept', id: ACCUSE } as const;
    expect(describeCommand(command, before, applyCommand(before, command))).toBe(
      'Accepted: Russia accuses Zelenskyy',
    );
    const all = { kind: 'accept-confident', threshold: 0.8 } as const;
    expect(describeCommand(all, before, applyCommand(before, all))).toBe(
      'Accepted 2 suggestions with confidence 0.8 or more',
    );
  });

  it('moves a quote’s edges a word at a time, keeping at least one word', () => {
    const span = spanOf('held talks with');
    const slice = (s: { start: number; end: number }) => TEXT.slice(s.start, s.end);
    expect(slice(moveQuoteEdge(TEXT, span, 'start', -1))).toBe('Ukraine held talks with');
    expect(slice(moveQuoteEdge(TEXT, span, 'start', 1))).toBe('talks with');
    expect(slice(moveQuoteEdge(TEXT, span, 'end', 1))).toBe('held talks with the');
    expect(slice(moveQuoteEdge(TEXT, span, 'end', -1))).toBe('held talks');
    const one = spanOf('held');
    expect(moveQuoteEdge(TEXT, one, 'start', 1)).toEqual(one);
    expect(moveQuoteEdge(TEXT, one, 'end', -1)).toEqual(one);
  });
});
