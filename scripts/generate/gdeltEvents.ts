/**
 * A seeded generator of GDELT-format event rows: test data in the real column layout (61 columns
 * for GDELT 2.0, 58 for GDELT 1.0), with plausible actors, CAMEO codes, Goldstein scores and
 * dates. Invented events, for fixtures and the browser benchmark only; never data the app ships.
 * The same options always give the same rows.
 */
import { seededRandom } from '../../src/domain/random';
import { countryName } from '../../src/io/import/events/cameoActors';
import { GDELT1_COLUMNS, GDELT2_COLUMNS } from '../../src/io/import/events/columnLayouts';

/** An actor as GDELT codes one: name, code, country, known group and type codes. */
export interface GdeltActor {
  code: string;
  name: string;
  country: string;
  group?: string;
  types?: string[];
  /** FIPS country code and position, for the geography columns. */
  fips: string;
  lat: number;
  long: number;
}

const actor = (
  code: string,
  name: string,
  country: string,
  fips: string,
  lat: number,
  long: number,
  extra: Partial<GdeltActor> = {},
): GdeltActor => ({ code, name, country, fips, lat, long, ...extra });

/**
 * A small pool of named hubs, first drawn most often: the committed samples use it, so that a few
 * hundred rows make a readable graph whose relations tests can name.
 */
export const GDELT_ACTORS: GdeltActor[] = [
  actor('USA', 'UNITED STATES', 'USA', 'US', 38.9, -77.04),
  actor('RUS', 'RUSSIA', 'RUS', 'RS', 55.75, 37.62),
  actor('UKR', 'UKRAINE', 'UKR', 'UP', 50.45, 30.52),
  actor('CHN', 'CHINA', 'CHN', 'CH', 39.9, 116.4),
  actor('USAGOV', 'WHITE HOUSE', 'USA', 'US', 38.9, -77.04, { types: ['GOV'] }),
  actor('RUSGOV', 'VLADIMIR PUTIN', 'RUS', 'RS', 55.75, 37.62, { types: ['GOV'] }),
  actor('UKRGOV', 'KYIV', 'UKR', 'UP', 50.45, 30.52, { types: ['GOV'] }),
  actor('RUSMIL', 'RUSSIAN ARMY', 'RUS', 'RS', 55.75, 37.62, { types: ['MIL'] }),
  actor('UKRMIL', 'UKRAINIAN FORCES', 'UKR', 'UP', 48.0, 37.8, { types: ['MIL'] }),
  actor('IGOUNO', 'UNITED NATIONS', '', 'SZ', 46.2, 6.14, { group: 'UNO', types: ['IGO'] }),
  actor('IGOEEC', 'EUROPEAN UNION', '', 'BE', 50.85, 4.35, { group: 'EEC', types: ['IGO'] }),
  actor('GBR', 'UNITED KINGDOM', 'GBR', 'UK', 51.5, -0.13),
  actor('FRA', 'FRANCE', 'FRA', 'FR', 48.86, 2.35),
  actor('DEU', 'GERMANY', 'DEU', 'GM', 52.52, 13.4),
  actor('TUR', 'TURKEY', 'TUR', 'TU', 39.93, 32.86),
  actor('ISR', 'ISRAEL', 'ISR', 'IS', 31.78, 35.22),
  actor('ISRMIL', 'ISRAELI DEFENSE FORCES', 'ISR', 'IS', 31.78, 35.22, { types: ['MIL'] }),
  actor('PSE', 'PALESTINIAN', 'PSE', 'WE', 31.9, 35.2),
  actor('PSEREB', 'HAMAS', 'PSE', 'GZ', 31.5, 34.47, { group: 'HMS', types: ['REB'] }),
  actor('IRN', 'IRAN', 'IRN', 'IR', 35.69, 51.39),
  actor('IRNGOV', 'TEHRAN', 'IRN', 'IR', 35.69, 51.39, { types: ['GOV'] }),
  actor('SYR', 'SYRIA', 'SYR', 'SY', 33.51, 36.29),
  actor('SYRREB', 'SYRIAN REBELS', 'SYR', 'SY', 36.2, 37.16, { types: ['REB'] }),
  actor('UKRCVL', 'CIVILIANS', 'UKR', 'UP', 49.99, 36.23, { types: ['CVL'] }),
  actor('RUSCOP', 'RUSSIAN POLICE', 'RUS', 'RS', 55.75, 37.62, { types: ['COP'] }),
  actor('USABUS', 'COMPANY', 'USA', 'US', 40.71, -74.0, { types: ['BUS'] }),
  actor('USAMED', 'JOURNALIST', 'USA', 'US', 40.71, -74.0, { types: ['MED'] }),
  actor('POL', 'POLAND', 'POL', 'PL', 52.23, 21.01),
  actor('HUN', 'HUNGARY', 'HUN', 'HU', 47.5, 19.04),
  actor('IND', 'INDIA', 'IND', 'IN', 28.61, 77.21),
  actor('QAT', 'QATAR', 'QAT', 'QA', 25.29, 51.53),
  actor('EGY', 'EGYPT', 'EGY', 'EG', 30.04, 31.24),
  actor('SAU', 'SAUDI ARABIA', 'SAU', 'SA', 24.71, 46.68),
  actor('JPN', 'JAPAN', 'JPN', 'JA', 35.68, 139.69),
  actor('BLR', 'BELARUS', 'BLR', 'BO', 53.9, 27.57),
];

