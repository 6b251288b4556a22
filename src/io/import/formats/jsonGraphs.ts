/**
 * The JSON graphs neighbouring tools write: our own graph.json, Cytoscape's elements (an array,
 * or Cytoscape desktop's `.cyjs` export), graphology's serialized graph and d3's nodes/links.
 * Values are read as own properties only and copied into Maps, so a `__proto__` or
 * `constructor` key in the file is data and never reaches an object's prototype.
 */
import { collectAttributes } from '../fields';
import { ProblemLog } from '../report';
import type { ImportResult, RawGraph, Where } from '../types';
import { GraphBuilder } from './builder';
import { readCytoscape } from './cytoscape';
import { readD3 } from './d3';
import { type JsonObject, header, isObject, own, ownList, ownText, rest, skip } from './jsonShared';
import { toEdge, toNode } from './mapFields';
import { jsonGraphFormat, sniffFormat } from './sniff';

/** Reads a JSON graph file of any of the four kinds. */
export function parseJsonGraph(text: string, fileName: string): ImportResult {
  const sniffed = sniffFormat(text, fileName);
  if (!sniffed.ok) return sniffed;
  if (!('json' in sniffed)) {
    return {
      ok: false,
      problems: [
        ...sniffed.problems,
        { where: { file: fileName }, message: 'The file is not JSON.', action: 'refused' },
      ],
    };
  }
  const result = readJsonGraph(sniffed.json, sniffed.format, fileName);
  return { ...result, problems: [...sniffed.problems, ...result.problems] } as ImportResult;
}

/** Reads an already parsed JSON value of a known kind. */
export function readJsonGraph(
  value: unknown,
  format: 'graph-json' | 'cytoscape' | 'graphology' | 'd3' | null = jsonGraphFormat(value),
  fileName: string,
): ImportResult {
  const log = new ProblemLog(fileName);
  const builder = new GraphBuilder(log);
  let graph: Omit<RawGraph, 'nodes' | 'edges'>;
  switch (format) {
    case 'graph-json':
      graph = readOurs(value as JsonObject, builder, log);
      break;
    case 'cytoscape':
      graph = readCytoscape(value, builder, log);
      break;
    case 'graphology':
      graph = readGraphology(value as JsonObject, builder, log);
      break;
    case 'd3':
      graph = readD3(value as JsonObject, builder, log);
      break;
    default:
      return log.refuse('This JSON file is not a graph Actor Graph knows.');
  }
  const { nodes, edges } = builder.finish({ reportCreatedNodes: true });
  if (nodes.length === 0) return log.refuse('The file holds no nodes.');
  return { ok: true, graph: { ...graph, nodes, edges }, problems: log.list() };
}

/** Our own graph.json, leniently: what the app's validator would refuse is still read. */
function readOurs(value: JsonObject, builder: GraphBuilder, log: ProblemLog) {
  ownList(value, 'actors').forEach((actor, index) => {
    const where = { file: log.file, path: `actors[${index}]` };
    const id = isObject(actor) ? ownText(actor, 'id') : undefined;
    if (!isObject(actor) || id === undefined)
      return skip(log, where, 'The actor has no id; it was skipped.');
    const aliases = ownList(actor, 'aliases').flatMap((alias) =>
      typeof alias === 'string' ? [alias] : [],
    );
    const used = ['id', 'label', 'kind', 'description', 'aliases'];
    builder.addNode(
      toNode(
        {
          id,
          label: ownText(actor, 'label'),
          kind: ownText(actor, 'kind'),
          description: ownText(actor, 'description'),
          ...(aliases.length > 0 ? { aliases } : {}),
        },
        collectAttributes(rest(actor, used), log, where),
        where,
      ),
    );
  });
  ownList(value, 'relations').forEach((relation, index) => {
    const where = { file: log.file, path: `relations[${index}]` };
    if (!isObject(relation))
      return skip(log, where, 'The relation is not an object; it was skipped.');
    const source = ownText(relation, 'source');
    const target = ownText(relation, 'target');
    if (source === undefined || target === undefined)
      return skip(
        log,
        where,
        `The relation has no ${source === undefined ? 'source' : 'target'}; it was skipped.`,
      );
    const quotes = ownList(relation, 'evidence').flatMap((evidence) => {
      const text = isObject(evidence) ? ownText(evidence, 'quote') : undefined;
      return text === undefined ? [] : [text];
    });
    const directed = own(relation, 'directed');
    const used = [
      'id',
      'source',
      'target',
      'type',
      'directed',
      'evidence',
      'when',
      'allegedBy',
      'status',
    ];
    builder.addEdge(
      toEdge(
        {
          id: ownText(relation, 'id'),
          source,
          target,
          type: ownText(relation, 'type'),
          ...(typeof directed === 'boolean' ? { directed } : {}),
          date: ownText(relation, 'when'),
          allegedBy: ownText(relation, 'allegedBy'),
          status: ownText(relation, 'status'),
          quotes,
        },
        collectAttributes(rest(relation, used), log, where),
        where,
        log,
      ),
    );
  });
  return header('graph-json', true, ownText(value, 'title'));
}

