import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

import { csvCell, exportActorsCsv, exportRelationsCsv, toCsv } from '../../../src/io/export/csv';
import { parseCsvSheets } from '../../../src/io/import/formats/csv';
import { opened } from '../import/helpers';
import { AWKWARD, datasetOf } from './fixtures';

/** The rows of a CSV text as a spreadsheet reads them (BOM off, RFC 4180 quoting undone). */
function rowsOf(text: string): string[][] {
  return Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
}

describe('csvCell', () => {
  it('quotes cells with commas, quotes or line breaks and doubles inner quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('one\r\ntwo')).toBe('"one\r\ntwo"');
    expect(csvCell('Київ Ørsted')).toBe('Київ Ørsted');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+49 30')).toBe("'+49 30");
    expect(csvCell('-2 + 3')).toBe("'-2 + 3");
    // Plain numbers run nothing: coordinates stay numbers.
    expect(csvCell('-2.5')).toBe('-2.5');
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
  });

  it('writes CRLF rows after a BOM', () => {
    expect(toCsv(['a', 'b'], [['1', '2']])).toBe('\uFEFFa,b\r\n1,2\r\n');
  });
});

describe('exportRelationsCsv', () => {
  const dataset = datasetOf(AWKWARD);

  it('writes only the relations asked for, one row each', () => {
    const rows = rowsOf(exportRelationsCsv(dataset, { relationIds: new Set(['r1', 'r3']) }));
    const header = rows[0] ?? [];
    expect(rows).toHaveLength(3);
    const id = header.indexOf('ID');
    expect(rows.slice(1).map((row) => row[id])).toEqual(['r1', 'r3']);
  });

  it('keeps every field in its column, each quote in a column of its own', () => {
    const rows = rowsOf(exportRelationsCsv(dataset));
    const header = rows[0] ?? [];
    const row = (rows[1] ?? []).map((cell) => cell);
    const at = (name: string) => row[header.indexOf(name)];
    expect(header.slice(0, 8)).toEqual([
      'From',
      'To',
      'Type',
      'Direction',
      'Status',
      'Date',
      'Until',
      'When',
    ]);
    expect(at('From')).toBe('Zoë "Z" Ørsted, Jr.');
    expect(at('To')).toBe('\'=HYPERLINK("http://evil")');
    expect(at('Type')).toBe('Funds');
    expect(at('Direction')).toBe('directed');
    expect(at('Status')).toBe('planned');
    expect(at('Date')).toBe('2025-04');
    expect(at('Until')).toBe('2025-06');
    expect(at('When')).toBe('in April');
    expect(at('Quote')).toBe('She said, "I pay", and left.\nThen more.');
    expect(at('Quote 2')).toBe("'-2 + 3 = 1");
    expect(at('Source URL')).toBe('https://example.org/report?id=1&x=<y>');
    expect(at('Label')).toBe('pays the wages');
    expect(at('Weight')).toBe('2.5');
    expect(at('Alleged by')).toBe('Київ');
    expect(at('amount')).toBe("'@100");
    expect((rows[2] ?? [])[header.indexOf('Direction')]).toBe('undirected');
  });

  it('reads back through our importer as the same relations, apostrophes taken off', () => {
    const graph = opened(
      parseCsvSheets(
        { text: exportRelationsCsv(dataset).replace(/^\uFEFF/, ''), fileName: 'relations.csv' },
        { text: exportActorsCsv(dataset).replace(/^\uFEFF/, ''), fileName: 'actors.csv' },
      ),
    );
    expect(graph.nodes.map((node) => [node.id, node.label])).toEqual(
      dataset.actors.map((actor) => [actor.id, actor.label]),
    );
    expect(
      graph.edges.map((edge) => [edge.id, edge.source, edge.target, edge.type, edge.directed]),
    ).toEqual([
      ['r1', 'zoe', 'club', 'Funds', true],
      ['r2', 'zoe', 'kyiv', 'Married to', false],
      ['r3', 'kyiv', 'club', 'Assault', true],
    ]);
    expect(graph.edges[0]?.quotes).toEqual([
      'She said, "I pay", and left.\nThen more.',
      '-2 + 3 = 1',
    ]);
    expect(graph.edges[0]?.attributes.get('amount')).toBe('@100');
    // The range's end is read as the end, not kept as a column of the file's own.
    expect([graph.edges[0]?.date, graph.edges[0]?.until]).toEqual(['2025-04', '2025-06']);
    expect(graph.edges[0]?.attributes.has('Until')).toBe(false);
    expect(graph.edges[0]?.url).toBe('https://example.org/report?id=1&x=<y>');
    expect(graph.nodes[0]?.attributes.get('__proto__')).toBe('still data');
  });
});

describe('exportActorsCsv', () => {
  const dataset = datasetOf(AWKWARD);

  it('writes the actors asked for with kind labels, positions and own attributes', () => {
    const rows = rowsOf(
      exportActorsCsv(dataset, {
        actorIds: new Set(['zoe', 'club']),
        positions: new Map([['zoe', { x: 1.234, y: -5 }]]),
      }),
    );
    const header = rows[0] ?? [];
    expect(header).toEqual([
      'ID',
      'Label',
      'Kind',
      'Description',
      'Aliases',
      'X',
      'Y',
      '__proto__',
      'Type (attribute)',
      'age',
    ]);
    expect(rows[1]).toEqual([
      'zoe',
      'Zoë "Z" Ørsted, Jr.',
      'Leader or official',
      'Line one\nline two, with <b>tags</b> & "quotes"',
      '',
      '1.23',
      '-5',
      'still data',
      'clash with a column',
      '41',
    ]);
    expect(rows[2]?.slice(0, 5)).toEqual([
      'club',
      '\'=HYPERLINK("http://evil")',
      'Football club',
      '',
      'FC',
    ]);
    expect(rows).toHaveLength(3);
  });
});
