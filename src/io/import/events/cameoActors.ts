/**
 * CAMEO actor codes: a code is a run of three-letter parts, a country or region first where
 * there is one, then roles and groups (`USAGOV` is the United States government, `IRNMILREB`
 * Iranian military rebels, `IGOUNO` the United Nations). Pure tables and lookups, used to give
 * code-only actors a readable label, a kind and a country.
 */

// CAMEO country codes are ISO 3166-1 alpha-3 with a few of CAMEO's own (`ROM`, `TMP`, `MTN`),
// and regions. "code name" pairs, ";"-separated, to stay compact.
const COUNTRIES =
  'AFG Afghanistan;ALB Albania;DZA Algeria;AND Andorra;AGO Angola;ATG Antigua and Barbuda;ARG Argentina;ARM Armenia;AUS Australia;AUT Austria;AZE Azerbaijan;BHS Bahamas;BHR Bahrain;BGD Bangladesh;BRB Barbados;BLR Belarus;BEL Belgium;BLZ Belize;BEN Benin;BTN Bhutan;BOL Bolivia;BIH Bosnia and Herzegovina;BWA Botswana;BRA Brazil;BRN Brunei;BGR Bulgaria;BFA Burkina Faso;BDI Burundi;KHM Cambodia;CMR Cameroon;CAN Canada;CPV Cape Verde;CAF Central African Republic;TCD Chad;CHL Chile;CHN China;COL Colombia;COM Comoros;COD Democratic Republic of the Congo;COG Republic of the Congo;CRI Costa Rica;CIV Ivory Coast;HRV Croatia;CUB Cuba;CYP Cyprus;CZE Czech Republic;DNK Denmark;DJI Djibouti;DMA Dominica;DOM Dominican Republic;TMP East Timor;TLS East Timor;ECU Ecuador;EGY Egypt;SLV El Salvador;GNQ Equatorial Guinea;ERI Eritrea;EST Estonia;ETH Ethiopia;FJI Fiji;FIN Finland;FRA France;GAB Gabon;GMB Gambia;GEO Georgia;DEU Germany;GHA Ghana;GRC Greece;GRD Grenada;GTM Guatemala;GIN Guinea;GNB Guinea-Bissau;GUY Guyana;HTI Haiti;VAT Vatican;HND Honduras;HKG Hong Kong;HUN Hungary;ISL Iceland;IND India;IDN Indonesia;IRN Iran;IRQ Iraq;IRL Ireland;ISR Israel;ITA Italy;JAM Jamaica;JPN Japan;JOR Jordan;KAZ Kazakhstan;KEN Kenya;KIR Kiribati;PRK North Korea;KOR South Korea;KOS Kosovo;XKX Kosovo;KWT Kuwait;KGZ Kyrgyzstan;LAO Laos;LVA Latvia;LBN Lebanon;LSO Lesotho;LBR Liberia;LBY Libya;LIE Liechtenstein;LTU Lithuania;LUX Luxembourg;MKD North Macedonia;MDG Madagascar;MWI Malawi;MYS Malaysia;MDV Maldives;MLI Mali;MLT Malta;MHL Marshall Islands;MRT Mauritania;MUS Mauritius;MEX Mexico;FSM Micronesia;MDA Moldova;MCO Monaco;MNG Mongolia;MTN Montenegro;MNE Montenegro;MAR Morocco;MOZ Mozambique;MMR Myanmar;NAM Namibia;NRU Nauru;NPL Nepal;NLD Netherlands;NZL New Zealand;NIC Nicaragua;NER Niger;NGA Nigeria;NOR Norway;PSE Palestine;OMN Oman;PAK Pakistan;PLW Palau;PAN Panama;PNG Papua New Guinea;PRY Paraguay;PER Peru;PHL Philippines;POL Poland;PRT Portugal;PRI Puerto Rico;QAT Qatar;ROM Romania;ROU Romania;RUS Russia;RWA Rwanda;KNA Saint Kitts and Nevis;LCA Saint Lucia;VCT Saint Vincent and the Grenadines;WSM Samoa;SMR San Marino;STP Sao Tome and Principe;SAU Saudi Arabia;SEN Senegal;SRB Serbia;SYC Seychelles;SLE Sierra Leone;SGP Singapore;SVK Slovakia;SVN Slovenia;SLB Solomon Islands;SOM Somalia;ZAF South Africa;SSD South Sudan;ESP Spain;LKA Sri Lanka;SDN Sudan;SUR Suriname;SWZ Eswatini;SWE Sweden;CHE Switzerland;SYR Syria;TWN Taiwan;TJK Tajikistan;TZA Tanzania;THA Thailand;TGO Togo;TON Tonga;TTO Trinidad and Tobago;TUN Tunisia;TUR Turkey;TKM Turkmenistan;TUV Tuvalu;UGA Uganda;UKR Ukraine;ARE United Arab Emirates;GBR United Kingdom;USA United States;URY Uruguay;UZB Uzbekistan;VUT Vanuatu;VEN Venezuela;VNM Vietnam;ESH Western Sahara;YEM Yemen;ZMB Zambia;ZWE Zimbabwe;' +
  // Regions and places CAMEO codes as if they were countries.
  'WSB West Bank;GZS Gaza Strip;BAG Baghdad;AFR Africa;ASA Asia;BLK Balkans;CRB Caribbean;CAU Caucasus;CFR Central Africa;CAS Central Asia;CEU Central Europe;EIN East Indies;EAF East Africa;EEU Eastern Europe;EUR Europe;LAM Latin America;MEA Middle East;MDT Mediterranean;NAF North Africa;NMR North America;PGS Persian Gulf;SCN Scandinavia;SAM South America;SAS South Asia;SEA Southeast Asia;SAF Southern Africa;WAF West Africa;WST The West';

