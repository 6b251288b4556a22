/**
 * Writes the committed event samples in tests/fixtures/events/: GDELT 2.0, GDELT 1.0, a headed
 * GDELT CSV as BigQuery exports it, ICEWS and POLECAT, each a few hundred invented events in the
 * real column layout with the edge cases the importers must survive (missing actors, an empty
 * second actor, repeated events, bad dates, codes without their leading zero, a Latin-1 row in a
 * UTF-8 file). Test data only. Run: npx tsx scripts/generate/eventFixtures.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { seededRandom } from '../../src/domain/random';
import { ICEWS_COLUMNS, POLECAT_COLUMNS } from '../../src/io/import/events/columnLayouts';
import { GDELT_ACTORS, type GdeltActor, gdeltRow, generateGdeltRows } from './gdeltEvents';

const FOLDER = 'tests/fixtures/events';
mkdirSync(FOLDER, { recursive: true });

const byCode = (code: string, name?: string): GdeltActor => {
  const found = GDELT_ACTORS.find(
    (candidate) => candidate.code === code && (name === undefined || candidate.name === name),
  );
  if (!found) throw new Error(`no actor ${code}`);
  return found;
};
const day = (text: string) => new Date(`${text}T12:00:00Z`);
const url = (id: number) => `https://news.example.org/sample/${id}`;

/** UTF-8 lines, except those marked Latin-1: bytes as a mixed-encoding file has them. */
function writeMixed(file: string, lines: { text: string; latin1?: boolean }[]): void {
  const parts = lines.map((line) => Buffer.from(`${line.text}\n`, line.latin1 ? 'latin1' : 'utf8'));
  writeFileSync(join(FOLDER, file), Buffer.concat(parts));
}

// ---- GDELT 2.0 ------------------------------------------------------------------------------
{
  const rows = generateGdeltRows({
    events: 280,
    seed: 7,
    population: 'hubs',
    start: '2024-02-01',
    days: 60,
    firstId: 1_150_000_000,
  });
  const special: { at: number; cells: string[]; latin1?: boolean }[] = [];
  let id = 1_150_100_000;
  const add = (at: number, fields: Parameters<typeof gdeltRow>[0], latin1 = false) =>
    special.push({ at, cells: gdeltRow(fields), latin1 });
  const usa = byCode('USA');
  const rus = byCode('RUS');
  const ukr = byCode('UKR');
  // An empty second actor: GDELT codes many events with one side only.
  for (let n = 0; n < 12; n++)
    add(5 + n * 20, {
      id: id++,
      day: day(`2024-02-${String(2 + n).padStart(2, '0')}`),
      source: GDELT_ACTORS[n % 6],
      target: undefined,
      code: '010',
      goldstein: 0,
      url: url(id),
    });
  // No first actor at all: neither code nor name.
  for (let n = 0; n < 3; n++)
    add(9 + n * 50, {
      id: id++,
      day: day('2024-02-20'),
      source: undefined,
      target: ukr,
      code: '190',
      goldstein: -10,
      url: url(id),
    });
  // Code-only actors: a code and no name ("USAGOV" is the United States government).
  const codeOnly = (code: string, country: string, types: string[]): GdeltActor => ({
    ...byCode('USA'),
    code,
    name: '',
    country,
    types,
  });
  for (let n = 0; n < 4; n++)
    add(30 + n * 40, {
      id: id++,
      day: day(`2024-03-0${1 + n}`),
      source: codeOnly('USAGOV', 'USA', ['GOV']),
      target: codeOnly('RUSMIL', 'RUS', ['MIL']),
      code: '112',
      goldstein: -2,
      url: url(id),
    });
  // The disputed codes: 163 (embargo, sanctions) and 081 (ease administrative sanctions).
  for (let n = 0; n < 3; n++)
    add(40 + n * 30, {
      id: id++,
      day: day(`2024-03-1${n}`),
      source: usa,
      target: rus,
      code: '163',
      goldstein: -8,
      url: url(id),
    });
  add(77, {
    id: id++,
    day: day('2024-03-05'),
    source: rus,
    target: ukr,
    code: '081',
    goldstein: 5,
    url: url(id),
  });
  // Bad SQLDATE: repaired from DATEADDED twice, and once with no DATEADDED either.
  const badDate = (cells: string[], added: string) => {
    cells[1] = '20240231';
    cells[59] = added;
    return cells;
  };
  special.push({
    at: 100,
    cells: badDate(
      gdeltRow({
        id: id++,
        day: day('2024-02-28'),
        source: usa,
        target: ukr,
        code: '071',
        goldstein: 7.4,
        url: url(id),
      }),
      '20240229101500',
    ),
  });
  special.push({
    at: 101,
    cells: badDate(
      gdeltRow({
        id: id++,
        day: day('2024-02-28'),
        source: usa,
        target: ukr,
        code: '071',
        goldstein: 7.4,
        url: url(id),
      }),
      '20240229111500',
    ),
  });
  special.push({
    at: 102,
    cells: badDate(
      gdeltRow({
        id: id++,
        day: day('2024-02-28'),
        source: usa,
        target: ukr,
        code: '071',
        goldstein: 7.4,
        url: url(id),
      }),
      '',
    ),
  });
  // The same actor on both sides.
  add(120, {
    id: id++,
    day: day('2024-02-14'),
    source: rus,
    target: rus,
    code: '040',
    goldstein: 1,
    url: url(id),
  });
  // No address for the article ("BBC Monitoring" is what GDELT writes then).
  add(130, {
    id: id++,
    day: day('2024-02-15'),
    source: ukr,
    target: rus,
    code: '111',
    goldstein: -2,
    url: 'BBC Monitoring',
  });
  // A UTF-8 name, and a row in Latin-1 in the same file.
  const civ: GdeltActor = {
    ...byCode('FRA'),
    code: 'CIV',
    name: "CÔTE D'IVOIRE",
    country: 'CIV',
    fips: 'IV',
  };
  const msf: GdeltActor = {
    ...byCode('FRA'),
    code: 'NGOMSF',
    name: 'MÉDECINS SANS FRONTIÈRES',
    country: '',
    group: 'MSF',
    types: ['NGO'],
  };
  add(140, {
    id: id++,
    day: day('2024-03-02'),
    source: byCode('FRA'),
    target: civ,
    code: '042',
    goldstein: 1.9,
    url: url(id),
  });
  add(
    141,
    {
      id: id++,
      day: day('2024-03-03'),
      source: msf,
      target: ukr,
      code: '073',
      goldstein: 7.4,
      url: url(id),
    },
    true,
  );
  const lines: { text: string; latin1?: boolean }[] = rows.map((cells) => ({
    text: cells.join('\t'),
  }));
  for (const { at, cells, latin1 } of [...special].sort((a, b) => b.at - a.at))
    lines.splice(at, 0, { text: cells.join('\t'), latin1 });
  // Repeated events: the same GLOBALEVENTID again, as overlapping 15-minute files give them.
  for (const at of [60, 150, 210]) lines.splice(at + 3, 0, { ...lines[at]! });
  writeMixed('gdelt2-sample.export.CSV', lines);
}

