/** States of Oceania (UN members). */
import { state } from './entries';
import type { StateEntry } from './types';

export const OCEANIAN_STATES: readonly StateEntry[] = [
  state('Australia', ['Commonwealth of Australia'], ['Australian', 'Australians'], ['Canberra']),
  state('Fiji', [], ['Fijian', 'Fijians'], ['Suva']),
  state('Kiribati', [], [], ['Tarawa']),
  state('Marshall Islands', ['the Marshall Islands'], ['Marshallese'], ['Majuro']),
  state(
    'Micronesia',
    ['Federated States of Micronesia'],
    ['Micronesian', 'Micronesians'],
    ['Palikir'],
  ),
  state('Nauru', [], ['Nauruan', 'Nauruans'], []),
  state('New Zealand', [], ['New Zealander', 'New Zealanders'], ['Wellington']),
  state('Palau', [], ['Palauan', 'Palauans'], ['Ngerulmud']),
  state('Papua New Guinea', [], ['Papua New Guinean', 'Papua New Guineans'], ['Port Moresby']),
  state('Samoa', [], ['Samoan', 'Samoans'], ['Apia']),
  state(
    'Solomon Islands',
    ['the Solomon Islands'],
    ['Solomon Islander', 'Solomon Islanders'],
    ['Honiara'],
  ),
  state('Tonga', [], ['Tongan', 'Tongans'], ["Nuku'alofa"]),
  state('Tuvalu', [], ['Tuvaluan', 'Tuvaluans'], ['Funafuti']),
  state('Vanuatu', [], ['Ni-Vanuatu'], ['Port Vila']),
];