/**
 * CAMEO's role and sector codes: what the actor is, within its country. `kind` is the actor kind
 * it gives: one of ours (`state`, `organization`, `leader`, `group`) or one of EVENT_KINDS.
 */
const ROLES: Record<string, { label: string; kind: string }> = {
  GOV: { label: 'government', kind: 'state' },
  MIL: { label: 'military', kind: 'Military' },
  REB: { label: 'rebels', kind: 'Rebels' },
  INS: { label: 'insurgents', kind: 'Rebels' },
  SEP: { label: 'separatist rebels', kind: 'Rebels' },
  UAF: { label: 'unaligned armed forces', kind: 'Rebels' },
  OPP: { label: 'political opposition', kind: 'group' },
  COP: { label: 'police', kind: 'Police' },
  JUD: { label: 'judiciary', kind: 'organization' },
  LEG: { label: 'legislature', kind: 'organization' },
  SPY: { label: 'intelligence services', kind: 'Military' },
  BUS: { label: 'business', kind: 'Business' },
  MNC: { label: 'multinational corporation', kind: 'Business' },
  MED: { label: 'media', kind: 'Media' },
  CVL: { label: 'civilians', kind: 'Civilians' },
  REF: { label: 'refugees', kind: 'Civilians' },
  LAB: { label: 'labour', kind: 'Civilians' },
  AGR: { label: 'agriculture', kind: 'Civilians' },
  SET: { label: 'settlers', kind: 'Civilians' },
  EDU: { label: 'education', kind: 'organization' },
  HLH: { label: 'health', kind: 'organization' },
  DEV: { label: 'development', kind: 'organization' },
  ENV: { label: 'environmental groups', kind: 'organization' },
  HRI: { label: 'human rights groups', kind: 'organization' },
  NGO: { label: 'non-governmental organization', kind: 'organization' },
  NGM: { label: 'non-governmental movement', kind: 'group' },
  IGO: { label: 'intergovernmental organization', kind: 'organization' },
  CRM: { label: 'criminals', kind: 'Criminals' },
  ELI: { label: 'elites', kind: 'leader' },
  MOD: { label: 'moderates', kind: 'group' },
  RAD: { label: 'radicals', kind: 'group' },
  PTY: { label: 'political party', kind: 'group' },
  REL: { label: 'religious', kind: 'group' },
  PKO: { label: 'peacekeepers', kind: 'Military' },
  IMG: { label: 'international militarized group', kind: 'Rebels' },
  UIS: { label: 'unidentified state actor', kind: 'state' },
  INT: { label: 'international', kind: 'organization' },
};