// ---- GDELT 1.0 (58 columns) -----------------------------------------------------------------
{
  const rows = generateGdeltRows({
    events: 200,
    seed: 11,
    population: 'hubs',
    version: 1,
    start: '2013-06-01',
    days: 30,
    firstId: 260_000_000,
  });
  rows.splice(
    10,
    0,
    gdeltRow(
      {
        id: 260_900_001,
        day: day('2013-06-03'),
        source: byCode('CHN'),
        target: undefined,
        code: '010',
        goldstein: 0,
        url: url(1),
      },
      1,
    ),
  );
  rows.splice(40, 0, [...rows[20]!]);
  writeFileSync(
    join(FOLDER, 'gdelt1-sample.export.CSV'),
    rows.map((row) => row.join('\t')).join('\n') + '\n',
  );
}

// ---- GDELT with a header, comma-separated, as BigQuery exports the README's query -----------
export const EXTRACT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1KnownGroupCode',
  'Actor1Type1Code', 'Actor1Type2Code', 'Actor1Type3Code', 'Actor2Code', 'Actor2Name', 'Actor2CountryCode',
  'Actor2KnownGroupCode', 'Actor2Type1Code', 'Actor2Type2Code', 'Actor2Type3Code', 'EventCode', 'QuadClass',
  'GoldsteinScale', 'DATEADDED', 'SOURCEURL',
]; // prettier-ignore
{
  const rows = generateGdeltRows({
    events: 200,
    seed: 5,
    population: 'hubs',
    start: '2024-04-01',
    days: 45,
    firstId: 1_170_000_000,
  });
  const index = (name: string) => [
    'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
    ...['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'].map((f) => `Actor1${f}`),
    ...['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'].map((f) => `Actor2${f}`),
    'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  ].indexOf(name); // prettier-ignore
  const csvCell = (value: string) =>
    /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  const body = rows.map((cells, n) => {
    const picked = EXTRACT_COLUMNS.map((name) =>
      name === 'DATEADDED'
        ? (cells[59] ?? '')
        : name === 'SOURCEURL'
          ? (cells[60] ?? '')
          : (cells[index(name)] ?? ''),
    );
    // A sheet saved from a spreadsheet program loses the leading zero of a code: 042 → 42.
    if (n % 50 === 7) {
      picked[16] = '42';
      picked[17] = '1';
      picked[18] = '1.9';
    }
    // A name with a comma, quoted as CSV requires.
    if (n === 12) picked[3] = 'KOREA, SOUTH';
    return picked.map(csvCell).join(',');
  });
  writeFileSync(
    join(FOLDER, 'gdelt-bigquery.csv'),
    [EXTRACT_COLUMNS.join(','), ...body].join('\n') + '\n',
  );
}

// ---- ICEWS ------------------------------------------------------------------------------------
const ICEWS_ACTORS: [name: string, sectors: string, country: string][] = [
  ['Russia', '', 'Russian Federation'],
  ['Ukraine', '', 'Ukraine'],
  ['Vladimir Putin', 'Elite,Executive,Executive Office,Government', 'Russian Federation'],
  ['Volodymyr Zelenskyy', 'Elite,Executive,Executive Office,Government', 'Ukraine'],
  ['Military (Russia)', 'Military', 'Russian Federation'],
  ['Armed Forces (Ukraine)', 'Army,Military', 'Ukraine'],
  ['Recep Tayyip Erdoğan', 'Elite,Executive,Government', 'Turkey'],
  ['United Nations', 'Global,International Government Organization,IGO', ''],
  ['Citizen (Ukraine)', 'Civilian', 'Ukraine'],
  ['Police (Russia)', 'Police', 'Russian Federation'],
  ['Business (Russia)', 'Business', 'Russian Federation'],
  ['Media Personnel (Ukraine)', 'Media', 'Ukraine'],
  ['Separatists (Ukraine)', 'Rebel,Separatists', 'Ukraine'],
  ['European Union', 'Regional,IGO', ''],
  ['United States', '', 'United States'],
  ['Türkiye', '', 'Turkey'],
];
const ICEWS_CODES: [code: string, text: string, intensity: number][] = [
  ['10', 'Make statement', 0],
  ['20', 'Make an appeal or request', 3],
  ['36', 'Express intent to meet or negotiate', 4],
  ['42', 'Make a visit', 1.9],
  ['43', 'Host a visit', 2.8],
  ['46', 'Engage in negotiation', 7],
  ['51', 'Praise or endorse', 3.4],
  ['57', 'Sign formal agreement', 8],
  ['71', 'Provide economic aid', 7.4],
  ['111', 'Criticize or denounce', -2],
  ['112', 'Accuse', -2],
  ['138', 'Threaten to use military force', -7],
  ['163', 'Impose embargo, boycott, or sanctions', -8],
  ['173', 'Arrest, detain, or charge with legal action', -5],
  ['190', 'Use conventional military force', -10],
  ['874', 'Retreat or surrender militarily', 9],
];
{
  const random = seededRandom(21);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() ** 1.6 * list.length)] as T;
  const lines = [ICEWS_COLUMNS.join('\t')];
  for (let n = 0; n < 240; n++) {
    const source = pick(ICEWS_ACTORS);
    let target = pick(ICEWS_ACTORS);
    while (target === source) target = pick(ICEWS_ACTORS);
    const [code, text, intensity] = pick(ICEWS_CODES);
    const date = new Date(Date.UTC(2014, 1, 1) + Math.floor(random() * 90) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const id = 22_000_000 + n;
    const cells = [
      String(id),
      date,
      ...[source[0], source[1], source[2]],
      text,
      code,
      String(intensity),
      target[0],
      target[1],
      target[2],
      String(3_000_000 + n),
      '1',
      'Example Wire (test data)',
      'Kyiv',
      '',
      'Kyiv',
      'Ukraine',
      '50.45',
      '30.52',
    ];
    if (n % 40 === 13) cells[8] = ''; // an empty Target Name
    if (n === 77) cells[1] = '2014-02-30'; // no such day
    lines.push(cells.join('\t'));
    if (n % 60 === 20) lines.push(cells.join('\t')); // the same Event ID again
  }
  writeFileSync(join(FOLDER, 'icews-sample.tab'), lines.join('\n') + '\n');
}

