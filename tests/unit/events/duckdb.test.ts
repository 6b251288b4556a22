// @vitest-environment node
/**
 * The README's DuckDB query, run as written on the committed GDELT 2.0 sample: its output opens
 * as a user's file would (the same pipeline as the Open dialog), and the graph holds exactly the
 * events the query's filters select.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, it } from 'vitest';

import { GDELT2_COLUMNS } from '../../../src/io/import/events/columnLayouts';
import { EVENTS, openEvents } from './helpers';

const SAMPLE = resolve(EVENTS, 'gdelt2-sample.export.CSV');

/** The SQL block that follows the README's duckdb-extract marker. */
function readmeQuery(): string {
  const readme = readFileSync('README.md', 'utf8');
  const marker = readme.indexOf('<!-- duckdb-extract');
  const block = /```sql\n([\s\S]*?)```/.exec(readme.slice(marker));
  if (marker === -1 || !block?.[1]) throw new Error('the README has no DuckDB extract query');
  return block[1];
}

const folder = mkdtempSync(join(tmpdir(), 'actor-graph-duckdb-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the README’s DuckDB extract', () => {
  it('names GDELT 2.0’s 61 columns in their order', () => {
    const names = /names = \[([\s\S]*?)\]\)/.exec(readmeQuery())?.[1] ?? '';
    expect([...names.matchAll(/'([^']+)'/g)].map((match) => match[1])).toEqual(GDELT2_COLUMNS);
  });

  it('cuts an extract from the sample that opens as a headed GDELT file, with the events it selects', async () => {
    const output = join(folder, 'extract.csv');
    const sql = readmeQuery()
      .replace("'gdelt/*.export.CSV'", `'${SAMPLE}'`)
      .replace("'extract.csv'", `'${output}'`);
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    await connection.run(sql);
    connection.closeSync();

    const opened = await openEvents(new Uint8Array(readFileSync(output)), 'extract.csv');
    expect(opened.format).toBe('gdelt');
    expect(opened.datasetFile.coding?.format).toBe(
      'GDELT events (with a header, as BigQuery exports)',
    );

    // The same filters, by hand, over the sample's rows.
    const expected = new Set<string>();
    for (const line of readFileSync(SAMPLE, 'latin1').split('\n')) {
      const cells = line.split('\t');
      const cell = (name: string) => cells[GDELT2_COLUMNS.indexOf(name)] ?? '';
      const sides = [1, 2].map((n) => ({
        code: cell(`Actor${n}Code`),
        name: cell(`Actor${n}Name`),
        country: cell(`Actor${n}CountryCode`),
      }));
      if (
        cell('SQLDATE') >= '20240201' &&
        cell('SQLDATE') <= '20240331' &&
        ['16', '17', '18', '19', '20'].includes(cell('EventRootCode')) &&
        sides.some((side) => ['USA', 'RUS', 'UKR'].includes(side.country)) &&
        sides.some((side) => side.code.startsWith('RUS')) &&
        sides.every((side) => side.code !== '' || side.name !== '')
      )
        expected.add(cell('GLOBALEVENTID'));
    }
    expect(expected.size).toBeGreaterThan(10);

    const events = opened.dataset.relations.flatMap((relation) => relation.events ?? []);
    expect(new Set(events.map((event) => event.id))).toEqual(expected);
    expect(events).toHaveLength(expected.size);
    expect(new Set(opened.dataset.relations.map((relation) => relation.type))).toEqual(
      new Set(['SANCTION', 'COERCE', 'ASSAULT']),
    );
    // The sample's three US sanctions on Russia (CAMEO 163) are among them, as one relation.
    const sanctions = opened.dataset.relations.find(
      (relation) =>
        relation.source === 'united-states' &&
        relation.target === 'russia' &&
        relation.type === 'SANCTION',
    );
    expect(sanctions?.events?.filter((event) => event.code === '163')).toHaveLength(3);
    // Codes keep their leading zero through DuckDB (read as text): none was repaired.
    expect(opened.problems.some((problem) => /leading zero/.test(problem.message))).toBe(false);
  });
});
