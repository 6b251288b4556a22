/**
 * Armed groups, humanitarian and rights organisations, and the news agencies a text cites as its
 * source. Newspapers named after a place ("The Washington Post") are here so that their names
 * are never read as the place.
 */
import type { OrganizationEntry } from './types';

export const ARMED_GROUPS: readonly OrganizationEntry[] = [
  { id: 'hamas', name: 'Hamas', kind: 'organization', aliases: [] },
  { id: 'hezbollah', name: 'Hezbollah', kind: 'organization', aliases: ['Hizbollah', 'Hizballah'] },
  {
    id: 'houthis',
    name: 'Houthis',
    kind: 'organization',
    aliases: ['the Houthis', 'Houthi', 'Ansar Allah'],
  },
  { id: 'taliban', name: 'Taliban', kind: 'organization', aliases: ['the Taliban'] },
  {
    id: 'islamic-state',
    name: 'Islamic State',
    kind: 'organization',
    aliases: ['the Islamic State', 'ISIS', 'ISIL', 'Daesh'],
  },
  {
    id: 'al-qaeda',
    name: 'al-Qaeda',
    kind: 'organization',
    aliases: ['Al-Qaeda', 'al Qaeda', 'Al Qaeda'],
  },
  {
    id: 'al-shabaab',
    name: 'al-Shabaab',
    kind: 'organization',
    aliases: ['Al-Shabaab', 'al-Shabab', 'Al-Shabab'],
  },
  { id: 'boko-haram', name: 'Boko Haram', kind: 'organization', aliases: [] },
  { id: 'pkk', name: 'PKK', kind: 'organization', aliases: ["Kurdistan Workers' Party"] },
  { id: 'm23', name: 'M23', kind: 'organization', aliases: [] },
  // "RSF" is also Reporters Without Borders; in news about Sudan it is this force.
  {
    id: 'rapid-support-forces',
    name: 'Rapid Support Forces',
    kind: 'organization',
    aliases: ['RSF'],
  },
  {
    id: 'wagner-group',
    name: 'Wagner Group',
    kind: 'organization',
    aliases: ['Wagner', 'the Wagner Group'],
  },
];

export const HUMANITARIAN: readonly OrganizationEntry[] = [
  {
    id: 'icrc',
    name: 'International Committee of the Red Cross',
    kind: 'organization',
    aliases: ['ICRC', 'Red Cross', 'the Red Cross'],
  },
  {
    id: 'amnesty-international',
    name: 'Amnesty International',
    kind: 'organization',
    aliases: ['Amnesty'],
  },
  { id: 'human-rights-watch', name: 'Human Rights Watch', kind: 'organization', aliases: ['HRW'] },
  {
    id: 'msf',
    name: 'Doctors Without Borders',
    kind: 'organization',
    aliases: ['Médecins Sans Frontières', 'MSF'],
  },
];

export const NEWS_AGENCIES: readonly OrganizationEntry[] = [
  { id: 'tass', name: 'TASS', kind: 'organization', aliases: ['Tass'] },
  { id: 'ria-novosti', name: 'RIA Novosti', kind: 'organization', aliases: ['RIA'] },
  { id: 'interfax', name: 'Interfax', kind: 'organization', aliases: [] },
  { id: 'sputnik', name: 'Sputnik', kind: 'organization', aliases: [] },
  { id: 'rt', name: 'RT', kind: 'organization', aliases: ['Russia Today'] },
  { id: 'xinhua', name: 'Xinhua', kind: 'organization', aliases: ['Xinhua News Agency'] },
  { id: 'global-times', name: 'Global Times', kind: 'organization', aliases: [] },
  { id: 'china-daily', name: 'China Daily', kind: 'organization', aliases: [] },
  { id: 'reuters', name: 'Reuters', kind: 'organization', aliases: [] },
  {
    id: 'associated-press',
    name: 'Associated Press',
    kind: 'organization',
    aliases: ['the Associated Press', 'AP'],
  },
  { id: 'afp', name: 'AFP', kind: 'organization', aliases: ['Agence France-Presse'] },
  { id: 'bloomberg', name: 'Bloomberg', kind: 'organization', aliases: ['Bloomberg News'] },
  { id: 'bbc', name: 'BBC', kind: 'organization', aliases: [] },
  { id: 'cnn', name: 'CNN', kind: 'organization', aliases: [] },
  { id: 'al-jazeera', name: 'Al Jazeera', kind: 'organization', aliases: ['Al-Jazeera'] },
  { id: 'ukrinform', name: 'Ukrinform', kind: 'organization', aliases: [] },
  { id: 'irna', name: 'IRNA', kind: 'organization', aliases: [] },
  { id: 'kcna', name: 'KCNA', kind: 'organization', aliases: ['Korean Central News Agency'] },
  { id: 'yonhap', name: 'Yonhap', kind: 'organization', aliases: ['Yonhap News Agency'] },
  { id: 'kyodo', name: 'Kyodo', kind: 'organization', aliases: ['Kyodo News'] },
  { id: 'anadolu', name: 'Anadolu Agency', kind: 'organization', aliases: ['Anadolu'] },
  {
    id: 'new-york-times',
    name: 'The New York Times',
    kind: 'organization',
    aliases: ['New York Times'],
  },
  {
    id: 'washington-post',
    name: 'The Washington Post',
    kind: 'organization',
    aliases: ['Washington Post'],
  },
  {
    id: 'wall-street-journal',
    name: 'The Wall Street Journal',
    kind: 'organization',
    aliases: ['Wall Street Journal', 'WSJ'],
  },
  {
    id: 'financial-times',
    name: 'Financial Times',
    kind: 'organization',
    aliases: ['the Financial Times', 'FT'],
  },
  { id: 'politico', name: 'Politico', kind: 'organization', aliases: [] },
  { id: 'axios', name: 'Axios', kind: 'organization', aliases: [] },
  {
    id: 'kyiv-independent',
    name: 'The Kyiv Independent',
    kind: 'organization',
    aliases: ['Kyiv Independent'],
  },
  { id: 'kyiv-post', name: 'Kyiv Post', kind: 'organization', aliases: ['the Kyiv Post'] },
  { id: 'moscow-times', name: 'The Moscow Times', kind: 'organization', aliases: ['Moscow Times'] },
  {
    id: 'times-of-israel',
    name: 'The Times of Israel',
    kind: 'organization',
    aliases: ['Times of Israel'],
  },
  {
    id: 'jerusalem-post',
    name: 'The Jerusalem Post',
    kind: 'organization',
    aliases: ['Jerusalem Post'],
  },
  { id: 'tehran-times', name: 'Tehran Times', kind: 'organization', aliases: [] },
  {
    id: 'south-china-morning-post',
    name: 'South China Morning Post',
    kind: 'organization',
    aliases: ['SCMP'],
  },
];
