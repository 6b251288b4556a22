// @vitest-environment node
/**
 * The normaliser: every real fixture becomes a dataset that validates, with the file's names,
 * positions and parallel edges intact, its vocabulary mapped onto ours or declared, and each
 * repair reported.
 */
import { describe, expect, it } from 'vitest';

import type { DatasetFile } from '../../../src/domain/dataset';
import { validateDataset } from '../../../src/domain/validate';
import { parseCsv, parseCsvSheets } from '../../../src/io/import/formats/csv';
import {
  type NormaliseResult,
  normaliseRawGraph,
} from '../../../src/io/import/normalise/normalise';
import type { RawEdge, RawGraph, RawNode } from '../../../src/io/import/types';
import { fixtureText, opened, readFixture } from './helpers';

function normaliseFixture(name: string): NormaliseResult {
  return normaliseRawGraph(opened(readFixture(name)), name);
}

function expectValid(file: DatasetFile, name = 'test.json') {
  const validation = validateDataset({ graphText: JSON.stringify(file), graphFile: name });
  expect(validation.problems).toEqual([]);
  return validation;
}

const actor = (file: DatasetFile, id: string) => {
  const found = file.actors.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no actor ${id}: ${file.actors.map((a) => a.id).join(', ')}`);
  return found;
};

const relation = (file: DatasetFile, id: string) => {
  const found = file.relations.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no relation ${id}: ${file.relations.map((r) => r.id).join(', ')}`);
  return found;
};

const messages = (result: { problems: { message: string }[] }) =>
  result.problems.map((problem) => problem.message);

const where = { file: 'raw.json' };
const node = (id: string, extra: Partial<RawNode> = {}): RawNode => ({
  id,
  attributes: new Map(),
  where,
  ...extra,
});
const edge = (source: string, target: string, extra: Partial<RawEdge> = {}): RawEdge => ({
  source,
  target,
  quotes: [],
  attributes: new Map(),
  where,
  ...extra,
});
const graph = (nodes: RawNode[], edges: RawEdge[], extra: Partial<RawGraph> = {}): RawGraph => ({
  format: 'graphology',
  directedDefault: true,
  nodes,
  edges,
  ...extra,
});