/** CAMEO codes in proportions close to coded news, each with its usual Goldstein score. */
export const GDELT_CODES: [code: string, goldstein: number, weight: number][] = [
  ['010', 0, 10],
  ['020', 3, 5],
  ['036', 4, 6],
  ['040', 1, 8],
  ['042', 1.9, 6],
  ['043', 2.8, 6],
  ['046', 7, 4],
  ['051', 3.4, 5],
  ['057', 8, 2],
  ['061', 6.4, 2],
  ['071', 7.4, 2],
  ['073', 7.4, 2],
  ['081', 5, 1],
  ['084', 7, 1],
  ['087', 9, 1],
  ['090', -2, 1],
  ['100', -5, 2],
  ['111', -2, 5],
  ['112', -2, 5],
  ['120', -4, 2],
  ['130', -4.4, 2],
  ['138', -7, 2],
  ['141', -6.5, 2],
  ['145', -7.5, 1],
  ['154', -7.2, 1],
  ['163', -8, 2],
  ['172', -5, 1],
  ['173', -5, 2],
  ['190', -10, 6],
  ['193', -10, 3],
  ['195', -10, 3],
];

// ---- A realistic population -------------------------------------------------------------------

/** Countries roughly in the order news covers them: the first are the hubs of any extract. */
const POPULATION_COUNTRIES = (
  'USA RUS UKR CHN ISR GBR FRA DEU IRN TUR IND PSE SYR JPN KOR PRK SAU PAK AFG IRQ EGY POL CAN ' +
  'AUS ITA ESP BRA MEX NGA ZAF QAT ARE LBN YEM HUN BLR GEO ARM AZE KAZ VNM PHL IDN MYS THA MMR ' +
  'BGD LKA NPL TWN SDN SSD ETH KEN SOM LBY TUN DZA MAR MLI NER BFA TCD COD CMR UGA RWA ZWE VEN ' +
  'COL ARG CHL PER CUB HTI NLD BEL SWE NOR FIN DNK CHE AUT GRC SRB ROU BGR CZE LTU LVA EST MDA JOR'
).split(' ');

/** Role codes with GDELT's usual name for the role, and how often extracts code them. */
const POPULATION_ROLES: [code: string, name: string, weight: number][] = [
  ['GOV', 'GOVERNMENT', 10],
  ['MIL', 'MILITARY', 6],
  ['COP', 'POLICE', 5],
  ['JUD', 'COURT', 3],
  ['LEG', 'PARLIAMENT', 3],
  ['OPP', 'OPPOSITION', 3],
  ['BUS', 'COMPANY', 3],
  ['MED', 'JOURNALIST', 2],
  ['CVL', 'CIVILIAN', 3],
  ['REB', 'REBEL', 2],
  ['SPY', 'INTELLIGENCE', 1],
  ['REF', 'REFUGEE', 1],
  ['LAB', 'UNION', 1],
  ['EDU', 'UNIVERSITY', 1],
  ['HLH', 'HOSPITAL', 1],
  ['CRM', 'CRIMINAL', 1],
];

const FIRST =
  'ALEX MARIA JOHN OLGA AHMED LI SERGEI ANNA DAVID FATIMA IVAN SARA KARL NADIA PAUL'.split(' ');
const LAST =
  'PETROV SMITH CHEN KOVAL MULLER HASSAN ROSSI NOVAK GARCIA TANAKA KIM SILVA COHEN OKAFOR DUBOIS'.split(
    ' ',
  );

