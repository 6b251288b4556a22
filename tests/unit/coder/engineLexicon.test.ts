import { describe, expect, it } from 'vitest';

import { nounForms, verbForms } from '../../../src/coder/engine/inflection';
import { LEXICON } from '../../../src/coder/engine/lexicon';
import { findRelationType } from '../../../src/domain/relationTypes';

describe('the trigger lexicon', () => {
  it('gives every entry a distinct id of the form lexicon:TYPE:lemma, and a type of ours', () => {
    const ids = LEXICON.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of LEXICON) {
      expect(entry.id).toMatch(new RegExp(`^lexicon:${entry.type}:[a-z-]+(:[a-z]+)?$`));
      expect(findRelationType(entry.type)?.quadClass).not.toBe('structural');
    }
  });

  it('has triggers for every PLOVER event type', () => {
    const types = new Set(LEXICON.map((entry) => entry.type));
    for (const type of [
      'AGREE',
      'CONSULT',
      'SUPPORT',
      'CONCEDE',
      'COOPERATE',
      'AID',
      'RETREAT',
      'REQUEST',
      'ACCUSE',
      'REJECT',
      'THREATEN',
      'PROTEST',
      'SANCTION',
      'MOBILIZE',
      'COERCE',
      'ASSAULT',
    ]) {
      expect(types.has(type as never)).toBe(true);
    }
  });

  it('never gives one form of one part of speech two types', () => {
    const seen = new Map<string, string>();
    for (const entry of LEXICON) {
      for (const form of entry.forms) {
        const key = `${entry.pos}:${form}`;
        expect(seen.get(key) ?? entry.type, key).toBe(entry.type);
        seen.set(key, entry.type);
      }
    }
  });

  it('inflects lemmas the way news English writes them', () => {
    expect(verbForms('accuse')).toEqual(['accuse', 'accuses', 'accused', 'accusing']);
    expect(verbForms('press')).toEqual(['press', 'presses', 'pressed', 'pressing']);
    expect(verbForms('meet', { past: 'met' })).toEqual(['meet', 'meets', 'met', 'meeting']);
    expect(verbForms('ban', { double: true })).toEqual(['ban', 'bans', 'banned', 'banning']);
    expect(verbForms('criticise')).toContain('criticised');
    expect(nounForms('sanction')).toEqual(['sanction', 'sanctions']);
    expect(nounForms('embargo', 'embargoes')).toEqual(['embargo', 'embargoes']);
    expect(nounForms('talks', false)).toEqual(['talks']);
    expect(nounForms('phone call')).toEqual(['phone call', 'phone calls']);
  });
});