/** Known organizations CAMEO codes by name, as the actor itself (`IGOUNO`, `NAT`, `EEC`). */
const GROUPS: Record<string, { label: string; kind: string }> = {
  UNO: { label: 'United Nations', kind: 'organization' },
  NAT: { label: 'NATO', kind: 'bloc' },
  EEC: { label: 'European Union', kind: 'bloc' },
  ARL: { label: 'Arab League', kind: 'bloc' },
  ASN: { label: 'ASEAN', kind: 'bloc' },
  AFU: { label: 'African Union', kind: 'bloc' },
  OAU: { label: 'African Union', kind: 'bloc' },
  GCC: { label: 'Gulf Cooperation Council', kind: 'bloc' },
  CIS: { label: 'Commonwealth of Independent States', kind: 'bloc' },
  OAS: { label: 'Organization of American States', kind: 'bloc' },
  OIC: { label: 'Organisation of Islamic Cooperation', kind: 'bloc' },
  SCE: { label: 'OSCE', kind: 'organization' },
  COE: { label: 'Council of Europe', kind: 'organization' },
  WAS: { label: 'ECOWAS', kind: 'bloc' },
  IMF: { label: 'International Monetary Fund', kind: 'organization' },
  WBK: { label: 'World Bank', kind: 'organization' },
  WTO: { label: 'World Trade Organization', kind: 'organization' },
  WHO: { label: 'World Health Organization', kind: 'organization' },
  IAE: { label: 'International Atomic Energy Agency', kind: 'organization' },
  ICC: { label: 'International Criminal Court', kind: 'organization' },
  ICJ: { label: 'International Court of Justice', kind: 'organization' },
  HCR: { label: 'UN refugee agency (UNHCR)', kind: 'organization' },
  WFP: { label: 'World Food Programme', kind: 'organization' },
  KID: { label: 'UNICEF', kind: 'organization' },
  IRC: { label: 'Red Cross', kind: 'organization' },
  CRC: { label: 'Red Cross and Red Crescent', kind: 'organization' },
  AMN: { label: 'Amnesty International', kind: 'organization' },
  HRW: { label: 'Human Rights Watch', kind: 'organization' },
  MSF: { label: 'Doctors Without Borders', kind: 'organization' },
  OPC: { label: 'OPEC', kind: 'bloc' },
  GOS: { label: 'G7', kind: 'bloc' },
  HMS: { label: 'Hamas', kind: 'Rebels' },
  HEZ: { label: 'Hezbollah', kind: 'Rebels' },
  TAL: { label: 'Taliban', kind: 'Rebels' },
  ALQ: { label: 'al-Qaeda', kind: 'Rebels' },
  FTA: { label: 'Fatah', kind: 'group' },
  PLO: { label: 'Palestine Liberation Organization', kind: 'organization' },
  MBR: { label: 'Muslim Brotherhood', kind: 'group' },
};

/**
 * The kinds event data brings beyond ours, with what each covers: declared by the dataset, so
 * the legend and filters list them like ours.
 */
export const EVENT_KINDS: Record<string, string> = {
  Military: 'Armed forces, intelligence services and peacekeepers.',
  Police: 'Police and other internal security forces.',
  Rebels: 'Rebels, insurgents, separatists and other armed groups outside the state.',
  Civilians: 'Civilians, refugees, workers and other people acting as members of the public.',
  Business: 'Companies and business people.',
  Media: 'Journalists and news organizations.',
  Criminals: 'Criminals and criminal organizations.',
};

/** Codes that say what kind of body a named group is (IGOUNO, NGOMSF). */
const GENERIC = new Set(['IGO', 'NGO', 'NGM', 'INT']);

const COUNTRY_NAMES = new Map(
  COUNTRIES.split(';').map((pair) => [pair.slice(0, 3), pair.slice(4)] as const),
);

/** The name of a CAMEO country or region code ("RUS" → "Russia"). */
export function countryName(code: string): string | undefined {
  return COUNTRY_NAMES.get(code.toUpperCase());
}

const COUNTRY_WORDS = new Set([...COUNTRY_NAMES.values()].map((name) => name.toLowerCase()));

/** Whether a name is a country's (ICEWS names Russia "Russia" and its country "Russian Federation"). */
export function isCountryName(name: string): boolean {
  return COUNTRY_WORDS.has(name.trim().toLowerCase());
}

/** The label and kind of a role or group code alone ("GOV", "UNO"). */
export function roleOf(code: string): { label: string; kind: string } | undefined {
  const upper = code.toUpperCase();
  return ROLES[upper] ?? GROUPS[upper];
}

