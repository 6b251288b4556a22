import { describe, expect, it } from 'vitest';

import {
  countOf,
  isPlural,
  lookupFor,
  relationFromActor,
  relationSentence,
} from '../../src/ui/view/describe';
import { realDataset } from './realDataset';

const dataset = realDataset();
const lookup = lookupFor(dataset);
const relation = (id: string) => lookup.relation(id)!;

describe('relation wording', () => {
  it('counts with the noun in the right number', () => {
    expect(countOf(1, 'relation')).toBe('1 relation');
    expect(countOf(0, 'actor')).toBe('0 actors');
    expect(countOf(2, 'actor')).toBe('2 actors');
  });

  it('reads plural labels as plural and proper names ending in s as singular', () => {
    const plural = (id: string) => isPlural(lookup.actor(id));
    expect(['european-hawks', 'western-countries', 'london-meeting'].filter(plural)).toEqual([
      'european-hawks',
      'western-countries',
      'london-meeting',
    ]);
    expect(['united-states', 'brics', 'russia', 'trump', 'un-general-assembly'].some(plural)).toBe(
      false,
    );
  });

  it('makes the verb agree with a plural subject, in the sentence and from the actor’s side', () => {
    expect(relationSentence(relation('european-hawks-encourage-zelenskyy'), lookup)).toBe(
      'European hawks support Volodymyr Zelenskyy',
    );
    expect(
      relationFromActor(
        relation('russia-threatens-western-countries'),
        'western-countries',
        lookup,
      ),
    ).toEqual({ verb: 'are threatened by', otherId: 'russia' });
    expect(
      relationFromActor(relation('russia-threatens-western-countries'), 'russia', lookup),
    ).toEqual({
      verb: 'threatens',
      otherId: 'western-countries',
    });
  });

  it('says a participant attends a meeting, and the meeting is attended by it', () => {
    const attends = relation('united-kingdom-attends-london-talks');
    expect(relationSentence(attends, lookup)).toBe('United Kingdom attends London talks');
    expect(relationFromActor(attends, 'united-kingdom', lookup)).toEqual({
      verb: 'attends',
      otherId: 'london-meeting',
    });
    expect(relationFromActor(attends, 'london-meeting', lookup)).toEqual({
      verb: 'are attended by',
      otherId: 'united-kingdom',
    });
  });
});
