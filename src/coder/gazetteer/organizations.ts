/** Blocs and organisations a news text names: intergovernmental bodies, armed groups, agencies. */
import { INTERGOVERNMENTAL } from './organizationsBlocs';
import { ARMED_GROUPS, HUMANITARIAN, NEWS_AGENCIES } from './organizationsOthers';
import type { OrganizationEntry } from './types';

export const ORGANIZATIONS: readonly OrganizationEntry[] = [
  ...INTERGOVERNMENTAL,
  ...ARMED_GROUPS,
  ...HUMANITARIAN,
  ...NEWS_AGENCIES,
];
