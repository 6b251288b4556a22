import { describe, expect, it } from 'vitest';

import { code, find, quoteOf, said } from './engineKit';

describe('standing ties stated in passing', () => {
  it('"its ally Belarus": an alliance, undirected', () => {
    const coded = code('Moscow promised to defend Russia or its ally Belarus.');
    const ally = find(coded, 'Russia', 'ALLY_OF', 'Belarus');
    expect(ally?.why.rule).toBe('apposition:ally');
    expect(ally?.directed).toBe(false);
    expect(quoteOf(coded, ally)).toBe('its ally Belarus');
  });

  it('"allies such as Germany": each named ally of the subject', () => {
    const coded = code('The US has been pressing allies such as Japan and Australia to act.');
    expect(said(coded)).toEqual(
      expect.arrayContaining(['United States ALLY_OF Japan', 'United States ALLY_OF Australia']),
    );
  });

  it('"which has close ties with X through BRICS": ties, and both are members', () => {
    const coded = code('Brazil, which has close ties with China through BRICS, voted against it.');
    expect(find(coded, 'Brazil', 'TIES_WITH', 'China')?.why.rule).toBe('relative:ties');
    expect(find(coded, 'Brazil', 'MEMBER_OF', 'BRICS')?.why.rule).toBe('membership:through');
    expect(find(coded, 'China', 'MEMBER_OF', 'BRICS')).toBeDefined();
  });

  it('"aligned with": close ties', () => {
    expect(said(code('Syria, which is closely aligned with Iran, stayed silent.'))).toContain(
      'Syria TIES_WITH Iran',
    );
  });

  it('"a member of NATO" and "NATO member Poland": membership', () => {
    expect(
      find(code('Turkey, a member of NATO, objected.'), 'Türkiye', 'MEMBER_OF', 'NATO')?.why.rule,
    ).toBe('membership:member-of');
    expect(
      find(code('NATO member Estonia objected.'), 'Estonia', 'MEMBER_OF', 'NATO')?.why.rule,
    ).toBe('membership:compound');
  });

  it('"its Security Council": a body of the state', () => {
    const coded = code('Russia said its powerful Security Council would meet.');
    const partOf = find(coded, 'Security Council', 'PART_OF', 'Russia');
    expect(partOf?.why.rule).toBe('possessive:part-of');
    expect(quoteOf(coded, partOf)).toBe('its powerful Security Council');
  });

  it('"appointed to head its Security Council": the person leads the body', () => {
    const coded = code(
      'Russia reshuffled its cabinet. Nikolai Patrushev, who was appointed to head its Security Council in 2008, stayed.',
    );
    expect(find(coded, 'Nikolai Patrushev', 'LEADS', 'Security Council')?.why.rule).toBe(
      'verb:LEADS',
    );
  });

  it('"served as Russia’s defence minister": an office, perhaps a past one', () => {
    const coded = code("Andrei Belousov, who served as Russia's defense minister, said little.");
    const office = find(coded, 'Andrei Belousov', 'OFFICIAL_OF', 'Russia');
    expect(office?.why.rule).toBe('served-as:OFFICIAL_OF');
    expect(office?.notes.join(' ')).toMatch(/past/);
  });

  it('a tie is suggested once per text, from its best quote', () => {
    const coded = code(
      'Russian President Vladimir Putin spoke. Later President Vladimir Putin left.',
    );
    const ties = coded.relations.filter((relation) => relation.type === 'LEADS');
    expect(ties).toHaveLength(1);
    expect(quoteOf(coded, ties[0])).toBe('Russian President Vladimir Putin');
  });
});
