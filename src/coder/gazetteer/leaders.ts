/**
 * Heads of state and government and a few well-known senior officials, so that a bare surname
 * ("Putin") can be tied to a full name and a state. Never the last word: a title in the text
 * ("Russian President Vladimir Putin") always wins, and the review screen shows every use as
 * "leaders table as of …". Only people the maintainer was sure of; offices that changed hands
 * recently, where the holder was uncertain, are left out.
 */
import { EUROPEAN_LEADERS } from './leadersEurope';
import { WORLD_LEADERS } from './leadersWorld';
import type { LeaderEntry } from './types';

export const LEADERS_AS_OF =
  'late 2025 (compiled from the knowledge of the AI assistant that wrote the table; not re-checked online)';

export const LEADERS_NOTE =
  'Office holders change: treat a tie from this table as a hint to check, not a fact. Offices ' +
  'whose holder changed in 2025 and was uncertain when the table was written are left out ' +
  "(among them France's prime minister, Czechia's prime minister and the Netherlands' prime " +
  'minister).';

export const LEADERS: readonly LeaderEntry[] = [...WORLD_LEADERS, ...EUROPEAN_LEADERS];
