// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { parseCsv, parseCsvSheets, sheetKind } from '../../../src/io/import/formats/csv';
import { sniffDelimiter } from '../../../src/io/import/text/csvTable';
import { fixtureText, nodeById, opened, problemMatching, readFixture } from './helpers';

const csv = (text: string, name = 'sheet.csv') => parseCsv(text, name);

describe('Kumu-style connections and elements sheets', () => {
  const connections = {
    text: fixtureText('kumu-connections.csv'),
    fileName: 'kumu-connections.csv',
  };
  const elements = { text: fixtureText('kumu-elements.csv'), fileName: 'kumu-elements.csv' };

  it('reads the connections sheet alone, creating actors from the names', () => {
    const result = readFixture('kumu-connections.csv');
    const graph = opened(result);
    expect(result.problems).toEqual([]);
    expect(graph).toMatchObject({ format: 'csv', directedDefault: true });
    expect(graph.nodes).toHaveLength(8);
    expect(graph.edges).toHaveLength(9);
    expect(graph.nodes.map((node) => node.label)).toEqual(
      expect.arrayContaining(['São Paulo Civic Lab', 'Київ Media Hub', '北京 Green Forum']),
    );
  });

  it('maps every named column and keeps the others as attributes', () => {
    const [first] = opened(readFixture('kumu-connections.csv')).edges;
    expect(first).toMatchObject({
      source: 'Fondation Lumière',
      target: 'São Paulo Civic Lab',
      type: 'funds',
      directed: true,
      label: 'core grant',
      description: 'Three-year core grant for civic tech work',
      date: '2023-03-01',
      url: 'https://example.org/lumiere/grants-2023',
      quotes: ['"We are proud to back the Lab for three more years," the foundation said.'],
      where: { file: 'kumu-connections.csv', row: 2 },
    });
    expect(Object.fromEntries(first?.attributes ?? [])).toEqual({
      'Amount (EUR)': '450000',
      Programme: 'Open Cities',
    });
  });

  it('reads Quote and Evidence columns as quotes, and mutual/undirected as undirected', () => {
    const graph = opened(readFixture('kumu-connections.csv'));
    expect(graph.edges[1]?.quotes).toEqual([
      'The foundation approved an emergency grant within a week.',
      'Annual report 2022 p. 14',
    ]);
    expect(graph.edges[3]?.directed).toBe(false);
    expect(graph.edges[4]?.directed).toBe(false);
  });

  it('keeps parallel relations apart', () => {
    const graph = opened(readFixture('kumu-connections.csv'));
    const parallel = graph.edges.filter(
      (edge) => edge.source === 'Fondation Lumière' && edge.target === 'São Paulo Civic Lab',
    );
    expect(parallel.map((edge) => edge.label)).toEqual(['core grant', 'data fellowship']);
  });

  it('takes actors from the elements sheet, in either order of the two sheets', () => {
    for (const result of [
      parseCsvSheets(connections, elements),
      parseCsvSheets(elements, connections),
    ]) {
      const graph = opened(result);
      expect(result.problems).toEqual([]);
      expect(graph.nodes).toHaveLength(8);
      const lumiere = nodeById(graph, 'Fondation Lumière');
      expect(lumiere).toMatchObject({
        kind: 'Funder',
        description: 'A private foundation that funds civic technology and independent media',
        where: { file: 'kumu-elements.csv', row: 2 },
      });
      expect(Object.fromEntries(lumiere.attributes)).toEqual({
        Country: 'France',
        Founded: '1998',
        Website: 'https://example.org/lumiere',
      });
    }
  });

  it('reports a connection naming no one in the elements sheet, and creates that actor', () => {
    const result = parseCsvSheets(
      { text: 'From,To\nFondation Lumière,Nobody Known\n', fileName: 'c.csv' },
      elements,
    );
    expect(nodeById(opened(result), 'Nobody Known').where).toEqual({ file: 'c.csv', row: 2 });
    expect(problemMatching(result, /"Nobody Known" is named by a relation/)).toMatchObject({
      where: { file: 'c.csv', row: 2 },
      action: 'repaired',
    });
  });

  it('matches connection names to element labels ignoring case and outer spaces', () => {
    const graph = opened(
      parseCsvSheets(
        { text: 'From,To\n  fondation lumière ,OPEN WATER TRUST\n', fileName: 'c.csv' },
        elements,
      ),
    );
    expect(graph.nodes).toHaveLength(8);
    expect(graph.edges[0]).toMatchObject({
      source: 'Fondation Lumière',
      target: 'Open Water Trust',
    });
  });

  it('tells the sheets apart by their columns', () => {
    expect(sheetKind(['From', 'To'])).toBe('connections');
    expect(sheetKind(['source', 'TARGET'])).toBe('connections');
    expect(sheetKind(['Label', 'Type'])).toBe('elements');
    expect(sheetKind(['ID'])).toBe('elements');
    expect(sheetKind(['Name ', 'Age'])).toBe('elements');
    expect(sheetKind(['Age', 'City'])).toBe('unknown');
  });
});