/**
 * graphology's serialized graph: `{attributes, options, nodes: [{key, attributes}], edges}`, and
 * the looser form sigma.js's demo ships: a node's attributes beside its key, and an edge as a
 * `[source, target]` pair (with its attributes third, where given).
 */
function readGraphology(value: JsonObject, builder: GraphBuilder, log: ProblemLog) {
  const options = own(value, 'options');
  const type = isObject(options) ? own(options, 'type') : undefined;
  const undirectedGraph = type === 'undirected';
  ownList(value, 'nodes').forEach((node, index) => {
    const where = { file: log.file, path: `nodes[${index}]` };
    const key = isObject(node) ? ownText(node, 'key') : undefined;
    if (!isObject(node) || key === undefined)
      return skip(log, where, 'The node has no key; it was skipped.');
    const attributes = own(node, 'attributes');
    const entries = isObject(attributes) ? Object.entries(attributes) : rest(node, ['key']);
    const collected = collectAttributes(entries, log, where);
    // sigma.js draws a node at its `size`, as Gephi does at viz:size.
    const size = collected.get('size');
    if (typeof size === 'number' && size > 0) collected.delete('size');
    builder.addNode(
      toNode(
        { id: key, ...(typeof size === 'number' && size > 0 ? { size } : {}) },
        collected,
        where,
      ),
    );
  });
  ownList(value, 'edges').forEach((edge, index) => {
    const where = { file: log.file, path: `edges[${index}]` };
    if (Array.isArray(edge)) return addEdgePair(edge, builder, log, where, undirectedGraph);
    if (!isObject(edge))
      return skip(
        log,
        where,
        'The edge is neither an object nor a [source, target] pair; it was skipped.',
      );
    const source = ownText(edge, 'source');
    const target = ownText(edge, 'target');
    if (source === undefined || target === undefined)
      return skip(
        log,
        where,
        `The edge has no ${source === undefined ? 'source' : 'target'}; it was skipped.`,
      );
    const attributes = own(edge, 'attributes');
    builder.addEdge(
      toEdge(
        {
          id: ownText(edge, 'key'),
          source,
          target,
          directed: !(own(edge, 'undirected') === true || undirectedGraph),
        },
        collectAttributes(isObject(attributes) ? Object.entries(attributes) : [], log, where),
        where,
        log,
      ),
    );
  });
  const attributes = own(value, 'attributes');
  const title = isObject(attributes)
    ? (ownText(attributes, 'name') ?? ownText(attributes, 'title'))
    : undefined;
  return header('graphology', !undirectedGraph, title);
}

/** An edge written as `[source, target]` or `[source, target, attributes]`. */
function addEdgePair(
  pair: unknown[],
  builder: GraphBuilder,
  log: ProblemLog,
  where: Where,
  undirectedGraph: boolean,
): void {
  const [source, target, attributes] = pair;
  const end = (value: unknown) =>
    typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
  if (end(source) === undefined || end(target) === undefined)
    return skip(log, where, 'The edge pair has no source or target; it was skipped.');
  builder.addEdge(
    toEdge(
      { source: end(source) as string, target: end(target) as string, directed: !undirectedGraph },
      collectAttributes(isObject(attributes) ? Object.entries(attributes) : [], log, where),
      where,
      log,
    ),
  );
}
