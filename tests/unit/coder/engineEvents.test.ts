import { describe, expect, it } from 'vitest';

import { code, find, quoteOf, said } from './engineKit';

describe('a trigger of each kind, with its subject and target', () => {
  it.each([
    [
      'China accused the United States of meddling.',
      'China ACCUSE United States',
      'lexicon:ACCUSE:accuse',
    ],
    ['Poland condemned Belarus on Friday.', 'Poland ACCUSE Belarus', 'lexicon:ACCUSE:condemn'],
    [
      'The EU urged Serbia to recognise Kosovo.',
      'European Union REQUEST Serbia',
      'lexicon:REQUEST:urge',
    ],
    ['Canada called on India to cooperate.', 'Canada REQUEST India', 'lexicon:REQUEST:call-on'],
    ['Iran warned Israel against any attack.', 'Iran THREATEN Israel', 'lexicon:THREATEN:warn'],
    [
      'Japan backed the Philippines in the dispute.',
      'Japan SUPPORT Philippines',
      'lexicon:SUPPORT:back',
    ],
    ['Hungary rejected Ukraine’s demands.', 'Hungary REJECT Ukraine', 'lexicon:REJECT:reject'],
    [
      'Britain sanctioned Iran over the drones.',
      'United Kingdom SANCTION Iran',
      'lexicon:SANCTION:sanction',
    ],
    ['India banned Chinese apps.', 'India SANCTION China', 'lexicon:SANCTION:ban'],
    ['Israel struck Lebanon overnight.', 'Israel ASSAULT Lebanon', 'lexicon:ASSAULT:strike'],
    ['Venezuela expelled Spanish diplomats.', 'Venezuela COERCE Spain', 'lexicon:COERCE:expel'],
    ['Egypt and Qatar agreed on a truce plan.', 'Egypt AGREE Qatar', 'lexicon:AGREE:agree'],
    ['Kenya met Somalia in Nairobi.', 'Kenya CONSULT Somalia', 'lexicon:CONSULT:meet'],
  ])('%s', (text, relation, rule) => {
    const coded = code(text);
    expect(said(coded)).toContain(relation);
    expect(coded.relations.find((suggestion) => suggestion.why.rule === rule)).toBeDefined();
  });

  it('reads a noun with its qualifier or the verb that carries it', () => {
    expect(said(code('Russian strikes on Kyiv killed four.'))).toContain('Russia ASSAULT Ukraine');
    expect(said(code('Germany sent weapons to Ukraine.'))).toContain('Germany AID Ukraine');
    expect(said(code('Brazil held talks with Argentina.'))).toContain('Brazil CONSULT Argentina');
    expect(said(code('Peace talks between Armenia and Azerbaijan resumed.'))).toContain(
      'Armenia CONSULT Azerbaijan',
    );
    expect(said(code('France and Germany signed an agreement.'))).toContain('France AGREE Germany');
  });

  it('reads a passive: who acts is after "by"', () => {
    const coded = code('South Korea, which hosts US troops, was sanctioned by China.');
    expect(said(coded)).toContain('China SANCTION South Korea');
  });

  it('expands lists of subjects and objects to one suggestion each', () => {
    const coded = code('Sweden and Finland condemned Russia and Belarus.');
    expect(said(coded)).toEqual(
      expect.arrayContaining([
        'Sweden ACCUSE Russia',
        'Sweden ACCUSE Belarus',
        'Finland ACCUSE Russia',
        'Finland ACCUSE Belarus',
      ]),
    );
  });

  it('makes three or more parties that gather one meeting, each attending it', () => {
    const coded = code(
      'Officials from Egypt, Qatar and Jordan gathered in Cairo on Monday. The talks in Cairo stalled.',
    );
    const meeting = coded.actors.find((actor) => actor.kind === 'meeting');
    expect(meeting?.label).toBe('Meeting in Cairo');
    expect(meeting?.names).toContain('talks in Cairo');
    for (const party of ['Egypt', 'Qatar', 'Jordan']) {
      const attends = find(coded, party, 'CONSULT', 'Meeting in Cairo');
      expect(attends?.directed).toBe(true);
      expect(attends?.when).toBe('on Monday');
    }
  });
});

