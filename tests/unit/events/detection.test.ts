// @vitest-environment node
/**
 * Event files are told by their columns, never their names: GDELT 2.0 and 1.0 without a header,
 * a headed GDELT CSV, ICEWS and POLECAT; a layout that comes close but lacks what the reader
 * needs is read as a plain spreadsheet, with a note that says why.
 */
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { GDELT1_COLUMNS, GDELT2_COLUMNS } from '../../../src/io/import/events/columnLayouts';
import { sniffFormat } from '../../../src/io/import/formats/sniff';
import { EVENTS } from './helpers';

const sniff = (text: string, name: string) => {
  const result = sniffFormat(text, name);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result;
};
const sample = (name: string) => readFileSync(`${EVENTS}/${name}`, 'latin1');

describe('recognising event data', () => {
  it('has GDELT’s real widths: 61 columns in 2.0, 58 in 1.0 (57 before SOURCEURL)', () => {
    expect(GDELT2_COLUMNS).toHaveLength(61);
    expect(GDELT1_COLUMNS).toHaveLength(58);
    expect(GDELT2_COLUMNS.slice(0, 6)).toEqual([
      'GLOBALEVENTID',
      'SQLDATE',
      'MonthYear',
      'Year',
      'FractionDate',
      'Actor1Code',
    ]);
    expect(GDELT2_COLUMNS.slice(25, 37)).toEqual([
      'IsRootEvent',
      'EventCode',
      'EventBaseCode',
      'EventRootCode',
      'QuadClass',
      'GoldsteinScale',
      'NumMentions',
      'NumSources',
      'NumArticles',
      'AvgTone',
      'Actor1Geo_Type',
      'Actor1Geo_FullName',
    ]);
    expect(GDELT2_COLUMNS.slice(-3)).toEqual(['ActionGeo_FeatureID', 'DATEADDED', 'SOURCEURL']);
    expect(GDELT2_COLUMNS).toContain('ActionGeo_ADM2Code');
    expect(GDELT1_COLUMNS).not.toContain('ActionGeo_ADM2Code');
  });

  it.each([
    ['gdelt2-sample.export.CSV', 'gdelt', 'GDELT 2.0 events'],
    ['gdelt1-sample.export.CSV', 'gdelt', 'GDELT 1.0 events'],
    ['gdelt-bigquery.csv', 'gdelt', 'GDELT events (with a header, as BigQuery exports)'],
    ['icews-sample.tab', 'icews', 'ICEWS events'],
    ['polecat-sample.tsv', 'polecat', 'POLECAT events'],
  ])('%s is %s', (file, format, name) => {
    const result = sniff(sample(file), file);
    expect(result.format).toBe(format);
    expect(result).toMatchObject({ layout: { name } });
    expect(result.problems).toEqual([]);
  });

  it('does not go by the file name: GDELT rows in a .txt, and a plain sheet named like GDELT', () => {
    expect(sniff(sample('gdelt2-sample.export.CSV'), 'events.txt').format).toBe('gdelt');
    expect(sniff('From,To\nA,B\n', '20240101000000.export.CSV').format).toBe('csv');
  });

  it('reads a GDELT 1.0 file of 57 columns, from before SOURCEURL', () => {
    const row = sample('gdelt1-sample.export.CSV').split('\n')[0]!.split('\t').slice(0, 57);
    const result = sniff(`${row.join('\t')}\n`, '20130401.export.CSV');
    expect(result).toMatchObject({ format: 'gdelt', layout: { name: 'GDELT 1.0 events' } });
  });

  it('reads a GDELT-like row of another width as a plain sheet, and says why', () => {
    const row = sample('gdelt2-sample.export.CSV').split('\n')[0]!.split('\t').slice(0, 59);
    const result = sniff(`${row.join('\t')}\n`, 'cut.tsv');
    expect(result.format).toBe('csv');
    expect(result.problems[0]?.message).toMatch(
      /looks like a GDELT event.*59 columns.*61.*57 or 58.*plain spreadsheet/,
    );
  });

  it('reads a header with GDELT’s markers but without EventCode as a plain sheet, and says why', () => {
    const result = sniff('GLOBALEVENTID,SQLDATE,Actor1Name,Actor2Name\n1,20240101,A,B\n', 'x.csv');
    expect(result.format).toBe('csv');
    expect(result.problems[0]?.message).toMatch(/look like GDELT events, but EventCode is missing/);
  });

  it('accepts a GDELT extract with names and no codes, or codes and no names', () => {
    expect(sniff('GLOBALEVENTID,SQLDATE,Actor1Name,Actor2Name,EventCode\n', 'x.csv').format).toBe(
      'gdelt',
    );
    expect(sniff('globaleventid,sqldate,actor1code,actor2code,eventcode\n', 'x.csv').format).toBe(
      'gdelt',
    );
  });
});
