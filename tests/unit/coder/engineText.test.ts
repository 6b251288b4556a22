import { describe, expect, it } from 'vitest';

import { codeText } from '../../../src/coder';
import { readability } from '../../../src/coder/engine/language';
import { splitSentences } from '../../../src/coder/engine/sentences';
import { code, said } from './engineKit';

const sentencesOf = (text: string) =>
  splitSentences(text).map((sentence) => text.slice(sentence.span.start, sentence.span.end));

describe('sentences', () => {
  it('ends a sentence at a full stop before a capital, and a headline at its line break', () => {
    expect(
      sentencesOf(
        'Kyiv was hit overnight. Officials said 12 died.\nTalks resume in Geneva\nThey met.',
      ),
    ).toEqual([
      'Kyiv was hit overnight.',
      'Officials said 12 died.',
      'Talks resume in Geneva',
      'They met.',
    ]);
  });

  it('does not end a sentence after an abbreviation or an initial', () => {
    expect(
      sentencesOf('Mr. Blinken met the U.S. envoy and J. D. Vance on Monday. Then he left.'),
    ).toEqual(['Mr. Blinken met the U.S. envoy and J. D. Vance on Monday.', 'Then he left.']);
  });

  it('keeps a closing quotation mark with its sentence', () => {
    expect(sentencesOf('He said: "We will not yield." Moscow disagreed.')).toEqual([
      'He said: "We will not yield."',
      'Moscow disagreed.',
    ]);
  });
});

describe('what the coder reads', () => {
  it('says so when the text is empty, and suggests nothing', () => {
    const coded = codeText('   \n ');
    expect(coded.relations).toEqual([]);
    expect(coded.notices.join(' ')).toMatch(/empty/);
  });

  it('reads English only: Cyrillic or another language gets a notice and no suggestions', () => {
    const russian = codeText(
      'Россия обвинила Украину в срыве переговоров в Лондоне. Путин встретился с Си.',
    );
    expect(russian.notices.join(' ')).toMatch(/Cyrillic.*reads English only/);
    expect(russian.relations).toEqual([]);
    const german = codeText(
      'Deutschland hat am Montag der iranischen Fluggesellschaft Mahan Air die Landeerlaubnis entzogen. ' +
        'Die Regierung begründete den Schritt mit Sicherheitsbedenken und verwies auf Hinweise der Dienste.',
    );
    expect(german.notices.join(' ')).toMatch(/reads English only/);
    expect(german.relations).toEqual([]);
    expect(
      readability('Russia accused Ukraine of shelling the plant, and the UN called for calm.'),
    ).toEqual({
      readable: true,
    });
  });

  it('reports progress in sentences, ending at the total', () => {
    const text = Array.from(
      { length: 90 },
      (_, i) => `Russia attacked Ukraine on day ${i + 1}.`,
    ).join(' ');
    const calls: [number, number][] = [];
    codeText(text, { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls.length).toBeGreaterThan(1);
    expect(calls.at(-1)).toEqual([90, 90]);
    expect(
      calls.every(([done], i) => i === 0 || done > (calls[i - 1] as [number, number])[0]),
    ).toBe(true);
  });

  it('gives the same suggestions, ids and all, every time', () => {
    const text =
      'Russia accused Ukraine of shelling the plant. Ukraine denied it and blamed Russia.';
    expect(code(text)).toEqual(code(text));
    expect(said(code(text))).toContain('Russia ACCUSE Ukraine');
  });

  it('keeps every quote verbatim inside its own sentence', () => {
    const text =
      'Separately, Vice President JD Vance warned that the US would "walk away" unless Russia and Ukraine agree. ' +
      '“We’ve issued a proposal to both the Russians and the Ukrainians,” Vance told reporters.';
    const coded = code(text);
    expect(coded.relations.length).toBeGreaterThan(0);
    for (const relation of coded.relations) {
      const sentence = coded.sentences[relation.sentence];
      expect(sentence).toBeDefined();
      expect(relation.quote.start).toBeGreaterThanOrEqual(sentence?.span.start ?? Infinity);
      expect(relation.quote.end).toBeLessThanOrEqual(sentence?.span.end ?? -1);
      expect(text.slice(relation.why.triggerSpan.start, relation.why.triggerSpan.end)).toBe(
        relation.why.trigger,
      );
    }
  });
});