/**
 * A seeded population of about `size` actor identities shaped like a real GDELT extract over
 * months: countries, countries' roles (`FRAGOV` "GOVERNMENT", `RUSMIL` "MILITARY"), the same
 * roles coded without a name (`USAGOV` alone, as GDELT often writes them), named people with a
 * country and role, and a few organisations. Ordered by how often each appears, for a heavy-tailed
 * draw: a country's first role ranks near the country, a later country's people far down.
 */
export function gdeltPopulation(size = 3_000, seed = 1): GdeltActor[] {
  const random = seededRandom(seed);
  const weighted: { actor: GdeltActor; weight: number }[] = [];
  const place = () => ({
    lat: Math.round((random() * 140 - 60) * 100) / 100,
    long: Math.round((random() * 340 - 170) * 100) / 100,
  });
  const roleTotal = POPULATION_ROLES.reduce((sum, [, , weight]) => sum + weight, 0);
  POPULATION_COUNTRIES.forEach((country, rank) => {
    const name = (countryName(country) ?? country).toUpperCase();
    const fips = country.slice(0, 2);
    const { lat, long } = place();
    const at = { country, fips, lat, long };
    // A country's share falls with its rank (Zipf-like), split among its identities.
    const share = 1 / (rank + 1);
    weighted.push({ actor: { ...at, code: country, name }, weight: share });
    for (const [role, roleName, roleWeight] of POPULATION_ROLES) {
      const roleShare = (share * roleWeight) / roleTotal;
      const code = `${country}${role}`;
      weighted.push({ actor: { ...at, code, name: roleName, types: [role] }, weight: roleShare });
      // The same role coded without a name: labelled from the code ("Ukraine: military").
      weighted.push({ actor: { ...at, code, name: '', types: [role] }, weight: roleShare / 3 });
    }
  });
  weighted.push(
    ...[
      ['IGOUNO', 'UNITED NATIONS', 'UNO'],
      ['IGOEEC', 'EUROPEAN UNION', 'EEC'],
      ['IGONAT', 'NATO', 'NAT'],
      ['IGOAFR', 'AFRICAN UNION', 'AFR'],
      ['NGOAMN', 'AMNESTY INTERNATIONAL', 'AMN'],
      ['NGOHRW', 'HUMAN RIGHTS WATCH', 'HRW'],
    ].map(([code, name, group], index) => ({
      actor: {
        code: code!,
        name: name!,
        country: '',
        group,
        types: [code!.slice(0, 3)],
        fips: 'SZ',
        lat: 46.2,
        long: 6.14,
      },
      weight: 0.3 / (index + 1),
    })),
  );
  // Named people fill the population up to its size: leaders of the first countries often,
  // the rest once or twice in months.
  const names = new Set<string>();
  while (weighted.length < size) {
    const rank = Math.floor(POPULATION_COUNTRIES.length ** random()) - 1;
    const country = POPULATION_COUNTRIES[rank]!;
    const name = `${FIRST[Math.floor(random() * FIRST.length)]} ${LAST[Math.floor(random() * LAST.length)]}`;
    if (names.has(`${name} ${country}`)) continue;
    names.add(`${name} ${country}`);
    const role = random() < 0.6 ? 'GOV' : random() < 0.5 ? 'OPP' : 'BUS';
    weighted.push({
      actor: {
        code: `${country}${role}`,
        name,
        country,
        types: [role],
        fips: country.slice(0, 2),
        ...place(),
      },
      weight: (0.05 / (rank + 1)) * random(),
    });
  }
  return weighted
    .sort((a, b) => b.weight - a.weight)
    .slice(0, size)
    .map(({ actor }) => actor);
}

