/**
 * Every UN member state (193) plus the Holy See, Palestine, Taiwan and Kosovo, with the names,
 * demonyms and seats of government a news text uses for them. Split by region for length.
 */
import { AFRICAN_STATES } from './statesAfrica';
import { AMERICAN_STATES } from './statesAmericas';
import { ASIAN_STATES } from './statesAsia';
import { EUROPEAN_STATES } from './statesEurope';
import { OCEANIAN_STATES } from './statesOceania';
import type { StateEntry } from './types';

export const STATES: readonly StateEntry[] = [
  ...AFRICAN_STATES,
  ...AMERICAN_STATES,
  ...ASIAN_STATES,
  ...EUROPEAN_STATES,
  ...OCEANIAN_STATES,
];
