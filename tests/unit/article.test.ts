import { describe, expect, it } from 'vitest';

import { indexArticle, mentionSegments } from '../../src/domain/article';
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
