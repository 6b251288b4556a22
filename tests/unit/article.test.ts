import { describe, expect, it } from 'vitest';

import { generateActorGraph } from '../../scripts/generate/actorGraph';
import { indexArticle, mentionSegments, sentenceOfQuote } from '../../src/domain/article';
import type { Relation } from '../../src/domain/dataset';
import { realDataset } from './realDataset';

const dataset = realDataset();
const index = indexArticle(dataset);
const sentences = index.blocks.flatMap((block) => block.sentences);

describe('indexArticle', () => {
  it('finds the three headings and keeps the text in order', () => {
    const headings = index.blocks
      .filter((block) => block.kind === 'heading')
      .map((block) => block.sentences[0]!.text);
    expect(headings).toEqual([
      'Zelensky returns from South Africa trip',
      'US presses Ukraine for minerals deal',
      'Right to use of nuclear weapons',
    ]);
    for (const sentence of sentences) {
      expect(dataset.article?.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
  });

  it('ties every relation to at least one sentence, and each sentence back to it', () => {
    for (const relation of dataset.relations) {
      const ids = index.sentencesByRelation.get(relation.id) ?? [];
      expect(ids.length, relation.id).toBeGreaterThan(0);
      for (const id of ids) {
        expect(sentences.find((sentence) => sentence.id === id)?.relationIds).toContain(
          relation.id,
        );
      }
    }
  });

  it('links the Kiev strike sentence to the Russian assault', () => {
    const strike = sentences.find((sentence) =>
      sentence.text.includes('killed at least nine people'),
    );
    expect(strike?.relationIds).toContain('russia-strikes-ukraine');
  });

  it('splits a paragraph with two sentences', () => {
    const twoSentences = {
      ...dataset,
      article: 'Russia attacked. Ukraine replied “no.” Then talks.\nA heading line',
      relations: [],
    };
    const blocks = indexArticle(twoSentences).blocks;
    expect(blocks[0]!.sentences.map((sentence) => sentence.text)).toEqual([
      'Russia attacked.',
      'Ukraine replied “no.”',
      'Then talks.',
    ]);
    expect(blocks[1]!.kind).toBe('heading');
  });
});

describe('indexArticle at scale and at sentence edges', () => {
  it('ties each relation of a generated 2,000-relation graph to the one sentence it quotes', () => {
    const { graph, article } = generateActorGraph({ relations: 2000, seed: 5 });
    const big = indexArticle({ article, relations: graph.relations });
    const byId = new Map(
      big.blocks.flatMap((block) => block.sentences).map((sentence) => [sentence.id, sentence]),
    );
    for (const relation of graph.relations) {
      const ids = big.sentencesByRelation.get(relation.id)!;
      // Generated quotes can repeat word for word; the first occurrence is the one marked.
      const quote = relation.evidence[0]!.quote;
      const first = [...byId.values()].find((sentence) => sentence.text === `${quote}.`)!;
      expect(ids, relation.id).toEqual([first.id]);
      expect(first.relationIds).toContain(relation.id);
    }
  });

  it('ties a quote that runs across a sentence end to both sentences, and only those', () => {
    const article = 'Talks began. Russia attacked at dawn. Ukraine replied by noon. Then calm.';
    const relations = [
      { id: 'across', evidence: [{ quote: 'at dawn. Ukraine replied' }] },
      { id: 'first', evidence: [{ quote: 'Talks began.' }] },
      { id: 'last', evidence: [{ quote: 'calm.' }] },
      { id: 'twice', evidence: [{ quote: 'Then calm.' }, { quote: 'Then' }] },
      { id: 'missing', evidence: [{ quote: 'Peace was signed.' }] },
    ] as unknown as Relation[];
    const small = indexArticle({ article, relations });
    expect(Object.fromEntries(small.sentencesByRelation)).toEqual({
      across: ['s2', 's3'],
      first: ['s1'],
      last: ['s4'],
      twice: ['s4'],
      missing: [],
    });
    expect(small.blocks[0]!.sentences.map((sentence) => sentence.relationIds)).toEqual([
      ['first'],
      ['across'],
      ['across'],
      ['last', 'twice'],
    ]);
    expect(sentenceOfQuote(small, article, 'Ukraine replied')).toBe('s3');
  });
});

describe('mentionSegments', () => {
  it('marks every alias as a whole word, longest name first', () => {
    const segments = mentionSegments(
      'the meeting with the President of South Africa, in Kiev; Kievan is no mention',
      dataset.actors,
    );
    expect(segments.filter((segment) => segment.actorId)).toEqual([
      { text: 'President of South Africa', actorId: 'south-africa-president' },
      { text: 'Kiev', actorId: 'ukraine' },
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe(
      'the meeting with the President of South Africa, in Kiev; Kievan is no mention',
    );
  });

  it('finds the Kremlin as Russia and Zelensky as Zelenskyy', () => {
    const mentioned = mentionSegments('the Kremlin maintains Zelensky', dataset.actors)
      .filter((segment) => segment.actorId)
      .map((segment) => segment.actorId);
    expect(mentioned).toEqual(['russia', 'zelenskyy']);
  });
});

describe('mentionSegments and search-only names', () => {
  it('marks the article’s names for an actor, never a name that only helps search', () => {
    const ukraine = dataset.actors.find((actor) => actor.id === 'ukraine')!;
    const actors = [{ ...ukraine, searchAliases: ['Kyiv', 'capital'] }];
    const segments = mentionSegments('Strikes on Kiev, the capital, not Kyiv.', actors);
    expect(segments.filter((segment) => segment.actorId).map((segment) => segment.text)).toEqual([
      'Kiev',
    ]);
  });
});
