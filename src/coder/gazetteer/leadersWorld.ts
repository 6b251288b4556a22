/** Leaders outside Europe (and of organisations), as of `LEADERS_AS_OF` in leaders.ts. */
import { leader } from './entries';
import type { LeaderEntry } from './types';

export const WORLD_LEADERS: readonly LeaderEntry[] = [
  // United States
  leader('Donald Trump', 'united-states', 'President', 'LEADS', {
    aliases: ['Donald J. Trump'],
  }),
  leader('JD Vance', 'united-states', 'Vice President', 'OFFICIAL_OF', {
    aliases: ['J.D. Vance', 'James David Vance'],
  }),
  leader('Marco Rubio', 'united-states', 'Secretary of State', 'OFFICIAL_OF'),
  leader('Scott Bessent', 'united-states', 'Treasury Secretary', 'OFFICIAL_OF'),
  leader('Pete Hegseth', 'united-states', 'Defense Secretary', 'OFFICIAL_OF'),
  leader('Steve Witkoff', 'united-states', 'Special Envoy', 'OFFICIAL_OF', {
    aliases: ['Steven Witkoff'],
  }),
  // China
  leader('Xi Jinping', 'china', 'President', 'LEADS', { surnames: ['Xi'] }),
  leader('Li Qiang', 'china', 'Premier', 'LEADS', { surnames: [] }),
  leader('Wang Yi', 'china', 'Foreign Minister', 'OFFICIAL_OF', { surnames: [] }),
  // Other G20 states outside Europe
  leader('Javier Milei', 'argentina', 'President', 'LEADS'),
  leader('Anthony Albanese', 'australia', 'Prime Minister', 'LEADS'),
  leader('Luiz Inácio Lula da Silva', 'brazil', 'President', 'LEADS', {
    aliases: ['Lula da Silva', 'Luiz Inacio Lula da Silva'],
    surnames: ['Lula'],
  }),
  leader('Mark Carney', 'canada', 'Prime Minister', 'LEADS'),
  leader('Narendra Modi', 'india', 'Prime Minister', 'LEADS'),
  leader('Droupadi Murmu', 'india', 'President', 'LEADS'),
  leader('Subrahmanyam Jaishankar', 'india', 'External Affairs Minister', 'OFFICIAL_OF', {
    aliases: ['S. Jaishankar', 'S Jaishankar'],
  }),
  leader('Prabowo Subianto', 'indonesia', 'President', 'LEADS', { surnames: ['Prabowo'] }),
  leader('Naruhito', 'japan', 'Emperor', 'LEADS', { aliases: ['Emperor Naruhito'] }),
  leader('Sanae Takaichi', 'japan', 'Prime Minister', 'LEADS'),
  leader('Claudia Sheinbaum', 'mexico', 'President', 'LEADS'),
  leader('Salman bin Abdulaziz', 'saudi-arabia', 'King', 'LEADS', {
    aliases: ['King Salman', 'Salman bin Abdulaziz Al Saud'],
    surnames: [],
  }),
  leader('Mohammed bin Salman', 'saudi-arabia', 'Crown Prince and Prime Minister', 'LEADS', {
    aliases: ['MBS', 'Mohammad bin Salman', 'Mohammed bin Salman Al Saud'],
    surnames: [],
  }),
  leader('Cyril Ramaphosa', 'south-africa', 'President', 'LEADS'),
  leader('Lee Jae-myung', 'south-korea', 'President', 'LEADS', {
    aliases: ['Lee Jae Myung', 'Lee Jae-Myung'],
    surnames: [],
  }),
  // Middle East
  leader('Benjamin Netanyahu', 'israel', 'Prime Minister', 'LEADS', {
    aliases: ['Binyamin Netanyahu'],
  }),
  leader('Isaac Herzog', 'israel', 'President', 'LEADS'),
  leader("Gideon Sa'ar", 'israel', 'Foreign Minister', 'OFFICIAL_OF', {
    aliases: ['Gideon Saar'],
    surnames: ["Sa'ar", 'Saar'],
  }),
  leader('Israel Katz', 'israel', 'Defence Minister', 'OFFICIAL_OF'),
  leader('Ali Khamenei', 'iran', 'Supreme Leader', 'LEADS', {
    aliases: ['Ayatollah Ali Khamenei', 'Ayatollah Khamenei'],
  }),
  leader('Masoud Pezeshkian', 'iran', 'President', 'LEADS'),
  leader('Abbas Araghchi', 'iran', 'Foreign Minister', 'OFFICIAL_OF'),
  leader('Mahmoud Abbas', 'palestine', 'President', 'LEADS'),
  leader('Ahmed al-Sharaa', 'syria', 'President', 'LEADS', {
    aliases: ['Ahmad al-Sharaa'],
    surnames: ['al-Sharaa', 'Sharaa'],
  }),
  leader('Joseph Aoun', 'lebanon', 'President', 'LEADS'),
  leader('Tamim bin Hamad Al Thani', 'qatar', 'Emir', 'LEADS', {
    aliases: ['Sheikh Tamim bin Hamad Al Thani', 'Emir Tamim'],
    surnames: [],
  }),
  leader('Mohamed bin Zayed', 'united-arab-emirates', 'President', 'LEADS', {
    aliases: ['Mohamed bin Zayed Al Nahyan', 'Sheikh Mohamed bin Zayed'],
    surnames: [],
  }),
  leader('Abdel Fattah el-Sisi', 'egypt', 'President', 'LEADS', {
    aliases: ['Abdel Fattah al-Sisi', 'Abdel-Fattah el-Sissi'],
    surnames: ['Sisi', 'el-Sisi', 'al-Sisi', 'Sissi'],
  }),
  // Asia
  leader('Kim Jong Un', 'north-korea', 'Leader', 'LEADS', {
    aliases: ['Kim Jong-un', 'Kim Jong-Un'],
    surnames: [],
  }),
  leader('Lai Ching-te', 'taiwan', 'President', 'LEADS', {
    aliases: ['William Lai', 'Lai Ching-teh'],
    surnames: ['Lai'],
  }),
  leader('Shehbaz Sharif', 'pakistan', 'Prime Minister', 'LEADS', {
    aliases: ['Shahbaz Sharif'],
  }),
  leader('Asim Munir', 'pakistan', 'Army Chief', 'OFFICIAL_OF'),
  leader('Ferdinand Marcos Jr.', 'philippines', 'President', 'LEADS', {
    aliases: ['Ferdinand Marcos Jr', 'Bongbong Marcos'],
    surnames: ['Marcos'],
  }),
  leader('Kassym-Jomart Tokayev', 'kazakhstan', 'President', 'LEADS'),
  leader('Ilham Aliyev', 'azerbaijan', 'President', 'LEADS'),
  leader('Nikol Pashinyan', 'armenia', 'Prime Minister', 'LEADS'),
  // Africa and the Americas
  leader('Bola Tinubu', 'nigeria', 'President', 'LEADS', { aliases: ['Bola Ahmed Tinubu'] }),
  leader('William Ruto', 'kenya', 'President', 'LEADS'),
  leader('Abiy Ahmed', 'ethiopia', 'Prime Minister', 'LEADS', { surnames: ['Abiy'] }),
  leader('Nicolás Maduro', 'venezuela', 'President', 'LEADS'),
  // Organisations
  leader('António Guterres', 'un', 'Secretary-General', 'LEADS'),
  leader('Mark Rutte', 'nato', 'Secretary General', 'LEADS'),
  leader('Ursula von der Leyen', 'european-commission', 'President', 'LEADS', {
    surnames: ['von der Leyen'],
  }),
  leader('António Costa', 'european-council', 'President', 'LEADS'),
  leader('Kaja Kallas', 'eu', 'High Representative for Foreign Affairs', 'OFFICIAL_OF'),
  leader('Rafael Grossi', 'iaea', 'Director General', 'LEADS', {
    aliases: ['Rafael Mariano Grossi'],
  }),
  leader('Tedros Adhanom Ghebreyesus', 'who', 'Director-General', 'LEADS', {
    surnames: ['Tedros'],
  }),
  leader('Kristalina Georgieva', 'imf', 'Managing Director', 'LEADS'),
];
