import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { findKnownNames } from '../../../src/coder/gazetteer';

/** What a reviewer would see for each name: its words, whom it names and how. */
const found = (text: string) =>
  findKnownNames(text).map((name) => [name.text, name.entity.entry.id, name.via]);

describe('findKnownNames', () => {
  it('finds states by demonym and capital, and leaders by full name', () => {
    expect(found('Russian President Vladimir Putin met Ukrainian officials in Kyiv.')).toEqual([
      ['Russian', 'russia', 'demonym'],
      ['Vladimir Putin', 'vladimir-putin', 'name'],
      ['Ukrainian', 'ukraine', 'demonym'],
      ['Kyiv', 'ukraine', 'metonym'],
    ]);
  });

  it('takes a leading "the" into the span when the table writes the name with it', () => {
    const [kremlin] = findKnownNames('The Kremlin said on Friday');
    expect(kremlin).toMatchObject({ text: 'The Kremlin', span: { start: 0, end: 11 } });
    expect(kremlin?.entity).toMatchObject({ kind: 'state', entry: { id: 'russia' } });
    expect(kremlin?.via).toBe('metonym');
    expect(found('Kremlin spokesman')).toEqual([['Kremlin', 'russia', 'metonym']]);
    expect(found('the Russian army')).toEqual([['Russian', 'russia', 'demonym']]);
  });

  it('matches short aliases on word boundaries only', () => {
    expect(found('US presses Ukraine')).toEqual([
      ['US', 'united-states', 'alias'],
      ['Ukraine', 'ukraine', 'name'],
    ]);
    expect(found('a focus on trust, thus')).toEqual([]);
    expect(found('USA')).toEqual([['USA', 'united-states', 'alias']]);
    expect(found('U.S.-led talks')).toEqual([['U.S.', 'united-states', 'alias']]);
  });

  it('reads a possessive as the name, with either apostrophe', () => {
    expect(found("South Africa's vote")).toEqual([['South Africa', 'south-africa', 'name']]);
    expect(found('Ukraine’s capital')).toEqual([['Ukraine', 'ukraine', 'name']]);
    expect(found('Kyivʼs mayor')).toEqual([['Kyiv', 'ukraine', 'metonym']]);
  });

  it('prefers the longest name', () => {
    expect(found('a UN General Assembly resolution')).toEqual([
      ['UN General Assembly', 'un-general-assembly', 'name'],
    ]);
    expect(found('the United Nations General Assembly')).toEqual([
      ['United Nations General Assembly', 'un-general-assembly', 'alias'],
    ]);
    expect(found('the Russian Federation')).toEqual([
      ['the Russian Federation', 'russia', 'alias'],
    ]);
    expect(found('South Sudan and Sudan')).toEqual([
      ['South Sudan', 'south-sudan', 'name'],
      ['Sudan', 'sudan', 'name'],
    ]);
  });

  it('reads Brussels as the EU, and hyphenated pairs as two states', () => {
    expect(found('Brussels imposed sanctions')).toEqual([['Brussels', 'eu', 'alias']]);
    expect(found('Russia-Ukraine talks')).toEqual([
      ['Russia', 'russia', 'name'],
      ['Ukraine', 'ukraine', 'name'],
    ]);
  });

  it('ties a capitalised bare surname of a listed leader, and nothing lower case', () => {
    expect(found('Putin said')).toEqual([['Putin', 'vladimir-putin', 'surname']]);
    expect(found('Zelensky and Zelenskiy')).toEqual([
      ['Zelensky', 'volodymyr-zelenskyy', 'surname'],
      ['Zelenskiy', 'volodymyr-zelenskyy', 'surname'],
    ]);
    expect(found('a trump card')).toEqual([]);
  });

  it('leaves out surnames that name too many people', () => {
    expect(found('Li said and Kim replied')).toEqual([]);
  });

  it('ignores accents, so plain spellings match too', () => {
    expect(found('Erdogan met Erdoğan at the Elysee')).toEqual([
      ['Erdogan', 'recep-tayyip-erdogan', 'surname'],
      ['Erdoğan', 'recep-tayyip-erdogan', 'surname'],
      ['the Elysee', 'france', 'metonym'],
    ]);
  });

  it('does not read a place or person named after a state as the state', () => {
    expect(found('New Mexico and Northern Ireland')).toEqual([]);
    expect(found('Latin America and the Minsk agreements')).toEqual([]);
    expect(found('Israel Katz said')).toEqual([['Israel Katz', 'israel-katz', 'name']]);
    expect(found('The Washington Post reported')).toEqual([
      ['The Washington Post', 'washington-post', 'name'],
    ]);
  });

  it('does not join words across a paragraph break', () => {
    expect(found('South\n\nAfrica')).toEqual([]);
    expect(found('South\nAfrica')).toEqual([['South\nAfrica', 'south-africa', 'name']]);
  });

  it('finds the actors of the shipped article, in order and never overlapping', () => {
    const text = readFileSync('data/russia-ukraine-talks/article.txt', 'utf8');
    const names = findKnownNames(text);
    for (const [i, name] of names.entries()) {
      expect(text.slice(name.span.start, name.span.end)).toBe(name.text);
      const previous = names[i - 1];
      if (previous) expect(name.span.start).toBeGreaterThanOrEqual(previous.span.end);
    }
    const ids = new Set(names.map((name) => name.entity.entry.id));
    for (const id of ['russia', 'ukraine', 'united-states', 'united-kingdom', 'south-africa']) {
      expect(ids).toContain(id);
    }
    for (const id of ['un-general-assembly', 'brics', 'tass', 'belarus', 'sergei-shoigu']) {
      expect(ids).toContain(id);
    }
    expect(found("Moscow's top security official, Sergei Shoigu")).toEqual([
      ['Moscow', 'russia', 'metonym'],
      ['Sergei Shoigu', 'sergei-shoigu', 'name'],
    ]);
  });
});
