import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';

import { exportGexf } from '../../../src/io/export/gexf';
import { exportGraphml } from '../../../src/io/export/graphml';
import { xmlAttribute, xmlText } from '../../../src/io/export/xml';
import { opened, readText } from '../import/helpers';
import { AWKWARD, datasetOf } from './fixtures';

const dataset = datasetOf(AWKWARD);
const positions = new Map([
  ['zoe', { x: 10, y: -20.5 }],
  ['club', { x: 0, y: 0 }],
  ['kyiv', { x: 33.33, y: 4 }],
]);

function parse(text: string): Document {
  const errors: string[] = [];
  const document = new DOMParser({
    // A function: xmldom does not call an object's handlers for every error.
    errorHandler: (level, message) => {
      if (level !== 'warning') errors.push(message);
    },
  }).parseFromString(text, 'text/xml') as unknown as Document;
  expect(errors).toEqual([]);
  return document;
}

describe('xml escaping', () => {
  it('escapes markup and drops characters XML cannot hold', () => {
    expect(xmlText('a < b & c > d')).toBe('a &lt; b &amp; c &gt; d');
    expect(xmlText('bell\u0007 and \uD800 lone')).toBe('bell and  lone');
    expect(xmlAttribute('say "hi"\nnext\tcol')).toBe('say &quot;hi&quot;&#10;next&#9;col');
    expect(xmlText('Київ 😀')).toBe('Київ 😀');
  });
});

describe('exportGexf', () => {
  const text = exportGexf(dataset, { positions });
  const document = parse(text);

  it('is GEXF 1.2 with a typed attribute model and viz data', () => {
    const root = document.documentElement;
    expect(root.getAttribute('version')).toBe('1.2');
    expect(root.getAttribute('xmlns')).toBe('http://www.gexf.net/1.2draft');
    expect(root.getAttribute('xmlns:viz')).toBe('http://www.gexf.net/1.2draft/viz');
    const graph = document.getElementsByTagName('graph')[0];
    expect(graph?.getAttribute('defaultedgetype')).toBe('directed');
    const edgeAttributes = Array.from(document.getElementsByTagName('attribute'))
      .filter((attribute) => (attribute.parentNode as Element).getAttribute('class') === 'edge')
      .map((attribute) => [attribute.getAttribute('title'), attribute.getAttribute('type')]);
    expect(edgeAttributes).toEqual(
      expect.arrayContaining([
        ['type', 'string'],
        ['directed', 'boolean'],
        ['status', 'string'],
        ['quote', 'string'],
        ['quote 2', 'string'],
        ['source url', 'string'],
      ]),
    );
    const zoe = document.getElementsByTagName('node')[0] as Element;
    const position = zoe.getElementsByTagName('viz:position')[0];
    // Gephi's y axis points up: an actor placed above the centre on screen is written above it.
    expect([position?.getAttribute('x'), position?.getAttribute('y')]).toEqual(['10', '20.5']);
    const color = zoe.getElementsByTagName('viz:color')[0];
    expect([color?.getAttribute('r'), color?.getAttribute('g'), color?.getAttribute('b')]).toEqual([
      '230',
      '159',
      '0',
    ]);
    const edges = Array.from(document.getElementsByTagName('edge'));
    // A mixed graph: all directed for networkx, each relation's direction as an attribute.
    expect(edges.map((edge) => edge.getAttribute('type'))).toEqual(['', '', '']);
    expect(edges.map((edge) => edge.getAttribute('kind'))).toEqual([
      'Funds',
      'Married to',
      'Assault',
    ]);
    expect(edges[0]?.getAttribute('weight')).toBe('2.5');
  });

  it('reads back through our GEXF reader with every awkward string intact', () => {
    const graph = opened(readText(text, 'export.gexf'));
    expect(graph.nodes.map((node) => node.label)).toEqual([
      'Zoë "Z" Ørsted, Jr.',
      '=HYPERLINK("http://evil")',
      'Київ',
    ]);
    expect(graph.nodes[0]?.description).toBe('Line one\nline two, with <b>tags</b> & "quotes"');
    expect(graph.nodes[0]?.attributes.get('__proto__')).toBe('still data');
    expect(graph.nodes[0]?.attributes.get('Type (attribute)')).toBe('clash with a column');
    expect(graph.nodes[0]?.attributes.get('age')).toBe(41);
    expect(graph.nodes[1]?.kind).toBe('Football club');
    const edge = graph.edges[0];
    expect(edge?.quotes).toEqual(['She said, "I pay", and left.\nThen more.', '-2 + 3 = 1']);
    expect(edge?.url).toBe('https://example.org/report?id=1&x=<y>');
    expect(edge?.date).toBe('2025-04');
    expect(edge?.until).toBe('2025-06');
    expect(edge?.attributes.has('until')).toBe(false);
    expect(edge?.label).toBe('pays the wages');
    expect(edge?.weight).toBe(2.5);
    expect(edge?.status).toBe('planned');
    expect(edge?.allegedBy).toBe('Київ');
    expect(graph.edges.map((e) => e.directed)).toEqual([true, false, true]);
  });
});

describe('exportGraphml', () => {
  const text = exportGraphml(dataset, { positions });
  const document = parse(text);

  it('declares every key with its type before the graph, directed by default', () => {
    const keys = Array.from(document.getElementsByTagName('key')).map((key) => [
      key.getAttribute('for'),
      key.getAttribute('attr.name'),
      key.getAttribute('attr.type'),
    ]);
    expect(keys).toEqual(
      expect.arrayContaining([
        ['node', 'label', 'string'],
        ['node', 'x', 'double'],
        ['node', 'age', 'double'],
        ['edge', 'weight', 'double'],
        ['edge', 'directed', 'boolean'],
        ['edge', 'quote 2', 'string'],
        ['graph', 'title', 'string'],
      ]),
    );
    expect(document.getElementsByTagName('graph')[0]?.getAttribute('edgedefault')).toBe('directed');
    expect(
      Array.from(document.getElementsByTagName('edge')).map((edge) =>
        edge.getAttribute('directed'),
      ),
    ).toEqual(['', '', '']);
  });

  it('reads back through our GraphML reader with every awkward string intact', () => {
    const graph = opened(readText(text, 'export.graphml'));
    expect(graph.nodes.map((node) => [node.id, node.label, node.kind])).toEqual([
      ['zoe', 'Zoë "Z" Ørsted, Jr.', 'Leader or official'],
      ['club', '=HYPERLINK("http://evil")', 'Football club'],
      ['kyiv', 'Київ', 'State'],
    ]);
    expect(graph.nodes[0]?.description).toBe('Line one\nline two, with <b>tags</b> & "quotes"');
    expect(graph.nodes[0]?.attributes.get('__proto__')).toBe('still data');
    expect(graph.nodes.map((node) => node.position)).toEqual([...positions.values()]);
    const edge = graph.edges[0];
    expect(edge?.type).toBe('Funds');
    expect([edge?.date, edge?.until]).toEqual(['2025-04', '2025-06']);
    expect(edge?.attributes.has('until')).toBe(false);
    expect(edge?.quotes).toEqual(['She said, "I pay", and left.\nThen more.', '-2 + 3 = 1']);
    expect(edge?.url).toBe('https://example.org/report?id=1&x=<y>');
    expect(edge?.weight).toBe(2.5);
    expect(graph.edges.map((e) => e.directed ?? graph.directedDefault)).toEqual([
      true,
      false,
      true,
    ]);
  });
});