export interface GdeltOptions {
  events: number;
  seed?: number;
  /**
   * Who the events are between: a realistic population of a few thousand identities (the
   * default, for the benchmark), or the named hubs of GDELT_ACTORS (the committed samples).
   */
  population?: 'realistic' | 'hubs';
  /** GDELT 2.0 (61 columns) or 1.0 (58 columns, SOURCEURL last). */
  version?: 1 | 2;
  /** The first day, YYYY-MM-DD, and how many days the events spread over. */
  start?: string;
  days?: number;
  /** The first GLOBALEVENTID. */
  firstId?: number;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** The root of a CAMEO code and GDELT's QuadClass for it. */
function quadOf(code: string): string {
  const root = Number(code.slice(0, 2));
  return root <= 5 ? '1' : root <= 8 ? '2' : root <= 13 ? '3' : '4';
}

function actorCells(a: GdeltActor | undefined): string[] {
  if (!a) return Array<string>(10).fill('');
  const types = [...(a.types ?? []), '', '', ''].slice(0, 3);
  return [a.code, a.name, a.country, a.group ?? '', '', '', '', ...types];
}

function geoCells(a: GdeltActor | undefined, version: 1 | 2): string[] {
  if (!a) return Array<string>(version === 2 ? 8 : 7).fill('');
  const adm = version === 2 ? [a.fips, ''] : [a.fips];
  return [
    '1',
    a.name.charAt(0) + a.name.slice(1).toLowerCase(),
    a.fips,
    ...adm,
    String(a.lat),
    String(a.long),
    a.fips,
  ];
}

/** One GDELT row as cells, in the version's column order. */
export function gdeltRow(
  fields: {
    id: number;
    day: Date;
    source: GdeltActor | undefined;
    target: GdeltActor | undefined;
    code: string;
    goldstein: number;
    url: string;
    tone?: number;
  },
  version: 1 | 2 = 2,
): string[] {
  const { day } = fields;
  const year = day.getUTCFullYear();
  const ymd = `${year}${pad(day.getUTCMonth() + 1)}${pad(day.getUTCDate())}`;
  const start = Date.UTC(year, 0, 1);
  const fraction = (year + (day.getTime() - start) / (365 * 86_400_000)).toFixed(4);
  const cells = [
    String(fields.id),
    ymd,
    ymd.slice(0, 6),
    String(year),
    fraction,
    ...actorCells(fields.source),
    ...actorCells(fields.target),
    '1',
    fields.code,
    fields.code.slice(0, 3),
    fields.code.slice(0, 2),
    quadOf(fields.code),
    String(fields.goldstein),
    '4',
    '1',
    '4',
    String(fields.tone ?? -1.5),
    ...geoCells(fields.source, version),
    ...geoCells(fields.target, version),
    ...geoCells(fields.target ?? fields.source, version),
    version === 2 ? `${ymd}${pad(day.getUTCHours())}${pad(day.getUTCMinutes())}00` : ymd,
    fields.url,
  ];
  const width = version === 2 ? GDELT2_COLUMNS.length : GDELT1_COLUMNS.length;
  if (cells.length !== width) throw new Error(`a GDELT row of ${cells.length} cells, not ${width}`);
  return cells;
}

/** Rows of invented GDELT events between a population's actors, heavy-tailed like real coverage. */
export function generateGdeltRows(options: GdeltOptions): string[][] {
  const random = seededRandom(options.seed ?? 1);
  const version = options.version ?? 2;
  const start = Date.parse(`${options.start ?? '2024-01-01'}T00:00:00Z`);
  const days = options.days ?? 182;
  const totalWeight = GDELT_CODES.reduce((sum, [, , weight]) => sum + weight, 0);
  // The hubs: the square of a uniform number, so the first are drawn far more often. A
  // population: log-uniform ranks (Zipf-like), so the few hubs take a large share of events and
  // thousands of others appear a few times each, as in months of real coverage.
  const hubs = (options.population ?? 'realistic') === 'hubs';
  const actors = hubs ? GDELT_ACTORS : gdeltPopulation(3_000, options.seed ?? 1);
  const pick = hubs
    ? () => actors[Math.floor(random() ** 2 * actors.length)] as GdeltActor
    : () => actors[Math.floor(actors.length ** random()) - 1] as GdeltActor;
  const rows: string[][] = [];
  for (let index = 0; index < options.events; index += 1) {
    const source = pick();
    let target = pick();
    while (target === source) target = pick();
    let roll = random() * totalWeight;
    const [code, goldstein] =
      GDELT_CODES.find(([, , weight]) => (roll -= weight) < 0) ?? GDELT_CODES[0]!;
    const day = new Date(
      start + Math.floor(random() * days) * 86_400_000 + Math.floor(random() * 96) * 900_000,
    );
    const id = (options.firstId ?? 1_100_000_000) + index;
    rows.push(
      gdeltRow(
        {
          id,
          day,
          source,
          target,
          code,
          goldstein,
          url: `https://news.example.org/${day.toISOString().slice(0, 10)}/story-${id}`,
          tone: Math.round((random() * 10 - 6) * 100) / 100,
        },
        version,
      ),
    );
  }
  return rows;
}

/** Rows as a GDELT file: tab-separated, no header, a line feed after each row. */
export function gdeltText(rows: readonly string[][]): string {
  return rows.map((row) => row.join('\t')).join('\n') + '\n';
}