describe('column names and other spreadsheets', () => {
  it('matches column names ignoring case and spaces', () => {
    const graph = opened(
      csv('FROM, to ,TYPE,source url,Source_URL2\nA,B,funds,https://a.example/x,q\n'),
    );
    expect(graph.edges[0]).toMatchObject({
      source: 'A',
      target: 'B',
      type: 'funds',
      url: 'https://a.example/x',
    });
    expect(Object.fromEntries(graph.edges[0]?.attributes ?? [])).toEqual({ Source_URL2: 'q' });
  });

  it('reads a Gephi edge list: Type as the direction, Label, Id and Weight', () => {
    const graph = opened(readFixture('gephi-edges.csv'));
    expect(graph.nodes).toHaveLength(5);
    expect(graph.edges).toHaveLength(6);
    expect(graph.edges[0]).toMatchObject({ id: '0', label: 'funds', directed: true, weight: 3 });
    expect(graph.edges[3]).toMatchObject({
      id: '3',
      label: 'partners with',
      directed: false,
      weight: 1.5,
    });
    expect(graph.edges.every((edge) => edge.type === undefined)).toBe(true);
  });

  it('reads a TSV and a semicolon sheet with decimal commas', () => {
    const tsv = opened(readFixture('connections.tsv'));
    expect(tsv.edges).toHaveLength(3);
    expect(Object.fromEntries(tsv.edges[0]?.attributes ?? [])).toEqual({
      Notes: 'core grant, renewed',
    });
    const semicolon = opened(readFixture('semicolon.csv'));
    expect(semicolon.edges.map((edge) => edge.weight)).toEqual([2.5, 1.25]);
    expect(Object.fromEntries(semicolon.edges[0]?.attributes ?? [])).toEqual({
      Comment: 'Grant, renewed',
    });
  });

  it('sniffs the delimiter from the first line, ignoring quoted cells', () => {
    expect(sniffDelimiter('a,b,c\n1,2,3')).toBe(',');
    expect(sniffDelimiter('a;b;"c,d,e"\n')).toBe(';');
    expect(sniffDelimiter('a\tb, c\n')).toBe('\t');
    expect(sniffDelimiter('single\n', 'x.tsv')).toBe('\t');
  });

  it('maps directions, and reports one it does not know, with its row and column', () => {
    const result = readFixture('unknown-direction.csv', 'tests/fixtures/import/hostile');
    const graph = opened(result);
    expect(graph.edges.map((edge) => edge.directed)).toEqual([true, undefined, true, false]);
    expect(problemMatching(result, /direction "sideways"/)).toMatchObject({
      where: { row: 3, column: 'Direction' },
      action: 'kept',
    });
  });

  it('keeps a non-numeric weight as text and says so', () => {
    const result = readFixture('bad-weight.csv', 'tests/fixtures/import/hostile');
    const graph = opened(result);
    expect(graph.edges.map((edge) => edge.weight)).toEqual([2.5, undefined, 1.5]);
    expect(graph.edges[1]?.attributes.get('Weight')).toBe('heavy');
    expect(problemMatching(result, /weight "heavy"/).where).toMatchObject({
      row: 3,
      column: 'Weight',
    });
  });

  it('refuses a sheet with no From/To or ID/Label column, naming the columns it found', () => {
    const result = csv('Age,City\n41,Lagos\n');
    expect(result.ok).toBe(false);
    expect(problemMatching(result, /names no From and To columns/).message).toMatch(
      /"Age", "City"/,
    );
  });
});