export interface CodedActor {
  /** "United States: government", "United Nations", "Iran: military, rebels". */
  label: string;
  /** One of ours or one of EVENT_KINDS; `state` for a country alone. */
  kind: string;
  /** The country or region code the actor belongs to, when the code starts with one. */
  country?: string;
}

/**
 * Reads a CAMEO actor code: a country first (or none), then roles and known groups. A named
 * group is the actor ("IGOUNO" is the United Nations); otherwise the roles qualify the country.
 * Parts it does not know are kept as they are, so no code is ever lost from the label.
 */
export function readActorCode(code: string): CodedActor | undefined {
  const clean = code.trim().toUpperCase();
  if (!/^[A-Z0-9]{3,}$/.test(clean)) return undefined;
  const parts = clean.match(/.{1,3}/g) ?? [];
  const countryCode = parts[0] && COUNTRY_NAMES.has(parts[0]) ? parts[0] : undefined;
  const rest = countryCode ? parts.slice(1) : parts;
  const group = rest.map((part) => GROUPS[part]).find(Boolean);
  const roles = rest.filter((part) => !GROUPS[part]).map((part) => ROLES[part]);
  const country = countryCode ? countryName(countryCode) : undefined;
  const words = rest
    // "IGO" and "NGO" before a named group say what it is, not who: the group's name says more.
    .filter((part) => !GROUPS[part] && !(group && GENERIC.has(part)))
    .map((part) => ROLES[part]?.label ?? part);
  const kindFromRoles = roles.find((role) => role !== undefined)?.kind;
  if (group) {
    const qualifier = [country, ...words].filter(Boolean).join(', ');
    return {
      label: qualifier ? `${group.label} (${qualifier})` : group.label,
      kind: group.kind,
      ...(countryCode ? { country: countryCode } : {}),
    };
  }
  if (country) {
    return {
      label: words.length > 0 ? `${country}: ${words.join(', ')}` : country,
      kind: kindFromRoles ?? 'state',
      country: countryCode,
    };
  }
  if (roles.some((role) => role !== undefined)) {
    const label = words.join(', ');
    return {
      label: label.charAt(0).toUpperCase() + label.slice(1),
      kind: kindFromRoles ?? 'group',
    };
  }
  return undefined;
}

/** The kind of an actor from CAMEO type codes (GDELT's Actor1Type1Code…), the first one known. */
export function kindOfTypeCodes(codes: readonly string[]): string | undefined {
  for (const code of codes) {
    const role = roleOf(code);
    if (role) return role.kind;
  }
  return undefined;
}

// ICEWS and POLECAT name sectors in words ("Government", "Military", "Rebels", "Business").
const SECTOR_WORDS: [RegExp, string][] = [
  // First: "International Government Organization" is no government.
  [/\b(igo|intergovernmental|international government|international organi)/i, 'organization'],
  [/\b(military|army|navy|air force|armed forces|intelligence|peacekeep)/i, 'Military'],
  [/\b(police|security forces|law enforcement)/i, 'Police'],
  [/\b(rebel|insurgent|separatist|militant|terror|armed group|militia)/i, 'Rebels'],
  [/\b(business|corporat|compan|industr|financ|commerc)/i, 'Business'],
  [/\b(media|news|journalis|broadcast)/i, 'Media'],
  [/\b(criminal|crime|gang|cartel)/i, 'Criminals'],
  [/\b(civilian|refugee|labor|labour|worker|farmer|student|protester|citizen)/i, 'Civilians'],
  [/\b(government|executive|cabinet|ministr|head of state|leader|elite)/i, 'state'],
  [/\b(legislat|parliament|judicia|court|education|health|ngo|non-governmental)/i, 'organization'],
  [/\b(opposition|party|dissident|religio|ethnic|social)/i, 'group'],
];

/**
 * The kind of an actor from sector words or codes (ICEWS "Government,Executive", POLECAT "GOV"
 * or "Military"): the first sector that says something.
 */
export function kindOfSectors(sectors: readonly string[]): string | undefined {
  for (const sector of sectors) {
    const trimmed = sector.trim();
    if (trimmed === '') continue;
    if (/^[A-Z]{3}$/.test(trimmed)) {
      const role = roleOf(trimmed);
      if (role) return role.kind;
    }
    const found = SECTOR_WORDS.find(([pattern]) => pattern.test(trimmed));
    if (found) return found[1];
  }
  return undefined;
}