describe('what the words around a trigger change', () => {
  it('proposes nothing for a negated act', () => {
    expect(code('The US did not sanction China.').relations).toEqual([]);
    expect(code('Russia never attacked Finland.').relations).toEqual([]);
  });

  it('reads a refusal as a rejection, with a note', () => {
    const refusal = find(code('Russia refused to meet Ukraine.'), 'Russia', 'REJECT', 'Ukraine');
    expect(refusal?.notes.join(' ')).toMatch(/refus/);
    expect(said(code('Russia refused to meet Ukraine.'))).not.toContain('Russia CONSULT Ukraine');
  });

  it('reads "could" and "threatened to" before an attack as a threat', () => {
    for (const text of ['Russia could strike Poland.', 'Russia threatened to strike Poland.']) {
      const coded = code(text);
      expect(said(coded)).toEqual(['Russia THREATEN Poland']);
      expect(coded.relations[0]?.notes.join(' ')).toMatch(/threat/);
    }
  });

  it('marks what is announced or intended as planned', () => {
    expect(
      find(
        code('Erdogan will meet Putin in Sochi.'),
        'Recep Tayyip Erdoğan',
        'CONSULT',
        'Vladimir Putin',
      )?.status,
    ).toBe('planned');
    expect(find(code('Israel plans to attack Iran.'), 'Israel', 'ASSAULT', 'Iran')?.status).toBe(
      'planned',
    );
  });

  it('marks talks at a standstill as stalled', () => {
    const stalled = find(
      code('Talks between Serbia and Kosovo have stalled again.'),
      'Serbia',
      'CONSULT',
      'Kosovo',
    );
    expect(stalled?.status).toBe('stalled');
  });

  it('proposes nothing under a condition', () => {
    expect(said(code('If Turkey attacks Greece, the alliance will respond.'))).toEqual([]);
  });

  it('gives a threat under a condition its target: "… unless X", "if … from X"', () => {
    const unless = code(
      'Hungary warned that it would veto the plan unless Ukraine and Poland agree.',
    );
    expect(said(unless)).toEqual(
      expect.arrayContaining(['Hungary THREATEN Ukraine', 'Hungary THREATEN Poland']),
    );
    const reserve = code(
      'China reserves the right to use force if it faces provocations from Taiwan.',
    );
    expect(said(reserve)).toContain('China THREATEN Taiwan');
  });

  it('keeps "when" in the text’s own words, and never invents one', () => {
    expect(find(code('Chile condemned Peru last week.'), 'Chile', 'ACCUSE', 'Peru')?.when).toBe(
      'last week',
    );
    expect(find(code('Chile condemned Peru.'), 'Chile', 'ACCUSE', 'Peru')?.when).toBeUndefined();
  });
});

describe('who reports and who claims', () => {
  it('"X said Y attacked Z": Y attacks Z, reported by X', () => {
    const coded = code('Zelensky said Russia attacked Kyiv on Monday.');
    const attack = find(coded, 'Russia', 'ASSAULT', 'Ukraine');
    expect(attack?.reportedBy).toBe('volodymyr-zelenskyy');
    expect(attack?.allegedBy).toBeUndefined();
  });

  it('"X claimed Y attacked Z": alleged by X', () => {
    const attack = find(
      code('Trump claimed that China attacked Taiwan.'),
      'China',
      'ASSAULT',
      'Taiwan',
    );
    expect(attack?.allegedBy).toBe('donald-trump');
    expect(attack?.notes.join(' ')).toMatch(/Claimed/);
  });

  it('"according to X" makes X the reporter', () => {
    expect(
      find(code('According to TASS, Russia attacked Ukraine.'), 'Russia', 'ASSAULT', 'Ukraine')
        ?.reportedBy,
    ).toBe('tass');
  });

  it('"X accused Y of encouraging Z": X accuses Y, and the support is only X’s claim', () => {
    const coded = code('Iran accused Western countries of encouraging Israel.');
    expect(said(coded)).toContain('Iran ACCUSE Western countries');
    expect(find(coded, 'Western countries', 'SUPPORT', 'Israel')?.allegedBy).toBe('iran');
  });

  it('a state’s ministry speaks for the state, and reports it', () => {
    const coded = code('The Turkish Ministry of Foreign Affairs denounced Greece.');
    const denounced = find(coded, 'Türkiye', 'ACCUSE', 'Greece');
    expect(denounced?.reportedBy).toBe('turkish-ministry-of-foreign-affairs');
  });
});

