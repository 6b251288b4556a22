// @vitest-environment node
/**
 * CAMEO to PLOVER, with the choices the README states (163 is SANCTION; a type's quad is
 * PLOVER's, the source's own is kept), and CAMEO actor codes to labels, kinds and countries.
 */
import { describe, expect, it } from 'vitest';

import { kindOfSectors, readActorCode } from '../../../src/io/import/events/cameoActors';
import {
  STATEMENT_TYPE,
  describeCameo,
  ploverTypeOfCameo,
} from '../../../src/io/import/events/cameoEvents';
import { GDELT2_COLUMNS, POLECAT_COLUMNS } from '../../../src/io/import/events/columnLayouts';
import { attribute, openTextAs } from './helpers';

/** One GDELT 2.0 row with the given fields; the rest empty. */
function gdeltLine(fields: Record<string, string>): string {
  return GDELT2_COLUMNS.map((column) => fields[column] ?? '').join('\t');
}

const gdeltEvent = (id: number, code: string, quad: string, extra: Record<string, string> = {}) =>
  gdeltLine({
    GLOBALEVENTID: String(id),
    SQLDATE: '20240301',
    Actor1Code: 'RUS',
    Actor1Name: 'RUSSIA',
    Actor1CountryCode: 'RUS',
    Actor2Code: 'UKR',
    Actor2Name: 'UKRAINE',
    Actor2CountryCode: 'UKR',
    EventCode: code,
    QuadClass: quad,
    GoldsteinScale: '1',
    DATEADDED: '20240301120000',
    SOURCEURL: `https://news.example.org/${id}`,
    ...extra,
  });

describe('CAMEO to PLOVER', () => {
  it.each([
    ['036', 'AGREE'],
    ['042', 'CONSULT'],
    ['051', 'SUPPORT'],
    ['061', 'COOPERATE'],
    ['073', 'AID'],
    ['081', 'CONCEDE'],
    ['085', 'CONCEDE'],
    ['084', 'RETREAT'],
    ['0874', 'RETREAT'],
    ['091', 'ACCUSE'],
    ['112', 'ACCUSE'],
    ['104', 'REQUEST'],
    ['125', 'REJECT'],
    ['138', 'THREATEN'],
    ['141', 'PROTEST'],
    ['154', 'MOBILIZE'],
    ['161', 'SANCTION'],
    ['173', 'COERCE'],
    ['182', 'ASSAULT'],
    ['193', 'ASSAULT'],
    ['204', 'ASSAULT'],
  ])('%s is %s', (code, type) => {
    expect(ploverTypeOfCameo(code)).toBe(type);
  });

  it('files 163 "impose embargo, boycott or sanctions" under SANCTION, not the table’s COERCE', () => {
    expect(ploverTypeOfCameo('163')).toBe('SANCTION');
    expect(ploverTypeOfCameo('1631')).toBe('SANCTION');
    // The rest of CAMEO 17 stays COERCE: only 163 is moved.
    expect(ploverTypeOfCameo('172')).toBe('COERCE');
  });

  it('keeps statements and appeals (01, 02) as a declared type, not a PLOVER one', () => {
    expect(ploverTypeOfCameo('010')).toBe(STATEMENT_TYPE.name);
    expect(ploverTypeOfCameo('028')).toBe(STATEMENT_TYPE.name);
  });

  it('refuses what is not a CAMEO code', () => {
    for (const code of ['', '00', '21', '210', 'ABC', '04A', '12345']) {
      expect(ploverTypeOfCameo(code)).toBeUndefined();
    }
  });

  it('describes codes by the codebook; a four-digit code by its parent', () => {
    expect(describeCameo('193')).toBe('193 Fight with small arms and light weapons');
    expect(describeCameo('0874')).toBe('0874 De-escalate military engagement');
    expect(describeCameo('999')).toBe('999');
  });
});

