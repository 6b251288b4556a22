import { describe, expect, it } from 'vitest';

import { code, find, quoteOf, said } from './engineKit';

const actorNamed = (text: string, label: string) =>
  code(text).actors.find((actor) => actor.label === label);

describe('states, capitals and seats of government', () => {
  it('reads a seat of government, a capital and a demonym as the state', () => {
    const coded = code('The Kremlin said Moscow would answer, and Russian officials agreed.');
    const russia = coded.actors.find((actor) => actor.id === 'russia');
    expect(russia?.kind).toBe('state');
    expect(russia?.names).toEqual(['The Kremlin', 'Moscow', 'Russian']);
    expect(russia?.mentions.map((mention) => mention.via)).toEqual([
      'metonym',
      'metonym',
      'demonym',
    ]);
  });

  it('gives an actor the slug of its label as id', () => {
    const coded = code('Chinese President Xi Jinping met South Korea’s president in Seoul.');
    expect(coded.actors.map((actor) => actor.id)).toEqual(
      expect.arrayContaining(['china', 'xi-jinping', 'south-korea']),
    );
  });
});

describe('titles', () => {
  it('ties a titled leader to the state before the title, quoting those words', () => {
    const coded = code('Russian President Vladimir Putin arrived late.');
    const leads = find(coded, 'Vladimir Putin', 'LEADS', 'Russia');
    expect(quoteOf(coded, leads)).toBe('Russian President Vladimir Putin');
    expect(leads?.why.rule).toBe('title:LEADS');
    expect(coded.actors.find((actor) => actor.label === 'Vladimir Putin')?.kind).toBe('leader');
  });

  it('ties an official by the title table, and a person the tables do not know', () => {
    const coded = code(
      "Japan's finance minister Katsunobu Kato met US Treasury chief Scott Bessent.",
    );
    expect(find(coded, 'Katsunobu Kato', 'OFFICIAL_OF', 'Japan')).toBeDefined();
    expect(find(coded, 'Scott Bessent', 'OFFICIAL_OF', 'United States')).toBeDefined();
    expect(
      actorNamed("Japan's finance minister Katsunobu Kato spoke.", 'Katsunobu Kato')?.kind,
    ).toBe('leader');
  });

  it('reads a title in apposition on either side of the name', () => {
    const before = code("Iran's top diplomat, Abbas Araghchi, spoke.");
    expect(find(before, 'Abbas Araghchi', 'OFFICIAL_OF', 'Iran')).toBeDefined();
    const after = code('Mark Rutte, the secretary-general of NATO, spoke.');
    expect(said(after)).not.toContain('Mark Rutte OFFICIAL_OF NATO');
  });

  it('makes an unnamed office an actor of its own, and later mentions of it the same actor', () => {
    const coded = code(
      'Ramaphosa’s rival met the President of South Africa. Later the President of South Africa left.',
    );
    const office = coded.actors.find((actor) => actor.label === 'President of South Africa');
    expect(office?.kind).toBe('leader');
    expect(office?.mentions).toHaveLength(2);
    expect(find(coded, 'President of South Africa', 'LEADS', 'South Africa')).toBeDefined();
  });

  it('reads "the Ukrainian leader" as the person the text made Ukraine’s leader', () => {
    const coded = code(
      'Ukrainian President Volodymyr Zelenskyy flew home. Russia said the Ukrainian leader lied.',
    );
    const zelenskyy = coded.actors.find((actor) => actor.label === 'Volodymyr Zelenskyy');
    expect(zelenskyy?.names).toContain('the Ukrainian leader');
  });

  it('reads an unnamed official as the state: "the Libyan ambassador"', () => {
    const coded = code('Athens expelled the Libyan ambassador to Greece.');
    expect(said(coded)).toContain('Greece COERCE Libya');
  });

  it('ties no one by a former title', () => {
    const coded = code('Former US President Barack Obama spoke in Berlin.');
    expect(coded.relations.filter((relation) => relation.type === 'LEADS')).toEqual([]);
  });

  it('takes the state from the leaders table when the title names none, and says so', () => {
    const coded = code('President Zelenskyy returned home.');
    const leads = find(coded, 'Volodymyr Zelenskyy', 'LEADS', 'Ukraine');
    expect(leads?.notes.join(' ')).toMatch(/leaders table/);
    expect(coded.notices.join(' ')).toMatch(/leaders table/);
  });
});

