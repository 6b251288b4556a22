/**
 * GEXF 1.2 and 1.3 (Gephi's format), read with graphology-gexf over a document we parsed and
 * prepared ourselves (see xmlGraph.ts): nodes, edges, declared attributes by title, labels,
 * viz colours and positions, directedness by default and per edge, parallel edges.
 */
import Graph from 'graphology';
import { parse as parseGexfDocument } from 'graphology-gexf';

import { GraphBuilder } from './builder';
import { collectAttributes } from './fields';
import { toEdge, toNode } from './mapFields';
import { ProblemLog, quote } from './report';
import type { ImportResult } from './types';
import { attributeOf, edgeEnds, lineOf, parseGraphXml } from './xml';
import { type ElementInfo, MARK, NodeKeys, finite, splitAttributes, text } from './xmlGraph';

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

  const nodeKeys = new NodeKeys();
  Array.from(document.getElementsByTagName('node')).forEach((element, index) => {
    const where = {
      file: fileName,
      row: lineOf(element),
      path: `gexf/graph/nodes/node[${index + 1}]`,
    };
    const id = attributeOf(element, 'id');
    if (id === undefined) {
      log.add(where, 'The node has no id, so no edge can reach it; it was skipped.', 'skipped');
      element.parentNode?.removeChild(element);
      return;
    }
    element.setAttribute('id', nodeKeys.declare(id, where));
    prepareValues(element, 'node');
  });

  // `typed`: the edge has a `type` of its own, which outranks a `directed` attribute.
  const edgeInfo = new Map<string, ElementInfo & { typed: boolean }>();
  Array.from(document.getElementsByTagName('edge')).forEach((element, index) => {
    const where = {
      file: fileName,
      row: lineOf(element),
      path: `gexf/graph/edges/edge[${index + 1}]`,
    };
    const ends = edgeEnds(element, where, log);
    if (!ends) return;
    const { source, target } = ends;
    const type = attributeOf(element, 'type');
    if (type !== undefined && !EDGE_TYPES.includes(type)) {
      log.add(
        where,
        `The edge type ${quote(type)} is not directed, undirected or mutual; the default was used.`,
        'repaired',
      );
      element.removeAttribute('type');
    }
    const key = `${MARK}edge${index}`;
    edgeInfo.set(key, {
      id: attributeOf(element, 'id'),
      where,
      typed: attributeOf(element, 'type') !== undefined,
    });
    element.setAttribute('id', key);
    element.setAttribute('source', nodeKeys.reference(source));
    element.setAttribute('target', nodeKeys.reference(target));
    prepareValues(element, 'edge');
  });

  let graph: Graph;
  try {
    graph = parseGexfDocument(Graph, document, {
      addMissingNodes: true,
      allowUndeclaredAttributes: true,
    });
  } catch (error) {
    return log.refuse(
      `The GEXF reader could not read the file: ${error instanceof Error ? error.message : String(error)}.`,
    );
  }

  const builder = new GraphBuilder(log);
  graph.forEachNode((key, all) => {
    const info = nodeKeys.info.get(key);
    // Nodes the reader made for edges that name undeclared ones: the builder makes and reports those.
    if (!info) return;
    const { own, reader } = splitAttributes(all, types.node);
    const attributes = collectAttributes(own, log, info.where);
    builder.addNode(
      toNode(
        {
          size: finite(reader.get('size')),
          id: info.id ?? nodeKeys.original(key),
          label: text(reader.get('label')),
          kind: text(reader.get('kind')),
          color: text(reader.get('color')),
          x: finite(reader.get('x')),
          // GEXF's y axis points up, as Gephi draws it; ours points down, as the screen's does.
          y: flipped(finite(reader.get('y'))),
        },
        attributes,
        info.where,
      ),
    );
  });
  graph.forEachEdge(
    (key, all, source, target, _sourceAttributes, _targetAttributes, undirected) => {
      const info = edgeInfo.get(key);
      if (!info) return;
      const { own, reader } = splitAttributes(all, types.edge);
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
      const edge = toEdge(
        {
          id: info.id,
          source: nodeKeys.original(source),
          target: nodeKeys.original(target),
          type: kind,
          label: text(reader.get('label')),
          directed: info.typed ? !undirected : undefined,
          weight: finite(weight),
        },
        attributes,
        info.where,
        log,
      );
      // An untyped edge may carry a `directed` attribute (our export of a mixed graph writes
      // one, since networkx refuses per-edge types); else the default edge type.
      edge.directed ??= !undirected;
      builder.addEdge(edge);
    },
  );

  const { nodes, edges } = builder.finish({ reportCreatedNodes: true });
  if (nodes.length === 0) return log.refuse('The file declares no nodes.');
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
