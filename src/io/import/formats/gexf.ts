/**
 * GEXF 1.2 and 1.3 (Gephi's format), read with graphology-gexf over a document we parsed and
 * prepared ourselves (see xmlGraph.ts): nodes, edges, declared attributes by title, labels,
 * viz colours and positions, directedness by default and per edge, parallel edges.
 */
import Graph from 'graphology';
import { parse as parseGexfDocument } from 'graphology-gexf';

import { collectAttributes } from '../fields';
import { ProblemLog, quote } from '../report';
import { attributeOf, lineOf } from '../text/xml';
import type { ImportResult } from '../types';
import { toNode } from './mapFields';
import { MARK, finite, parseGraphXml, prepareElements, readGraph, text } from './xmlGraph';

const EDGE_TYPES = ['directed', 'undirected', 'mutual'];

/** Reads a GEXF file. */
export function parseGexf(source: string, fileName: string): ImportResult {
  const log = new ProblemLog(fileName);
  const parsed = parseGraphXml(source, log, 'GEXF', 'gexf');
  if (!parsed) return { ok: false, problems: log.list() };
  const { document, graphElement } = parsed;

  const defaultType = attributeOf(graphElement, 'defaultedgetype');
  if (defaultType && !EDGE_TYPES.includes(defaultType)) {
    log.add(
      { row: lineOf(graphElement), path: 'gexf/graph' },
      `The default edge type ${quote(defaultType)} is not directed, undirected or mutual; edges were read as undirected, as GEXF prescribes.`,
      'repaired',
    );
    graphElement.setAttribute('defaultedgetype', 'undirected');
  }
  const directedDefault = attributeOf(graphElement, 'defaultedgetype') === 'directed';

  // Attribute declarations: numeric ids (so the reader names values by title), our prefix on
  // the title, and type string (we cast, keeping a value that does not fit as text).
  const declared = {
    node: new Map<string, { id: string; name: string }>(),
    edge: new Map<string, { id: string; name: string }>(),
  };
  const types = { node: new Map<string, string>(), edge: new Map<string, string>() };
  const attributeLists = {
    node: undefined as Element | undefined,
    edge: undefined as Element | undefined,
  };
  let nextId = 0;
  for (const list of Array.from(document.getElementsByTagName('attributes'))) {
    const kind = attributeOf(list, 'class');
    if (kind !== 'node' && kind !== 'edge') continue;
    attributeLists[kind] ??= list;
    for (const attribute of Array.from(list.getElementsByTagName('attribute'))) {
      const id = attributeOf(attribute, 'id') ?? attributeOf(attribute, 'for') ?? '';
      const name = attributeOf(attribute, 'title') || id;
      if (declared[kind].has(id)) {
        log.add(
          { row: lineOf(attribute) },
          `The ${kind} attribute id ${quote(id)} is declared twice; the first declaration was used.`,
          'skipped',
        );
        attribute.parentNode?.removeChild(attribute);
        continue;
      }
      const ours = String(nextId++);
      declared[kind].set(id, { id: ours, name });
      types[kind].set(name, attributeOf(attribute, 'type') ?? 'string');
      attribute.setAttribute('id', ours);
      attribute.removeAttribute('for');
      attribute.setAttribute('title', MARK + name);
      attribute.setAttribute('type', 'string');
    }
  }

  const undeclared = new Set<string>();
  const prepareValues = (element: Element, kind: 'node' | 'edge') => {
    for (const value of Array.from(element.getElementsByTagName('attvalue'))) {
      const reference = attributeOf(value, 'for') ?? attributeOf(value, 'id') ?? '';
      let declaration = declared[kind].get(reference);
      if (!declaration) {
        if (!undeclared.has(`${kind}:${reference}`)) {
          undeclared.add(`${kind}:${reference}`);
          log.add(
            { row: lineOf(value) },
            `The ${kind} attribute ${quote(reference)} is used but not declared in <attributes class="${kind}">; its values were kept as text under that name.`,
            'kept',
          );
        }
        // Declared now, so the reader accepts it and names it like the others.
        declaration = { id: String(nextId++), name: reference };
        declared[kind].set(reference, declaration);
        let list = attributeLists[kind];
        if (!list) {
          list = document.createElement('attributes');
          list.setAttribute('class', kind);
          graphElement.insertBefore(list, graphElement.firstChild);
          attributeLists[kind] = list;
        }
        const attribute = document.createElement('attribute');
        attribute.setAttribute('id', declaration.id);
        attribute.setAttribute('title', MARK + reference);
        attribute.setAttribute('type', 'string');
        list.appendChild(attribute);
      }
      value.removeAttribute('id');
      value.setAttribute('for', declaration.id);
    }
  };

  const prepared = prepareElements(document, log, {
    fileName,
    nodePath: (index) => `gexf/graph/nodes/node[${index + 1}]`,
    edgePath: (index) => `gexf/graph/edges/edge[${index + 1}]`,
    prepareValues,
    // `typed`: the edge has a `type` of its own, which outranks a `directed` attribute.
    describeEdge: (element, where) => {
      const type = attributeOf(element, 'type');
      if (type !== undefined && !EDGE_TYPES.includes(type)) {
        log.add(
          where,
          `The edge type ${quote(type)} is not directed, undirected or mutual; the default was used.`,
          'repaired',
        );
        element.removeAttribute('type');
      }
      return { typed: attributeOf(element, 'type') !== undefined };
    },
  });

  const read = readGraph(
    () =>
      parseGexfDocument(Graph, document, {
        addMissingNodes: true,
        allowUndeclaredAttributes: true,
      }),
    'GEXF',
    prepared,
    types,
    log,
    {
      node: (id, attributes, reader, where) =>
        toNode(
          {
            size: finite(reader.get('size')),
            id,
            label: text(reader.get('label')),
            kind: text(reader.get('kind')),
            color: text(reader.get('color')),
            x: finite(reader.get('x')),
            // GEXF's y axis points up, as Gephi draws it; ours points down, as the screen's does.
            y: flipped(finite(reader.get('y'))),
          },
          attributes,
          where,
        ),
      edge: (info, { own, reader }, undirected) => {
        // Our export writes the type twice, as the edge kind (which keeps Gephi from merging
        // parallel edges) and as an attribute (which Gephi partitions by): it is one type.
        const kind = text(reader.get('kind'));
        if (kind !== undefined && own.get('type') === kind) own.delete('type');
        const attributes = collectAttributes(own, log, info.where);
        const weight = reader.get('weight');
        if (weight !== undefined && finite(weight) === undefined) {
          log.add(info.where, 'The edge weight is not a number; it was left out.', 'skipped');
        }
        const thickness = finite(reader.get('thickness'));
        if (thickness !== undefined) attributes.set('thickness', thickness);
        const color = text(reader.get('color'));
        if (color !== undefined) attributes.set('color', color);
        const fields = {
          type: kind,
          label: text(reader.get('label')),
          directed: info.typed ? !undirected : undefined,
          weight: finite(weight),
        };
        return { fields, attributes };
      },
    },
  );
  if ('refused' in read) return read.refused;
  const { graph, nodes, edges } = read;
  const title = text(graph.getAttribute('title'));
  return {
    ok: true,
    graph: { format: 'gexf', ...(title ? { title } : {}), directedDefault, nodes, edges },
    problems: log.list(),
  };
}

function flipped(value: number | undefined): number | undefined {
  return value === undefined ? undefined : -value + 0;
}
