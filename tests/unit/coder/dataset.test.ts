import { describe, expect, it } from 'vitest';

import { datasetFromSuggestions } from '../../../src/coder/dataset';
import type { SuggestedActor, SuggestedRelation } from '../../../src/coder/types';
import { validateDataset } from '../../../src/domain/validate';

const text = 'Russia accused Ukraine of shelling. Jane Doe, a reporter, said talks will resume.';

const actor = (id: string, label: string, kind: string, names: string[]): SuggestedActor => ({
  id,
  label,
  kind,
  names,
  mentions: [],
  why: 'test',
  confidence: 1,
});

const span = (words: string) => {
  const start = text.indexOf(words);
  return { start, end: start + words.length };
};

const relation = (
  id: string,
  source: string,
  type: string,
  target: string,
  quote: string,
  extra: Partial<SuggestedRelation> = {},
): SuggestedRelation => ({
  id,
  source,
  target,
  type,
  directed: type !== 'CONSULT',
  sentence: 0,
  quote: span(quote),
  why: { trigger: quote, triggerSpan: span(quote), rule: 'test', explanation: 'test' },
  confidence: 0.9,
  notes: [],
  ...extra,
});

const actors = [
  actor('russia', 'Russia', 'state', ['Russia', 'the Kremlin']),
  actor('ukraine', 'Ukraine', 'state', ['Ukraine']),
  actor('jane-doe', 'Jane Doe', 'person', ['Jane Doe']),
  actor('unused', 'Unused', 'state', ['Unused']),
];

describe('datasetFromSuggestions', () => {
  it('keeps only the relations passed in, with verbatim quotes, and validates', () => {
    const file = datasetFromSuggestions({
      id: 'pasted',
      title: 'Pasted',
      source: {},
      text,
      actors,
      relations: [
        relation('accuse', 'russia', 'ACCUSE', 'ukraine', 'Russia accused Ukraine of shelling.'),
        relation('talks', 'russia', 'CONSULT', 'ukraine', 'talks will resume', {
          status: 'planned',
          reportedBy: 'jane-doe',
        }),
      ],
    });
    expect(file.relations.map((r) => r.id)).toEqual(['accuse', 'talks']);
    expect(file.relations[1]).toMatchObject({
      status: 'planned',
      evidence: [{ quote: 'talks will resume', reportedBy: 'jane-doe' }],
    });
    // The unused actor stays out; the reporter is kept because a quote cites it.
    expect(file.actors.map((a) => a.id)).toEqual(['russia', 'ukraine', 'jane-doe']);
    // "the Kremlin" is not in this text, so it cannot be an alias of the dataset.
    expect(file.actors[0]?.aliases).toEqual([]);
    expect(file.kinds).toEqual([{ id: 'person', label: 'Person' }]);
    expect(file.article).toBe(text);
    const result = validateDataset({ graphText: JSON.stringify(file) });
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('drops a relation whose actor was not passed in, and keeps an actor asked for', () => {
    const file = datasetFromSuggestions({
      id: 'pasted',
      title: 'Pasted',
      source: {},
      text,
      actors: actors.slice(0, 2),
      relations: [relation('talks', 'russia', 'CONSULT', 'jane-doe', 'talks will resume')],
      keepActors: ['ukraine'],
    });
    expect(file.relations).toEqual([]);
    expect(file.actors.map((a) => a.id)).toEqual(['ukraine']);
  });

  it('gives two relations left with one id distinct ids', () => {
    const file = datasetFromSuggestions({
      id: 'pasted',
      title: 'Pasted',
      source: {},
      text,
      actors,
      relations: [
        relation('same', 'russia', 'ACCUSE', 'ukraine', 'Russia accused Ukraine'),
        relation('same', 'ukraine', 'ACCUSE', 'russia', 'Russia accused Ukraine'),
      ],
    });
    expect(file.relations.map((r) => r.id)).toEqual(['same', 'same-2']);
  });
});
