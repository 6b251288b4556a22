// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { parseGexf } from '../../../src/io/import/formats/gexf';
import { parseGraphml } from '../../../src/io/import/formats/graphml';
import { HOSTILE, fixtureText, nodeById, opened, problemMatching, readFixture } from './helpers';

describe('GEXF', () => {
  it('reads GEXF 1.3: title, nodes, declared attributes by title, viz colour and position', () => {
    const result = readFixture('network-1.3.gexf');
    const graph = opened(result);
    expect(result.problems).toEqual([]);
    expect(graph).toMatchObject({
      format: 'gexf',
      title: 'Fictional civic funding network',
      directedDefault: true,
    });
    expect(graph.nodes.map((node) => node.label)).toEqual([
      'Fondation Lumière',
      'Open Water Trust',
      'São Paulo Civic Lab',
      'Київ Media Hub',
      '北京 Green Forum',
    ]);
    const lumiere = nodeById(graph, 'lumiere');
    expect(lumiere).toMatchObject({
      kind: 'Funder',
      color: 'rgba(230,159,0,1.0)',
      size: 24,
      // GEXF's y points up; ours points down.
      position: { x: -120.5, y: -80.25 },
      where: { file: 'network-1.3.gexf', row: 24, path: 'gexf/graph/nodes/node[1]' },
    });
    // Typed as declared; the default (Active = true) applies where no value is given.
    expect(Object.fromEntries(lumiere.attributes)).toEqual({
      Country: 'France',
      Founded: 1998,
      Active: true,
    });
    expect(nodeById(graph, 'kmh').attributes.get('Active')).toBe(false);
  });

  it('reads GEXF edges: kind as type, label, weight, per-edge direction, parallel edges, evidence', () => {
    const graph = opened(readFixture('network-1.3.gexf'));
    expect(graph.edges).toHaveLength(6);
    expect(graph.edges[0]).toMatchObject({
      id: 'e0',
      source: 'lumiere',
      target: 'spcl',
      type: 'funds',
      label: 'core grant',
      directed: true,
      weight: 3,
      date: '2023-03-01',
      url: 'https://example.org/lumiere/grants-2023',
      quotes: ['We are proud to back the Lab for three more years.'],
    });
    expect(graph.edges[0]?.attributes.get('Amount (EUR)')).toBe(450000);
    expect(graph.edges[1]).toMatchObject({
      id: 'e1',
      source: 'lumiere',
      target: 'spcl',
      label: 'data fellowship',
    });
    expect(graph.edges.map((edge) => edge.directed)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it('reads GEXF 1.2 with an undirected default and numeric ids', () => {
    const result = readFixture('network-1.2.gexf');
    const graph = opened(result);
    expect(result.problems).toEqual([]);
    expect(graph.directedDefault).toBe(false);
    expect(nodeById(graph, '2')).toMatchObject({
      label: 'Zoë Martín',
      position: { x: -55, y: -41 },
    });
    expect(nodeById(graph, '0').attributes.get('Modularity Class')).toBe(0);
    expect(graph.edges.map((edge) => [edge.source, edge.target, edge.label])).toEqual([
      ['1', '0', 'criticises'],
      ['2', '1', 'speaks for'],
      ['3', '0', 'reports on'],
      ['3', '1', 'reports on'],
    ]);
  });

  it('merges a duplicate node id, renames a duplicate edge id, skips a node with no id', () => {
    const result = readFixture('duplicate-ids.gexf', HOSTILE);
    const graph = opened(result);
    expect(graph.nodes.map((node) => node.label)).toEqual(['Alpha', 'Beta']);
    expect(graph.edges.map((edge) => edge.id)).toEqual(['e1', 'e1-2']);
    expect(problemMatching(result, /The id "a" is used again \(first at line 5\)/)).toMatchObject({
      where: { row: 7, path: 'gexf/graph/nodes/node[3]' },
      action: 'merged',
    });
    expect(problemMatching(result, /has no id/).action).toBe('skipped');
    expect(problemMatching(result, /relation id "e1" is used again/).where.path).toBe(
      'gexf/graph/edges/edge[2]',
    );
  });

  it('creates nodes for edges to undeclared ones, and reports each with the edge path', () => {
    const result = readFixture('gexf-undeclared-nodes.gexf', HOSTILE);
    const graph = opened(result);
    expect(graph.nodes.map((node) => node.id)).toEqual(['a', 'b', 'ghost', 'phantom']);
    expect(graph.edges).toHaveLength(3);
    expect(problemMatching(result, /"ghost" is named by a relation/).where.path).toBe(
      'gexf/graph/edges/edge[2]',
    );
    expect(problemMatching(result, /has no target/).where.path).toBe('gexf/graph/edges/edge[4]');
  });

  it('names unclosed elements in malformed XML and reads what it can', () => {
    const result = readFixture('malformed-unclosed.gexf', HOSTILE);
    const graph = opened(result);
    expect(graph.nodes.map((node) => node.id)).toEqual(['a', 'b', 'c']);
    expect(
      problemMatching(result, /<node> opened on line 5 is not closed before <\/nodes> on line 8/)
        .action,
    ).toBe('repaired');
  });

  it('refuses a document without a <graph>, and one whose top element is not <gexf>', () => {
    expect(readFixture('gexf-no-graph.gexf', HOSTILE).problems[0]?.message).toMatch(
      /no <graph> element/,
    );
    expect(parseGexf('<graphml><graph/></graphml>', 'x.gexf').problems[0]?.message).toMatch(
      /not <gexf>/,
    );
  });
});

describe('GraphML', () => {
  it('reads keys by name, typed; label, kind, position and r/g/b colour from data', () => {
    const result = readFixture('network.graphml');
    const graph = opened(result);
    expect(result.problems).toEqual([]);
    expect(graph).toMatchObject({
      format: 'graphml',
      title: 'Fictional civic funding network',
      directedDefault: true,
    });
    expect(graph.nodes.map((node) => node.label)).toEqual([
      'Fondation Lumière',
      'São Paulo Civic Lab',
      'Київ Media Hub',
      '北京 Green Forum',
    ]);
    const first = nodeById(graph, 'n0');
    expect(first).toMatchObject({
      kind: 'Funder',
      position: { x: -120.5, y: 80.25 },
      color: 'rgb(230, 159, 0)',
    });
    expect(Object.fromEntries(first.attributes)).toEqual({ country: 'France' });
    // The key's default applies where a node gives no value; a key "for all" applies to nodes.
    expect(nodeById(graph, 'n2').attributes.get('country')).toBe('unknown');
    expect(nodeById(graph, 'n1').attributes.get('note')).toBe('Founded 2014');
  });

  it('reads edges: type, weight, date, typed data, per-edge direction, parallel edges', () => {
    const graph = opened(readFixture('network.graphml'));
    expect(graph.edges).toHaveLength(5);
    expect(graph.edges[0]).toMatchObject({
      id: 'e0',
      source: 'n0',
      target: 'n1',
      type: 'funds',
      weight: 3,
      date: '2023-03-01',
      directed: true,
    });
    expect(graph.edges[0]?.attributes.get('verified')).toBe(true);
    expect(graph.edges[1]).toMatchObject({ id: 'e1', source: 'n0', target: 'n1', weight: 1 });
    expect(graph.edges[1]?.attributes.get('note')).toBe('data fellowship');
    expect(graph.edges[3]).toMatchObject({ type: 'partners with', directed: false });
  });

  it('keeps data under an undeclared key, and says so once per key', () => {
    const result = readFixture('graphml-missing-key.graphml', HOSTILE);
    const graph = opened(result);
    expect(nodeById(graph, 'n0').attributes.get('d1')).toBe('Funder');
    expect(graph.edges[0]?.attributes.get('d5')).toBe('funds');
    expect(problemMatching(result, /key "d1" is used on nodes but not declared/)).toMatchObject({
      where: { row: 5 },
      action: 'kept',
    });
  });

  it('repairs an unknown edge default, skips keys for ports and keys without id, reads unknown types as text', () => {
    const result = readFixture('graphml-bad-types.graphml', HOSTILE);
    const graph = opened(result);
    expect(graph.directedDefault).toBe(false);
    expect(nodeById(graph, 'n1').attributes.get('size')).toBe('12');
    expect(graph.edges[0]?.attributes.get('weight')).toBe('heavy');
    problemMatching(result, /edge default "sideways"/);
    problemMatching(result, /is for "port"/);
    problemMatching(result, /<key> has no id/);
    problemMatching(result, /type "color"/);
  });

  it('closes a file cut short and reads what it holds', () => {
    const result = readFixture('truncated.graphml', HOSTILE);
    expect(opened(result).edges).toHaveLength(1);
    expect(problemMatching(result, /ends in the middle of a tag/).where.row).toBe(7);
  });

  it('skips a self-loop and reports its element path', () => {
    const result = parseGraphml(fixtureText('self-loop.graphml', HOSTILE), 'self-loop.graphml');
    expect(opened(result).edges).toHaveLength(1);
    expect(problemMatching(result, /itself \(a self-loop\)/)).toMatchObject({
      where: { file: 'self-loop.graphml', row: 7, path: 'graphml/graph/edge[2]' },
      action: 'skipped',
    });
  });
});

describe('XML safety', () => {
  it.each([
    ['billion-laughs.gexf'],
    ['billion-laughs.graphml'],
    ['xxe-file.graphml'],
    ['xxe-http.gexf'],
  ])('refuses %s, which declares entities, before parsing it', (name) => {
    const result = readFixture(name, HOSTILE);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      {
        where: { file: name, row: 2 },
        message: expect.stringMatching(/declares XML entities .* was not read/),
        action: 'refused',
      },
    ]);
  });

  it('never expands or fetches an entity even without the refusal: xmldom leaves it as text', () => {
    // An undeclared entity reference reaches the parser (only declarations are refused).
    const result = parseGexf(
      '<gexf><graph><nodes><node id="a" label="&xxe;"/><node id="b"/></nodes></graph></gexf>',
      'x.gexf',
    );
    expect(nodeById(opened(result), 'a').label).toBe('&xxe;');
  });

  it('keeps markup in labels and attributes as plain text, exactly', () => {
    const result = readFixture('xss.gexf', HOSTILE);
    const graph = opened(result);
    const node = nodeById(graph, 'x');
    expect(node.label).toBe('<img src=x onerror=alert(1)>');
    expect(node.attributes.get('<svg onload=alert(1)>')).toBe('<script>alert(2)</script>');
    expect(graph.edges[0]?.label).toBe('<iframe src=javascript:alert(3)>');
    expect(graph.edges[0]?.url).toBeUndefined();
    expect(graph.edges[0]?.attributes.get('Source URL')).toBe('javascript:alert(4)');
    expect(
      problemMatching(result, /"javascript:alert\(4\)" in "Source URL" is not an http\(s\) address/)
        .action,
    ).toBe('kept');
  });
});