describe('quad classes where the sources disagree', () => {
  it('CONCEDE is verbal cooperation as in PLOVER; GDELT’s material cooperation for CAMEO 08 is kept', async () => {
    const opened = await openTextAs(`${gdeltEvent(1, '081', '2')}\n`, 'concede.CSV');
    const [relation] = opened.dataset.relations;
    expect(relation?.type).toBe('CONCEDE');
    expect(
      opened.dataset.vocabulary.types.find((type) => type.id === 'CONCEDE')?.relationClass,
    ).toBe('verbal-cooperation');
    expect(attribute(relation!, 'GDELT quad class')).toBe('Material cooperation (1)');
    expect(relation?.events?.[0]?.code).toBe('081');
  });

  it('SANCTION is material conflict whatever quad a POLECAT row gives it; the row’s quad is kept', async () => {
    const row: Record<string, string> = {
      'Event ID': 'e1',
      'Event Date': '2023-02-01',
      'Event Type': 'SANCTION',
      'Event Mode': 'economic',
      Intensity: '-6',
      'Quad Code': 'VERBAL CONFLICT',
      'Actor Name': 'European Union',
      'Recipient Name': 'Russia',
      'Recipient Country': 'RUS',
    };
    const text = `${POLECAT_COLUMNS.join('\t')}\n${POLECAT_COLUMNS.map((column) => row[column] ?? '').join('\t')}\n`;
    const opened = await openTextAs(text, 'polecat.txt');
    const [relation] = opened.dataset.relations;
    expect(relation?.type).toBe('SANCTION');
    expect(
      opened.dataset.vocabulary.types.find((type) => type.id === 'SANCTION')?.relationClass,
    ).toBe('material-conflict');
    expect(attribute(relation!, 'POLECAT quad class')).toBe('Verbal conflict (1)');
    expect(attribute(relation!, 'Event modes')).toBe('economic (1)');
  });

  it('statements and appeals are a type of the dataset’s own, in GDELT’s verbal cooperation', async () => {
    const opened = await openTextAs(`${gdeltEvent(2, '010', '1')}\n`, 'statement.CSV');
    const [relation] = opened.dataset.relations;
    const type = opened.dataset.vocabulary.types.find((entry) => entry.id === relation?.type);
    expect(type).toMatchObject({
      label: 'Statement or appeal',
      relationClass: 'verbal-cooperation',
      builtIn: false,
    });
    expect(opened.datasetFile.types?.[0]?.description).toMatch(/CAMEO 01.*02.*PLOVER has no type/);
  });

  it('a POLECAT type PLOVER’s sixteen lack is declared, in the quad its rows give', async () => {
    const row: Record<string, string> = {
      'Event ID': 'e1',
      'Event Date': '2023-02-01',
      'Event Type': 'INVESTIGATE',
      'Quad Code': 'VERBAL CONFLICT',
      'Actor Name': 'Court',
      'Recipient Name': 'Minister',
    };
    const text = `${POLECAT_COLUMNS.join('\t')}\n${POLECAT_COLUMNS.map((column) => row[column] ?? '').join('\t')}\n`;
    const opened = await openTextAs(text, 'polecat.txt');
    expect(opened.datasetFile.types).toEqual([
      expect.objectContaining({ label: 'Investigate', class: 'verbal-conflict' }),
    ]);
    expect(opened.dataset.relations[0]?.events?.[0]?.code).toBe('INVESTIGATE');
  });
});

describe('CAMEO actor codes', () => {
  it.each([
    ['USAGOV', 'United States: government', 'state', 'USA'],
    ['RUSMIL', 'Russia: military', 'Military', 'RUS'],
    ['SYRREB', 'Syria: rebels', 'Rebels', 'SYR'],
    ['UKRCVL', 'Ukraine: civilians', 'Civilians', 'UKR'],
    ['USAMED', 'United States: media', 'Media', 'USA'],
    ['RUSBUS', 'Russia: business', 'Business', 'RUS'],
    ['FRA', 'France', 'state', 'FRA'],
    ['IGOUNO', 'United Nations', 'organization', undefined],
    ['IGOEEC', 'European Union', 'bloc', undefined],
    ['NGOMSF', 'Doctors Without Borders', 'organization', undefined],
    ['CVL', 'Civilians', 'Civilians', undefined],
    ['USAGOVXYZ', 'United States: government, XYZ', 'state', 'USA'],
  ])('%s is "%s", of kind %s', (code, label, kind, country) => {
    const read = readActorCode(code);
    expect(read).toMatchObject({ label, kind });
    expect(read?.country).toBe(country);
  });

  it('reads nothing into a code it cannot place', () => {
    expect(readActorCode('XYZ')).toBeUndefined();
    expect(readActorCode('')).toBeUndefined();
  });

  it('finds a kind in sector words, an organization before a government', () => {
    expect(kindOfSectors(['Global', 'International Government Organization'])).toBe('organization');
    expect(kindOfSectors(['Elite', 'Executive', 'Government'])).toBe('state');
    expect(kindOfSectors(['Army', 'Military'])).toBe('Military');
    expect(kindOfSectors(['Rebel', 'Separatists'])).toBe('Rebels');
    expect(kindOfSectors(['', ''])).toBeUndefined();
  });

  it('labels an actor given by its code alone from the code', async () => {
    const line = gdeltEvent(3, '112', '3', {
      Actor1Code: 'USAGOV',
      Actor1Name: '',
      Actor1CountryCode: 'USA',
      Actor1Type1Code: 'GOV',
    });
    const opened = await openTextAs(`${line}\n`, 'codes.CSV');
    const actor = opened.dataset.actors.find(
      (entry) => entry.label === 'United States: government',
    );
    expect(actor).toMatchObject({ kind: 'state' });
    expect(attribute(actor!, 'country')).toBe('United States');
    expect(attribute(actor!, 'code')).toBe('USAGOV');
  });
});
