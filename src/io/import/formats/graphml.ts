/**
 * GraphML, read with graphology-graphml over a document we parsed and prepared ourselves (see
 * xmlGraph.ts): nodes, edges, data by declared key name, directedness by default and per edge,
 * parallel edges. Labels, kinds, colours and positions come from data keys by name.
 */
import Graph from 'graphology';
import { parse as parseGraphmlDocument } from 'graphology-graphml';

import { collectAttributes } from '../fields';
import { ProblemLog, quote } from '../report';
import { attributeOf, lineOf } from '../text/xml';
import type { ImportResult } from '../types';
import { toNode } from './mapFields';
import { MARK, parseGraphXml, prepareElements, readGraph, splitAttributes } from './xmlGraph';

type Domain = 'graph' | 'node' | 'edge';

const DOMAINS: readonly Domain[] = ['graph', 'node', 'edge'];

const KEY_TYPES = ['boolean', 'int', 'long', 'float', 'double', 'string'];

/** Reads a GraphML file. */
export function parseGraphml(source: string, fileName: string): ImportResult {
  const log = new ProblemLog(fileName);
  const parsed = parseGraphXml(source, log, 'GraphML', 'graphml');
  if (!parsed) return { ok: false, problems: log.list() };
  const { document, graphElement } = parsed;

  const edgeDefault = attributeOf(graphElement, 'edgedefault');
  if (edgeDefault !== 'directed' && edgeDefault !== 'undirected') {
    log.add(
      { row: lineOf(graphElement), path: 'graphml/graph' },
      edgeDefault === undefined
        ? 'The graph does not say whether its edges are directed (edgedefault); they were read as undirected.'
        : `The edge default ${quote(edgeDefault)} is neither directed nor undirected; edges were read as undirected.`,
      'repaired',
    );
    graphElement.setAttribute('edgedefault', 'undirected');
  }
  const directedDefault = attributeOf(graphElement, 'edgedefault') === 'directed';

  // Keys: our prefix on the name, type string (we cast); `for="all"` becomes one key per domain;
  // keys for ports and hyperedges, which we do not read, are dropped.
  const declared: Record<Domain, Set<string>> = {
    graph: new Set(),
    node: new Set(),
    edge: new Set(),
  };
  const types: Record<Domain, Map<string, string>> = {
    graph: new Map(),
    node: new Map(),
    edge: new Map(),
  };
  for (const key of Array.from(document.getElementsByTagName('key'))) {
    const id = attributeOf(key, 'id');
    const domain = attributeOf(key, 'for') ?? 'node';
    if (!id) {
      log.add(
        { row: lineOf(key) },
        'A <key> has no id, so no data can use it; it was skipped.',
        'skipped',
      );
      key.parentNode?.removeChild(key);
      continue;
    }
    const domains =
      domain === 'all' ? DOMAINS : DOMAINS.filter((candidate) => candidate === domain);
    if (domains.length === 0) {
      log.add(
        { row: lineOf(key) },
        `The key ${quote(id)} is for ${quote(domain)}, which Actor Graph does not read (only graph, node, edge and all); it was skipped.`,
        'skipped',
      );
      key.parentNode?.removeChild(key);
      continue;
    }
    const name = attributeOf(key, 'attr.name') || id;
    key.setAttribute('attr.name', MARK + name);
    const type = attributeOf(key, 'attr.type') ?? 'string';
    if (!KEY_TYPES.includes(type)) {
      log.add(
        { row: lineOf(key) },
        `The key ${quote(name)} has the type ${quote(type)}, which GraphML does not define; its values were read as text.`,
        'kept',
      );
    }
    key.setAttribute('attr.type', 'string');
    domains.forEach((one, index) => {
      declared[one].add(id);
      types[one].set(name, type);
      if (index === 0) key.setAttribute('for', one);
      else {
        const copy = key.cloneNode(true) as Element;
        copy.setAttribute('for', one);
        key.parentNode?.insertBefore(copy, key.nextSibling);
      }
    });
  }

  const undeclared = new Set<string>();
  const prepareData = (element: Element, domain: Domain) => {
    for (const data of Array.from(element.getElementsByTagName('data'))) {
      const key = attributeOf(data, 'key') ?? '';
      if (declared[domain].has(key)) continue;
      if (!undeclared.has(`${domain}:${key}`)) {
        undeclared.add(`${domain}:${key}`);
        log.add(
          { row: lineOf(data) },
          `The data key ${quote(key)} is used on ${domain}s but not declared by a <key for="${domain}">; its values were kept as text under that name.`,
          'kept',
        );
      }
      // An undeclared key's value is stored by the reader under the key itself.
      data.setAttribute('key', MARK + key);
    }
  };

  const prepared = prepareElements(document, log, {
    fileName,
    nodePath: (index) => `graphml/graph/node[${index + 1}]`,
    edgePath: (index) => `graphml/graph/edge[${index + 1}]`,
    prepareValues: prepareData,
    describeEdge: (element): { directed?: boolean } => {
      const directed = attributeOf(element, 'directed');
      return directed === 'true'
        ? { directed: true }
        : directed === 'false'
          ? { directed: false }
          : {};
    },
  });

  const read = readGraph(
    () => parseGraphmlDocument(Graph, document, { addMissingNodes: true }),
    'GraphML',
    prepared,
    types,
    log,
    {
      node: (id, attributes, _reader, where) => {
        const node = toNode({ id }, attributes, where);
        // Colour as three r, g, b numbers (as Gephi writes GraphML).
        const [r, g, b] = ['r', 'g', 'b'].map((channel) => node.attributes.get(channel));
        if (!node.color && [r, g, b].every((value) => typeof value === 'number')) {
          node.color = `rgb(${r}, ${g}, ${b})`;
          for (const channel of ['r', 'g', 'b']) node.attributes.delete(channel);
        }
        // Gephi writes each node's drawn size as a `size` key beside r, g, b, x and y.
        const size = node.attributes.get('size');
        if (typeof size === 'number' && Number.isFinite(size) && size > 0) {
          node.size = size;
          node.attributes.delete('size');
        }
        return node;
      },
      edge: (info, { own }) => ({
        fields: { directed: info.directed },
        attributes: collectAttributes(own, log, info.where),
      }),
    },
  );
  if ('refused' in read) return read.refused;
  const { graph, nodes, edges } = read;
  const graphAttributes = splitAttributes(graph.getAttributes(), types.graph).own;
  const title =
    graphAttributes.get('title') ?? graphAttributes.get('name') ?? graphAttributes.get('label');
  return {
    ok: true,
    graph: {
      format: 'graphml',
      ...(typeof title === 'string' && title.trim() !== '' ? { title } : {}),
      directedDefault,
      nodes,
      edges,
    },
    problems: log.list(),
  };
}