describe('normaliseRawGraph on the real fixtures', () => {
  it.each([
    ['kumu-connections.csv', 8, 9],
    ['gephi-edges.csv', 5, 6],
    ['connections.tsv', 5, 3],
    ['semicolon.csv', 3, 2],
    ['network-1.3.gexf', 5, 6],
    ['network-1.2.gexf', 4, 4],
    ['network.graphml', 4, 5],
    ['network.cyjs', 4, 4],
    ['cytoscape-elements.json', 4, 4],
    ['graphology.json', 4, 5],
    ['d3-by-id.json', 5, 5],
    ['d3-by-index.json', 5, 5],
  ])('%s becomes a valid dataset of %i actors and %i relations', (name, actors, relations) => {
    const { file, problems } = normaliseFixture(name);
    expectValid(file, name);
    expect(file.actors).toHaveLength(actors);
    expect(file.relations).toHaveLength(relations);
    expect(problems.filter((problem) => problem.action === 'refused')).toEqual([]);
  });

  it('maps "funds" and "partners with" onto ours, "NGO" onto organization, and declares "Funder"', () => {
    const { file, problems } = normaliseFixture('network-1.3.gexf');
    expect(relation(file, 'e0').type).toBe('AID');
    expect(file.relations.map((r) => r.type)).toContain('COOPERATE');
    expect(file.types).toBeUndefined();
    expect(file.kinds).toEqual([{ id: 'funder', label: 'Funder' }]);
    expect(actor(file, 'lumiere').kind).toBe('funder');
    expect(actor(file, 'spcl').kind).toBe('organization');
    expect(messages({ problems })).toEqual(
      expect.arrayContaining([
        '2 relation types match one of ours: "funds" → Aid and "partners with" → Cooperate.',
        '1 actor kind matches one of ours: "NGO" → Organization.',
        '1 actor kind is this dataset’s own: "Funder".',
      ]),
    );
  });

  it('keeps non-ASCII labels as they are and makes readable ids of them', () => {
    const { file } = normaliseFixture('kumu-connections.csv');
    expect(actor(file, 'kyiv-media-hub').label).toBe('Київ Media Hub');
    expect(actor(file, 'sao-paulo-civic-lab').label).toBe('São Paulo Civic Lab');
    expect(actor(file, 'green-forum').label).toBe('北京 Green Forum');
  });

  it('keeps positions and colours, for the file’s own layout and look', () => {
    const { file } = normaliseFixture('graphology.json');
    const lumiere = actor(file, 'lumiere');
    expect(lumiere.position).toEqual({ x: -120.5, y: 80.25 });
    // graphology's (and sigma.js's) colour and size attributes are how the file draws it.
    expect([lumiere.color, lumiere.size]).toEqual(['#e69f00', 24]);
    expect(lumiere.attributes).toEqual([{ name: 'country', value: 'France' }]);
  });

  it('reads a GEXF’s viz colour and size as the actor’s own', () => {
    const { file } = normaliseFixture('network-1.3.gexf');
    const lumiere = actor(file, 'lumiere');
    expect([lumiere.color, lumiere.size]).toEqual(['#e69f00', 24]);
  });

  it('keeps parallel edges as separate relations', () => {
    const { file } = normaliseFixture('d3-by-id.json');
    const grants = file.relations.filter(
      (r) => r.source === 'fondation-lumiere' && r.target === 'sao-paulo-civic-lab',
    );
    expect(grants.map((r) => [r.id, r.weight])).toEqual([
      ['fondation-lumiere-aid-sao-paulo-civic-lab', 3],
      ['fondation-lumiere-aid-sao-paulo-civic-lab-2', 1],
    ]);
  });

  it('reads the Gephi edge list’s labels as types, keeping a label only where it says more', () => {
    const { file, problems } = normaliseFixture('network-1.2.gexf');
    expect(file.types).toEqual([
      { id: 'speaks-for', label: 'Speaks for', class: 'unclassified' },
      { id: 'reports-on', label: 'Reports on', class: 'unclassified' },
    ]);
    expect(relation(file, '0')).toMatchObject({ type: 'ACCUSE', label: 'criticises' });
    expect(relation(file, '1').type).toBe('speaks-for');
    expect(relation(file, '1').label).toBeUndefined();
    expect(messages({ problems })).toContain(
      'The file gives no relation types, so each relation’s label was read as its type.',
    );
  });

  it('gives relations without a type "Related to" and actors without a kind "Actor"', () => {
    const { file, problems } = normaliseFixture('d3-by-index.json');
    expect(file.types).toEqual([{ id: 'related-to', label: 'Related to', class: 'unclassified' }]);
    expect(file.kinds).toEqual([{ id: 'actor', label: 'Actor' }]);
    expect(new Set(file.relations.map((r) => r.type))).toEqual(new Set(['related-to']));
    expect(messages({ problems })).toEqual(
      expect.arrayContaining([
        '5 relations have no type; they were given the type "Related to".',
        'The file gives no actor kinds; every actor is of the kind "Actor".',
      ]),
    );
  });

  it('turns quotes and the source URL into evidence, and keeps the other columns', () => {
    const { file } = normaliseFixture('kumu-connections.csv');
    const grant = relation(file, 'fondation-lumiere-aid-sao-paulo-civic-lab');
    expect(grant).toMatchObject({
      directed: true,
      date: '2023-03-01',
      label: 'core grant',
      description: 'Three-year core grant for civic tech work',
      evidence: [
        {
          quote: '"We are proud to back the Lab for three more years," the foundation said.',
          url: 'https://example.org/lumiere/grants-2023',
        },
      ],
      attributes: [
        { name: 'Amount (EUR)', value: '450000' },
        { name: 'Programme', value: 'Open Cities' },
      ],
    });
    // Two quotes and an address: which quote the address holds is not known, so apart.
    expect(relation(file, 'fondation-lumiere-aid-kyiv-media-hub').evidence).toEqual([
      { quote: 'The foundation approved an emergency grant within a week.' },
      { quote: 'Annual report 2022 p. 14' },
      { url: 'https://example.org/lumiere/annual-2022' },
    ]);
  });

  it('maps the kinds of a Kumu elements sheet: Person, Government, NGO ours; Funder its own', () => {
    const result = parseCsvSheets(
      { text: fixtureText('kumu-connections.csv'), fileName: 'kumu-connections.csv' },
      { text: fixtureText('kumu-elements.csv'), fileName: 'kumu-elements.csv' },
    );
    const { file } = normaliseRawGraph(opened(result), 'kumu-connections.csv');
    expectValid(file);
    expect(actor(file, 'amara-okafor').kind).toBe('leader');
    expect(actor(file, 'northbridge-council').kind).toBe('state');
    expect(actor(file, 'kyiv-media-hub').kind).toBe('organization');
    expect(file.kinds).toEqual([{ id: 'funder', label: 'Funder' }]);
  });

  it('maps "sanctions" and "meets" onto SANCTION and CONSULT and declares "married to"', () => {
    const text = 'From,To,Type\nAnna,Boris,sanctions\nBoris,Chen,meets\nChen,Anna,married to\n';
    const { file, problems } = normaliseRawGraph(opened(parseCsv(text, 'ties.csv')), 'ties.csv');
    expectValid(file);
    expect(file.relations.map((r) => r.type)).toEqual(['SANCTION', 'CONSULT', 'married-to']);
    expect(file.types).toEqual([{ id: 'married-to', label: 'Married to', class: 'unclassified' }]);
    expect(messages({ problems })).toEqual(
      expect.arrayContaining([
        '2 relation types match one of ours: "sanctions" → Sanction and "meets" → Consult.',
        '1 relation type is this dataset’s own: "married to".',
      ]),
    );
  });
});