describe('what a sentence says across its triggers', () => {
  it('joins two mentions of one attack: who in one, on whom in the other', () => {
    const coded = code('In the latest attacks on Kyiv, Russian drones and missiles killed six.');
    const attack = find(coded, 'Russia', 'ASSAULT', 'Ukraine');
    expect(attack?.confidence).toBeLessThan(0.6);
    expect(quoteOf(coded, attack)).toMatch(/^In the latest attacks on Kyiv, Russian drones/);
  });

  it('reads "strikes on both sides" as each side against the other', () => {
    const coded = code('Talks between India and Pakistan failed as strikes on both sides went on.');
    expect(said(coded)).toEqual(
      expect.arrayContaining(['India ASSAULT Pakistan', 'Pakistan ASSAULT India']),
    );
  });

  it('backing a resolution that criticises someone criticises them too, at lower confidence', () => {
    const coded = code('Brazil supported a UN General Assembly resolution condemning Russia.');
    expect(said(coded)).toEqual(
      expect.arrayContaining([
        'Brazil SUPPORT UN General Assembly',
        'UN General Assembly ACCUSE Russia',
        'Brazil ACCUSE Russia',
      ]),
    );
    expect(find(coded, 'Brazil', 'ACCUSE', 'Russia')?.confidence).toBeLessThan(
      find(coded, 'UN General Assembly', 'ACCUSE', 'Russia')?.confidence ?? 0,
    );
  });

  it('a speaker’s harsh judgement of someone is proposed as criticism', () => {
    const coded = code('Javier Milei said that Lula has been irresponsible.');
    expect(find(coded, 'Javier Milei', 'ACCUSE', 'Luiz Inácio Lula da Silva')?.why.rule).toBe(
      'judgement:ACCUSE',
    );
  });

  it('claiming or being blamed for the attack reported before', () => {
    const coded = code(
      'Drones hit Saudi Arabia on Saturday. The Sahel Liberation movement claimed responsibility for the attacks. ' +
        'US Secretary of State Mike Pompeo blamed Iran for the attacks.',
    );
    expect(find(coded, 'Sahel Liberation movement', 'ASSAULT', 'Saudi Arabia')?.allegedBy).toBe(
      'sahel-liberation-movement',
    );
    expect(find(coded, 'Iran', 'ASSAULT', 'Saudi Arabia')?.allegedBy).toBe('mike-pompeo');
  });

  it('leaving a deal with someone rejects them', () => {
    const coded = code('In 2018 Trump withdrew the US from the nuclear deal with Iran.');
    expect(find(coded, 'United States', 'REJECT', 'Iran')?.why.rule).toBe(
      'rule:withdraw-from-deal',
    );
  });

  it('an attack on a state’s body is an attack on the state', () => {
    const coded = code(
      'Ukraine attacked Russia’s state-owned Gazprom Neft refinery. Ukraine struck Gazprom Neft again.',
    );
    expect(said(coded)).toContain('Ukraine ASSAULT Russia');
  });

  it('condemning "the operation" condemns the one who attacked before', () => {
    const coded = code(
      'Turkey began a military offensive into Syria on Wednesday. The military operation was condemned by members of the European Union.',
    );
    expect(said(coded)).toEqual(
      expect.arrayContaining(['Türkiye ASSAULT Syria', 'European Union ACCUSE Türkiye']),
    );
  });
});

describe('lists and long names', () => {
  it('keeps a list with a comma before "and" whole', () => {
    const coded = code('Envoys from Washington, Kyiv, and Warsaw gathered for talks in Geneva.');
    for (const party of ['United States', 'Ukraine', 'Poland']) {
      expect(find(coded, party, 'CONSULT', 'Meeting in Geneva')).toBeDefined();
    }
  });

  it('reads "the government of Syria" as Syria and "(SDF)" as another name', () => {
    const coded = code(
      'The Syrian Democratic Forces (SDF) entered into an agreement with the government of Syria. The SDF said so.',
    );
    const sdf = coded.actors.find((actor) => actor.label === 'Syrian Democratic Forces');
    expect(sdf?.names).toEqual(['Syrian Democratic Forces', 'SDF']);
    expect(sdf?.mentions).toHaveLength(3);
    expect(said(coded)).toContain('Syrian Democratic Forces AGREE Syria');
    expect(said(coded)).not.toContain('Syrian Democratic Forces PART_OF Syria');
  });

  it('reads "Yemen-based" as qualifying the movement, not acting', () => {
    const coded = code(
      'Drones hit Saudi Arabia. The Yemen-based Sahel movement claimed responsibility for the attacks.',
    );
    expect(said(coded)).toEqual(['Sahel movement ASSAULT Saudi Arabia']);
  });
});
