import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { code, find, quoteOf } from './engineKit';

const article = readFileSync(
  new URL('../../../data/russia-ukraine-talks/article.txt', import.meta.url),
  'utf8',
);
const coded = code(article);

describe('the built-in article, as a reader would check it', () => {
  it('reads the Kremlin as Russia', () => {
    const russia = coded.actors.find((actor) => actor.id === 'russia');
    expect(russia?.names).toEqual(expect.arrayContaining(['the Kremlin', 'Moscow', 'Russian']));
  });

  it('reads "accused … of undermining" as Russia accusing Zelenskyy, nothing said of Zelenskyy', () => {
    const accusation = find(coded, 'Russia', 'ACCUSE', 'Volodymyr Zelenskyy');
    expect(quoteOf(coded, accusation)).toMatch(
      /^Russia has accused Ukrainian President Volodymyr Zelenskyy of undermining/,
    );
    expect(accusation?.why.rule).toBe('lexicon:ACCUSE:accuse');
    const aboutZelenskyy = coded.relations.filter(
      (relation) =>
        relation.source === 'volodymyr-zelenskyy' &&
        relation.sentence === accusation?.sentence &&
        relation.type !== 'LEADS',
    );
    expect(aboutZelenskyy).toEqual([]);
  });

  it('marks the deadlocked talks stalled and the meeting Zelenskyy will have planned', () => {
    expect(find(coded, 'Russia', 'CONSULT', 'Ukraine')?.status).toBe('stalled');
    expect(find(coded, 'Volodymyr Zelenskyy', 'CONSULT', 'President of South Africa')?.status).toBe(
      'planned',
    );
  });

  it('ties the titled leaders to their states with the title’s words as quote', () => {
    expect(quoteOf(coded, find(coded, 'Vladimir Putin', 'LEADS', 'Russia'))).toBe(
      'Russian President Vladimir Putin',
    );
    expect(quoteOf(coded, find(coded, 'Sergei Shoigu', 'OFFICIAL_OF', 'Russia'))).toBe(
      "Moscow's top security official, Sergei Shoigu",
    );
  });

  it('codes the state’s act to the state, reported by the official who states it', () => {
    const threat = find(coded, 'United States', 'THREATEN', 'Russia');
    expect(threat?.reportedBy).toBe('jd-vance');
    expect(quoteOf(coded, threat)).toMatch(
      /Vance warned that the US would "walk away" unless Russia and Ukraine agree/,
    );
    expect(find(coded, 'JD Vance', 'THREATEN', 'Russia')).toBeUndefined();
  });

  it('keeps Trump’s claimed deals as his claims, and the elusive one stalled', () => {
    expect(find(coded, 'Donald Trump', 'AGREE', 'Vladimir Putin')?.allegedBy).toBe('donald-trump');
    const elusive = coded.relations.find(
      (relation) => relation.type === 'AGREE' && relation.status === 'stalled',
    );
    expect(quoteOf(coded, elusive)).toMatch(/a deal with Zelenskyy remains elusive/);
  });

  it('gives every suggestion a verbatim quote inside its sentence, a rule and a confidence', () => {
    for (const relation of coded.relations) {
      const sentence = coded.sentences[relation.sentence];
      expect(relation.quote.start).toBeGreaterThanOrEqual(sentence?.span.start ?? Infinity);
      expect(relation.quote.end).toBeLessThanOrEqual(sentence?.span.end ?? -1);
      expect(article.slice(relation.why.triggerSpan.start, relation.why.triggerSpan.end)).toBe(
        relation.why.trigger,
      );
      expect(relation.why.rule).toMatch(/^[a-z-]+:/);
      expect(relation.confidence).toBeGreaterThan(0);
      expect(relation.confidence).toBeLessThan(1);
    }
    expect(new Set(coded.relations.map((relation) => relation.id)).size).toBe(
      coded.relations.length,
    );
  });
});