describe('normaliseRawGraph repairs', () => {
  it('makes ids unique slugs, keeping ids that already are and the file’s id as an attribute', () => {
    const { file, actorIdOf, problems } = normaliseRawGraph(
      graph(
        [node('Paris'), node('paris'), node('Q42', { label: 'Douglas' }), node('北京')],
        [edge('Paris', 'paris'), edge('Q42', '北京')],
      ),
      'raw.json',
    );
    expectValid(file);
    expect([...actorIdOf]).toEqual([
      ['paris', 'paris'],
      ['Paris', 'paris-2'],
      ['Q42', 'q42'],
      ['北京', 'actor-4'],
    ]);
    expect(actor(file, 'q42').attributes).toEqual([{ name: 'id', value: 'Q42' }]);
    expect(actor(file, 'actor-4').label).toBe('北京');
    expect(file.relations.map((r) => [r.source, r.target])).toEqual([
      ['paris-2', 'paris'],
      ['q42', 'actor-4'],
    ]);
    expect(messages({ problems })).toContain(
      'The actor "Paris" would have the id "paris", which another actor has; it was given "paris-2".',
    );
  });

  it('keeps __proto__ and constructor as plain names, never as object keys', () => {
    const attributes = new Map<string, string | number>([
      ['__proto__', '{"polluted":true}'],
      ['constructor', 'x'],
    ]);
    const { file } = normaliseRawGraph(
      graph(
        [node('__proto__', { attributes, kind: 'constructor' }), node('toString')],
        [edge('__proto__', 'toString', { type: 'hasOwnProperty', id: '__proto__' })],
      ),
      'raw.json',
    );
    expectValid(file);
    // Without a label the id is the label, so the file's id is still there to read.
    expect(actor(file, 'proto')).toMatchObject({
      label: '__proto__',
      attributes: [
        { name: '__proto__', value: '{"polluted":true}' },
        { name: 'constructor', value: 'x' },
      ],
    });
    expect(file.kinds).toEqual([
      { id: 'constructor', label: 'Constructor' },
      { id: 'actor', label: 'Actor' },
    ]);
    expect(file.relations[0]).toMatchObject({ id: 'proto', type: 'hasownproperty' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads dates without guessing and keeps the rest as words, reported once per way of writing', () => {
    const dates = [
      '2025-04-23',
      'April 23, 2025',
      'April 2, 2025',
      '23/04/2025',
      '03/04/2025',
      'on Wednesday',
      'last week',
      '2025-04-23T10:00Z',
    ];
    const { file, problems } = normaliseRawGraph(
      graph(
        [node('a'), node('b')],
        dates.map((date) => edge('a', 'b', { date, type: 'meets' })),
      ),
      'raw.json',
    );
    expectValid(file);
    expect(file.relations.map((r) => [r.date, r.when])).toEqual([
      ['2025-04-23', undefined],
      ['2025-04-23', undefined],
      ['2025-04-02', undefined],
      ['2025-04-23', undefined],
      [undefined, '03/04/2025'],
      [undefined, 'on Wednesday'],
      [undefined, 'last week'],
      ['2025-04-23', '2025-04-23T10:00Z'],
    ]);
    expect(messages({ problems }).filter((message) => /date/.test(message))).toEqual([
      '1 date written like "April 23, 2025" was read as calendar dates ("April 23, 2025" as 2025-04-23).',
      '1 date written like "April 2, 2025" was read as calendar dates ("April 2, 2025" as 2025-04-02).',
      '1 date written like "23/04/2025" was read as calendar dates ("23/04/2025" as 2025-04-23).',
      '1 date written like "03/04/2025" is not a calendar date that can be read without guessing; kept as words ("when").',
      '2 dates written like "on Wednesday" are not a calendar date that can be read without guessing; kept as words ("when").',
      '1 date written like "2025-04-23T10:00Z" was read as calendar dates ("2025-04-23T10:00Z" as 2025-04-23).',
    ]);
  });

  it('reads the end of a date range; one before the start or in words stays an attribute', () => {
    const ranges: [string, string][] = [
      ['2025-04', '2025-06'],
      ['2025-04', '2025-04-20'],
      ['2025-04-02', 'May 3, 2025'],
      ['2025-05', '2025-04'],
      ['2025-05', 'later'],
    ];
    const { file, problems } = normaliseRawGraph(
      graph(
        [node('a'), node('b')],
        ranges.map(([date, until]) => edge('a', 'b', { date, until, type: 'meets' })),
      ),
      'raw.json',
    );
    expectValid(file);
    expect(file.relations.map((r) => [r.date, r.until, r.attributes])).toEqual([
      ['2025-04', '2025-06', undefined],
      ['2025-04', '2025-04-20', undefined],
      ['2025-04-02', '2025-05-03', undefined],
      ['2025-05', undefined, [{ name: 'until', value: '2025-04' }]],
      ['2025-05', undefined, [{ name: 'until', value: 'later' }]],
    ]);
    expect(messages({ problems }).filter((message) => /range end/.test(message))).toEqual([
      '1 range end like "2025-04" is not a calendar date on or after the relation\'s date; kept as the attribute "until".',
      '1 range end like "later" is not a calendar date on or after the relation\'s date; kept as the attribute "until".',
    ]);
  });

  it('keeps what does not fit our fields as attributes: weights, statuses, claimants, addresses', () => {
    const { file, problems } = normaliseRawGraph(
      graph(
        [node('a'), node('b')],
        [
          edge('a', 'b', { weight: 0, status: 'Stalled', allegedBy: 'b' }),
          edge('a', 'b', { weight: -2, status: 'rumoured', allegedBy: 'nobody' }),
          edge('b', 'a', { weight: 2.5, url: 'javascript:alert(1)', quotes: ['  ', 'Said so.'] }),
        ],
      ),
      'raw.json',
    );
    expectValid(file);
    expect(file.relations[0]).toMatchObject({
      status: 'stalled',
      allegedBy: 'b',
      attributes: [{ name: 'weight', value: 0 }],
    });
    expect(file.relations[1]?.attributes).toEqual([
      { name: 'weight', value: -2 },
      { name: 'allegedBy', value: 'nobody' },
      { name: 'status', value: 'rumoured' },
    ]);
    expect(file.relations[2]).toMatchObject({
      weight: 2.5,
      evidence: [{ quote: 'Said so.' }],
      attributes: [{ name: 'url', value: 'javascript:alert(1)' }],
    });
    expect(messages({ problems })).toEqual(
      expect.arrayContaining([
        '2 relations have a weight that is not a positive number (such as "0"); kept as the attribute "weight", since a weight is drawn as the line\'s width.',
        'The status "rumoured" (1 relation) is not one of ours (reported, stalled, planned); kept as the attribute "status".',
        '1 relation is alleged by someone who is not an actor of the file (such as "nobody"); kept as the attribute "allegedBy".',
        '"javascript:alert(1)" is not an http(s) address, so it will not be shown as a link; it was kept as plain text.',
      ]),
    );
  });

  it('takes a declared type’s class from a class attribute naming one of ours', () => {
    const { file } = normaliseRawGraph(
      graph(
        [node('a'), node('b')],
        [
          edge('a', 'b', { type: 'heckles', attributes: new Map([['Class', 'Verbal conflict']]) }),
          edge('b', 'a', { type: 'hugs', attributes: new Map([['class', 'friendly']]) }),
        ],
      ),
      'raw.json',
    );
    expectValid(file);
    expect(file.types).toEqual([
      { id: 'heckles', label: 'Heckles', class: 'verbal-conflict' },
      { id: 'hugs', label: 'Hugs', class: 'unclassified' },
    ]);
    expect(file.relations[0]?.attributes).toBeUndefined();
    expect(file.relations[1]?.attributes).toEqual([{ name: 'class', value: 'friendly' }]);
  });

  it('titles the dataset from the file, else its name, and records where it came from', () => {
    const fromName = normaliseRawGraph(graph([node('a')], []), 'folder/Civic Network.v2.csv');
    expect(fromName.file).toMatchObject({
      id: 'civic-network-v2',
      title: 'Civic Network.v2',
      source: { note: 'Opened from folder/Civic Network.v2.csv' },
    });
    expect(fromName.file.source.url).toBeUndefined();
    const fromUrl = normaliseRawGraph(
      graph([node('a')], [], { title: '  Who funds whom  ' }),
      'graph.gexf',
      { sourceUrl: 'https://example.org/graph.gexf' },
    );
    expect(fromUrl.file).toMatchObject({
      id: 'who-funds-whom',
      title: 'Who funds whom',
      source: { note: 'Opened from graph.gexf', url: 'https://example.org/graph.gexf' },
    });
    const notHttp = normaliseRawGraph(graph([node('a')], []), 'g.gexf', {
      sourceUrl: 'file:///etc/passwd',
    });
    expect(notHttp.file.source.url).toBeUndefined();
  });

  it('drops a non-finite position and falls back to the id for a blank label', () => {
    const { file } = normaliseRawGraph(
      graph([node('a', { label: '  ', position: { x: Number.NaN, y: 1 } })], []),
      'raw.json',
    );
    expectValid(file);
    expect(file.actors[0]).toEqual({ id: 'a', label: 'a', kind: 'actor', aliases: [] });
  });
});

describe('normaliseRawGraph on a raw graph no reader made', () => {
  it('skips a repeated node id, a relation to no node and a self-loop, saying so', () => {
    const { file, problems } = normaliseRawGraph(
      graph(
        [node('a'), node('b'), node('a', { label: 'Again' })],
        [edge('a', 'b'), edge('a', 'ghost'), edge('b', 'b')],
      ),
      'raw.json',
    );
    expectValid(file);
    expect(file.actors.map((one) => one.label)).toEqual(['a', 'b']);
    expect(file.relations.map((one) => [one.source, one.target])).toEqual([['a', 'b']]);
    expect(messages({ problems })).toEqual(
      expect.arrayContaining([
        'The node id "a" is used again; this node was skipped.',
        'The relation names "ghost", which is not a node; it was skipped.',
        'A relation from "b" to itself (a self-loop) was skipped: relations join two different actors.',
      ]),
    );
  });
});
