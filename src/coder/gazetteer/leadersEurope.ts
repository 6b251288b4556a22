/** European leaders (Russia, Ukraine and Belarus included), as of `LEADERS_AS_OF` in leaders.ts. */
import { leader } from './entries';
import type { LeaderEntry } from './types';

export const EUROPEAN_LEADERS: readonly LeaderEntry[] = [
  // Russia
  leader('Vladimir Putin', 'russia', 'President', 'LEADS', {
    aliases: ['Vladimir Vladimirovich Putin'],
  }),
  leader('Mikhail Mishustin', 'russia', 'Prime Minister', 'LEADS'),
  leader('Sergei Lavrov', 'russia', 'Foreign Minister', 'OFFICIAL_OF', {
    aliases: ['Sergey Lavrov'],
  }),
  leader('Sergei Shoigu', 'russia', 'Security Council Secretary', 'OFFICIAL_OF', {
    aliases: ['Sergey Shoigu'],
  }),
  leader('Andrei Belousov', 'russia', 'Defence Minister', 'OFFICIAL_OF', {
    aliases: ['Andrey Belousov'],
  }),
  leader('Dmitry Peskov', 'russia', 'Kremlin Spokesman', 'OFFICIAL_OF', {
    aliases: ['Dmitri Peskov'],
  }),
  leader('Maria Zakharova', 'russia', 'Foreign Ministry Spokeswoman', 'OFFICIAL_OF'),
  leader('Yuri Ushakov', 'russia', 'Presidential Aide', 'OFFICIAL_OF', {
    aliases: ['Yury Ushakov'],
  }),
  leader('Vladimir Medinsky', 'russia', 'Presidential Aide', 'OFFICIAL_OF'),
  leader('Kirill Dmitriev', 'russia', 'Special Envoy', 'OFFICIAL_OF'),
  leader('Dmitry Medvedev', 'russia', 'Deputy Chairman of the Security Council', 'OFFICIAL_OF', {
    aliases: ['Dmitri Medvedev'],
  }),
  leader('Vassily Nebenzia', 'russia', 'Ambassador to the UN', 'OFFICIAL_OF', {
    aliases: ['Vasily Nebenzya'],
    surnames: ['Nebenzia', 'Nebenzya'],
  }),
  // Ukraine
  leader('Volodymyr Zelenskyy', 'ukraine', 'President', 'LEADS', {
    aliases: ['Volodymyr Zelensky', 'Volodymyr Zelenskiy'],
    surnames: ['Zelenskyy', 'Zelensky', 'Zelenskiy'],
  }),
  leader('Yulia Svyrydenko', 'ukraine', 'Prime Minister', 'LEADS'),
  leader('Andrii Sybiha', 'ukraine', 'Foreign Minister', 'OFFICIAL_OF', {
    aliases: ['Andriy Sybiha'],
  }),
  leader(
    'Rustem Umerov',
    'ukraine',
    'Secretary of the National Security and Defense Council',
    'OFFICIAL_OF',
  ),
  leader('Oleksandr Syrskyi', 'ukraine', 'Commander-in-Chief', 'OFFICIAL_OF', {
    aliases: ['Oleksandr Syrsky'],
    surnames: ['Syrskyi', 'Syrsky'],
  }),
  // Belarus
  leader('Alexander Lukashenko', 'belarus', 'President', 'LEADS', {
    aliases: ['Aleksandr Lukashenko', 'Alyaksandr Lukashenka'],
    surnames: ['Lukashenko', 'Lukashenka'],
  }),
  // United Kingdom
  leader('Charles III', 'united-kingdom', 'King', 'LEADS', {
    aliases: ['King Charles', 'King Charles III'],
    surnames: [],
  }),
  leader('Keir Starmer', 'united-kingdom', 'Prime Minister', 'LEADS', {
    aliases: ['Sir Keir Starmer'],
  }),
  leader('Yvette Cooper', 'united-kingdom', 'Foreign Secretary', 'OFFICIAL_OF', { surnames: [] }),
  leader('David Lammy', 'united-kingdom', 'Deputy Prime Minister', 'OFFICIAL_OF'),
  // Other European states
  leader('Emmanuel Macron', 'france', 'President', 'LEADS'),
  leader('Friedrich Merz', 'germany', 'Chancellor', 'LEADS'),
  leader('Frank-Walter Steinmeier', 'germany', 'President', 'LEADS'),
  leader('Giorgia Meloni', 'italy', 'Prime Minister', 'LEADS'),
  leader('Sergio Mattarella', 'italy', 'President', 'LEADS'),
  leader('Recep Tayyip Erdoğan', 'turkiye', 'President', 'LEADS', {
    aliases: ['Tayyip Erdoğan'],
  }),
  leader('Hakan Fidan', 'turkiye', 'Foreign Minister', 'OFFICIAL_OF'),
  leader('Pedro Sánchez', 'spain', 'Prime Minister', 'LEADS', { surnames: [] }),
  leader('Felipe VI', 'spain', 'King', 'LEADS', { aliases: ['King Felipe'], surnames: [] }),
  leader('Donald Tusk', 'poland', 'Prime Minister', 'LEADS'),
  leader('Karol Nawrocki', 'poland', 'President', 'LEADS'),
  leader('Radosław Sikorski', 'poland', 'Foreign Minister', 'OFFICIAL_OF'),
  leader('Viktor Orbán', 'hungary', 'Prime Minister', 'LEADS'),
  leader('Péter Szijjártó', 'hungary', 'Foreign Minister', 'OFFICIAL_OF'),
  leader('Robert Fico', 'slovakia', 'Prime Minister', 'LEADS'),
  leader('Petr Pavel', 'czechia', 'President', 'LEADS', { surnames: [] }),
  leader('Nicușor Dan', 'romania', 'President', 'LEADS', { surnames: [] }),
  leader('Bart De Wever', 'belgium', 'Prime Minister', 'LEADS', { surnames: ['De Wever'] }),
  leader('Christian Stocker', 'austria', 'Chancellor', 'LEADS'),
  leader('Alexander Van der Bellen', 'austria', 'President', 'LEADS', {
    surnames: ['Van der Bellen'],
  }),
  leader('Micheál Martin', 'ireland', 'Taoiseach', 'LEADS', { surnames: [] }),
  leader('Mette Frederiksen', 'denmark', 'Prime Minister', 'LEADS'),
  leader('Ulf Kristersson', 'sweden', 'Prime Minister', 'LEADS'),
  leader('Jonas Gahr Støre', 'norway', 'Prime Minister', 'LEADS'),
  leader('Alexander Stubb', 'finland', 'President', 'LEADS'),
  leader('Petteri Orpo', 'finland', 'Prime Minister', 'LEADS'),
  leader('Alar Karis', 'estonia', 'President', 'LEADS'),
  leader('Kristen Michal', 'estonia', 'Prime Minister', 'LEADS', { surnames: [] }),
  leader('Edgars Rinkēvičs', 'latvia', 'President', 'LEADS'),
  leader('Gitanas Nausėda', 'lithuania', 'President', 'LEADS'),
  leader('Kyriakos Mitsotakis', 'greece', 'Prime Minister', 'LEADS'),
  leader('Aleksandar Vučić', 'serbia', 'President', 'LEADS'),
  leader('Maia Sandu', 'moldova', 'President', 'LEADS'),
  leader('Irakli Kobakhidze', 'georgia', 'Prime Minister', 'LEADS'),
  leader('Leo XIV', 'holy-see', 'Pope', 'LEADS', {
    aliases: ['Pope Leo XIV', 'Pope Leo', 'Robert Francis Prevost', 'Robert Prevost'],
    surnames: [],
  }),
];