describe('references', () => {
  it('reads "he" and "his" as the nearest person before, or the last sentence’s first', () => {
    const coded = code('Donald Trump spoke in Ohio. He said his deal with China was close.');
    const trump = coded.actors.find((actor) => actor.label === 'Donald Trump');
    expect(trump?.mentions.filter((mention) => mention.via === 'pronoun')).toHaveLength(2);
  });

  it('reads "its" as the nearest state, and a surname as the person named in full before', () => {
    const coded = code(
      'Denys Shmyhal spoke first. Later Shmyhal said Poland and its allies would help.',
    );
    const shmyhal = coded.actors.find((actor) => actor.label === 'Denys Shmyhal');
    expect(shmyhal?.mentions.map((mention) => mention.via)).toEqual(['name', 'surname']);
    expect(
      coded.actors.find((actor) => actor.id === 'poland')?.mentions.map((mention) => mention.via),
    ).toEqual(['name', 'pronoun']);
  });

  it('reads "the Trump administration" as the United States', () => {
    const coded = code('South Africa was sanctioned by the Trump administration.');
    expect(said(coded)).toContain('United States SANCTION South Africa');
    expect(coded.actors.find((actor) => actor.id === 'united-states')?.names).toContain(
      'the Trump administration',
    );
  });

  it('reads "I" in a quotation as its speaker and "we" as the speaker’s state', () => {
    const coded = code(
      'German Chancellor Friedrich Merz spoke. "We will send weapons to Ukraine and I will meet Zelenskyy," Merz said.',
    );
    expect(find(coded, 'Germany', 'AID', 'Ukraine')?.reportedBy).toBe('friedrich-merz');
    expect(find(coded, 'Friedrich Merz', 'CONSULT', 'Volodymyr Zelenskyy')?.status).toBe('planned');
  });
});

describe('organisations and groups', () => {
  it('finds a body named with a state’s demonym or "of <state>", and makes it part of the state', () => {
    const coded = code(
      'The Ukrainian State Emergency Service said fires were out. The Federal Aviation Office of Germany agreed.',
    );
    expect(find(coded, 'Ukrainian State Emergency Service', 'PART_OF', 'Ukraine')?.why.rule).toBe(
      'name:part-of',
    );
    expect(find(coded, 'Federal Aviation Office of Germany', 'PART_OF', 'Germany')).toBeDefined();
  });

  it('finds a company after a word that says it is one, and a later mention by its first word', () => {
    const coded = code(
      'Germany banned Iranian airline Mahan Air on Monday. Mahan denied wrongdoing.',
    );
    const mahan = coded.actors.find((actor) => actor.label === 'Mahan Air');
    expect(mahan?.kind).toBe('organization');
    expect(mahan?.names).toEqual(['Mahan Air', 'Mahan']);
    expect(said(coded)).toContain('Germany SANCTION Mahan Air');
  });

  it('names informal groups by region: "Western countries", "European “hawks”"', () => {
    const coded = code(
      'Russia accused Western countries and European “hawks” of prolonging the war.',
    );
    expect(said(coded)).toEqual(
      expect.arrayContaining(['Russia ACCUSE Western countries', 'Russia ACCUSE European hawks']),
    );
    expect(coded.actors.find((actor) => actor.label === 'European hawks')?.names).toEqual([
      'European “hawks”',
    ]);
  });

  it('does not make a person of every pair of capitals', () => {
    const coded = code('Tankers crossed the Middle East and the Red Sea on Monday.');
    expect(
      coded.actors.filter((actor) => actor.kind === 'person' || actor.kind === 'leader'),
    ).toEqual([]);
  });
});
