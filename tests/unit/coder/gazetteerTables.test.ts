import { describe, expect, it } from 'vitest';

import {
  LEADERS,
  LEADERS_AS_OF,
  LEADERS_NOTE,
  ORGANIZATIONS,
  STATES,
  TITLES,
  leaderById,
  organizationById,
  stateById,
  titleOf,
} from '../../../src/coder/gazetteer';
import { phraseIndex, surnamesOf } from '../../../src/coder/gazetteer/phraseIndex';
import { slugOf, tokenize } from '../../../src/coder/gazetteer/words';
import { SLUG } from '../../../src/domain/ids';

const NON_MEMBERS = ['holy-see', 'palestine', 'taiwan', 'kosovo'];

const words = (phrase: string) => tokenize(phrase).map((token) => token.word);

function containsWords(haystack: string, needle: string): boolean {
  const hay = words(haystack).join(' ');
  return ` ${hay} `.includes(` ${words(needle).join(' ')} `);
}

describe('the states table', () => {
  it('has every UN member state plus the Holy See, Palestine, Taiwan and Kosovo', () => {
    for (const id of NON_MEMBERS) expect(stateById(id)).toBeDefined();
    expect(STATES.filter((entry) => !NON_MEMBERS.includes(entry.id))).toHaveLength(193);
    for (const id of ['united-states', 'united-kingdom', 'south-africa', 'dr-congo', 'turkiye']) {
      expect(stateById(id)).toBeDefined();
    }
  });

  it('gives each state the slug of its name as id', () => {
    for (const entry of STATES) expect(entry.id).toBe(slugOf(entry.name));
  });

  it('writes every name, demonym and seat capitalised, so the case-sensitive matcher skips common words', () => {
    for (const entry of STATES) {
      for (const phrase of [entry.name, ...entry.aliases, ...entry.demonyms, ...entry.metonyms]) {
        expect(phrase.replace(/^the /, ''), `${entry.id}: ${phrase}`).toMatch(/^\p{Lu}/u);
      }
    }
  });

  it('knows the usual other names of the states the news names most', () => {
    expect(stateById('united-states')?.aliases).toEqual(
      expect.arrayContaining(['US', 'U.S.', 'USA', 'the United States', 'America']),
    );
    expect(stateById('united-kingdom')?.aliases).toEqual(
      expect.arrayContaining(['UK', 'U.K.', 'Britain', 'Great Britain']),
    );
    expect(stateById('russia')?.metonyms).toEqual(['Moscow', 'the Kremlin']);
    expect(stateById('united-kingdom')?.demonyms).toEqual(
      expect.arrayContaining(['British', 'Briton', 'Britons']),
    );
    expect(stateById('belgium')?.metonyms).not.toContain('Brussels');
    expect(organizationById('eu')?.aliases).toContain('Brussels');
  });
});

describe('the organisations table', () => {
  it('has slug ids, and every body is part of an organisation or state that exists', () => {
    for (const entry of ORGANIZATIONS) {
      expect(entry.id).toMatch(SLUG);
      if (entry.partOf) {
        expect(organizationById(entry.partOf) ?? stateById(entry.partOf), entry.id).toBeDefined();
      }
    }
    expect(organizationById('un-general-assembly')?.partOf).toBe('un');
    expect(organizationById('european-commission')?.partOf).toBe('eu');
    expect(organizationById('icc')?.partOf).toBeUndefined();
  });

  it('calls groupings of states blocs and bodies organisations', () => {
    expect(organizationById('brics')?.kind).toBe('bloc');
    expect(organizationById('nato')?.kind).toBe('bloc');
    expect(organizationById('iaea')?.kind).toBe('organization');
    expect(organizationById('tass')?.kind).toBe('organization');
  });
});

describe('the leaders table', () => {
  it('ties every leader to a state or organisation that exists, with slug ids', () => {
    for (const entry of LEADERS) {
      expect(entry.id).toBe(slugOf(entry.name));
      expect(stateById(entry.of) ?? organizationById(entry.of), entry.id).toBeDefined();
    }
    expect(leaderById('vladimir-putin')).toMatchObject({ of: 'russia', tie: 'LEADS' });
    expect(leaderById('sergei-lavrov')).toMatchObject({ of: 'russia', tie: 'OFFICIAL_OF' });
  });

  it('takes every bare surname from the name or an alias, never from nowhere', () => {
    for (const entry of LEADERS) {
      for (const surname of surnamesOf(entry)) {
        const names = [entry.name, ...entry.aliases];
        expect(
          names.some((name) => containsWords(name, surname)),
          `${entry.id}: ${surname}`,
        ).toBe(true);
      }
    }
  });

  it('says how old it is', () => {
    expect(LEADERS_AS_OF).toMatch(/20\d\d/);
    expect(LEADERS_AS_OF).toMatch(/not re-checked/);
    expect(LEADERS_NOTE.length).toBeGreaterThan(0);
  });
});

describe('all tables together', () => {
  it('never uses one id for two entries', () => {
    const ids = [...STATES, ...ORGANIZATIONS, ...LEADERS].map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('never lets two entries claim the same phrase', () => {
    expect(phraseIndex().conflicts).toEqual([]);
  });
});

describe('titles', () => {
  it('says whether a title leads or serves', () => {
    expect(titleOf('prime minister')?.tie).toBe('LEADS');
    expect(titleOf('PM')?.tie).toBe('LEADS');
    expect(titleOf('Secretary-General')?.tie).toBe('LEADS');
    expect(titleOf('secretary  general')?.tie).toBe('LEADS');
    expect(titleOf('foreign minister')?.tie).toBe('OFFICIAL_OF');
    expect(titleOf('treasury chief')?.tie).toBe('OFFICIAL_OF');
    expect(titleOf('top security official')?.tie).toBe('OFFICIAL_OF');
    expect(titleOf('chancellor of the exchequer')?.tie).toBe('OFFICIAL_OF');
    expect(titleOf('reporter')).toBeUndefined();
  });

  it('lists each title once, in lower case', () => {
    const all = TITLES.flatMap((entry) => entry.words);
    expect(new Set(all).size).toBe(all.length);
    for (const title of all) expect(title).toBe(title.toLowerCase());
  });
});