// ---- POLECAT ----------------------------------------------------------------------------------
const POLECAT_ACTORS: [name: string, country: string, sector: string, sectors: string][] = [
  ['USA', 'USA', 'GOV', 'Government'],
  ['Russia', 'RUS', 'GOV', 'Government'],
  ['Ukraine', 'UKR', 'GOV', 'Government'],
  ['Vladimir Putin', 'RUS', 'GOV', 'Government;Executive'],
  ['Volodymyr Zelenskyy', 'UKR', 'GOV', 'Government;Executive'],
  ['Russian Armed Forces', 'RUS', 'MIL', 'Military'],
  ['Ukrainian Armed Forces', 'UKR', 'MIL', 'Military'],
  ['United Nations', '', 'IGO', 'Intergovernmental Organization'],
  ['European Union', '', 'IGO', 'Intergovernmental Organization'],
  ['Kyiv residents', 'UKR', 'CVL', 'Civilians'],
  ['Wagner Group', 'RUS', 'REB', 'Rebels;Militia'],
  ['Gazprom', 'RUS', 'BUS', 'Business'],
  ['China', 'CHN', 'GOV', 'Government'],
  ['Recep Tayyip Erdoğan', 'TUR', 'GOV', 'Government;Executive'],
];
const POLECAT_TYPES: [type: string, mode: string, quad: string, intensity: number][] = [
  ['CONSULT', 'visit', 'VERBAL COOPERATION', 1],
  ['CONSULT', 'third-party', 'VERBAL COOPERATION', 1],
  ['AGREE', '', 'VERBAL COOPERATION', 3],
  ['SUPPORT', '', 'VERBAL COOPERATION', 3],
  ['AID', 'military', 'MATERIAL COOPERATION', 6],
  ['AID', 'humanitarian', 'MATERIAL COOPERATION', 6],
  ['COOPERATE', '', 'MATERIAL COOPERATION', 5],
  ['REQUEST', '', 'VERBAL CONFLICT', -2],
  ['ACCUSE', '', 'VERBAL CONFLICT', -3],
  ['REJECT', '', 'VERBAL CONFLICT', -4],
  ['THREATEN', '', 'VERBAL CONFLICT', -5],
  ['SANCTION', 'economic', 'MATERIAL CONFLICT', -6],
  ['COERCE', 'arrest', 'MATERIAL CONFLICT', -6],
  ['ASSAULT', 'aerial', 'MATERIAL CONFLICT', -9],
  ['ASSAULT', 'firearms', 'MATERIAL CONFLICT', -8],
  ['RETREAT', '', 'MATERIAL COOPERATION', 4],
];
{
  const random = seededRandom(33);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() ** 1.5 * list.length)] as T;
  const lines = [POLECAT_COLUMNS.join('\t')];
  for (let n = 0; n < 240; n++) {
    const source = pick(POLECAT_ACTORS);
    let target = pick(POLECAT_ACTORS);
    while (target === source) target = pick(POLECAT_ACTORS);
    const [type, mode, quad, intensity] = pick(POLECAT_TYPES);
    const date = new Date(Date.UTC(2023, 0, 2) + Math.floor(random() * 120) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const id = `20230${String(100000 + n)}-test`;
    const cells: Record<string, string> = {
      'Event ID': id,
      'Event Date': date,
      'Event Type': type,
      'Event Mode': mode,
      Intensity: String(intensity),
      'Quad Code': quad,
      Contexts: n % 3 === 0 ? 'military' : '',
      'Actor Name': source[0],
      'Actor Country': source[1],
      'Primary Actor Sector': source[2],
      'Actor Sectors': source[3],
      'Recipient Name': target[0],
      'Recipient Country': target[1],
      'Primary Recipient Sector': target[2],
      'Recipient Sectors': target[3],
      Source: 'Example Wire (test data)',
      'Publication Date': date,
      Language: 'en',
      Version: 'v1.1',
    };
    if (n % 45 === 17) cells['Recipient Name'] = ''; // an empty recipient
    if (n === 101) cells['Event Date'] = 'last week'; // not a day
    const line = POLECAT_COLUMNS.map((column) => cells[column] ?? '').join('\t');
    lines.push(line);
    if (n % 70 === 30) lines.push(line); // the same Event ID again
  }
  writeFileSync(join(FOLDER, 'polecat-sample.tsv'), lines.join('\n') + '\n');
}
console.log(`wrote the event samples in ${FOLDER}`);
