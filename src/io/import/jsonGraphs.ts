/**
 * The JSON graphs neighbouring tools write: our own graph.json, Cytoscape's elements (an array,
 * or Cytoscape desktop's `.cyjs` export), graphology's serialized graph and d3's nodes/links.
 * Values are read as own properties only and copied into Maps, so a `__proto__` or
 * `constructor` key in the file is data and never reaches an object's prototype.
 */
import { GraphBuilder } from './builder';
import { collectAttributes, toText } from './fields';
import { toEdge, toNode } from './mapFields';
import { ProblemLog, quote } from './report';
import { jsonGraphFormat, sniffFormat } from './sniff';
import type { ImportFormat, ImportResult, RawGraph, Where } from './types';

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An own property of a parsed object; inherited names (`toString`) are never read. */
function own(object: JsonObject, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** An object's own properties, except the ones a reader has already used. */
function rest(object: JsonObject, used: readonly string[]): [string, unknown][] {
  return Object.entries(object).filter(([key]) => !used.includes(key));
}

function ownText(object: JsonObject, key: string): string | undefined {
  const value = toText(own(object, key));
  return value === undefined || value.trim() === '' ? undefined : value;
}

function ownList(object: JsonObject, key: string): unknown[] {
  const value = own(object, key);
  return Array.isArray(value) ? value : [];
}

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

function skip(log: ProblemLog, where: Where, message: string): void {
  log.add(where, message, 'skipped');
}

function header(format: ImportFormat, directedDefault: boolean, title: string | undefined) {
  return { format, directedDefault, ...(title ? { title } : {}) };
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
    const used = ['id', 'source', 'target', 'type', 'directed', 'evidence', 'when', 'allegedBy'];
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

/** Cytoscape.js elements: a bare array, `{elements: […]}` or `{elements: {nodes, edges}}`. */
function readCytoscape(value: unknown, builder: GraphBuilder, log: ProblemLog) {
  const listed: { element: unknown; path: string }[] = [];
  let title: string | undefined;
  if (Array.isArray(value)) {
    value.forEach((element, index) => listed.push({ element, path: `[${index}]` }));
  } else if (isObject(value)) {
    const data = own(value, 'data');
    if (isObject(data)) title = ownText(data, 'name') ?? ownText(data, 'title');
    const elements = own(value, 'elements');
    if (Array.isArray(elements)) {
      elements.forEach((element, index) => listed.push({ element, path: `elements[${index}]` }));
    } else if (isObject(elements)) {
      for (const group of ['nodes', 'edges']) {
        ownList(elements, group).forEach((element, index) =>
          listed.push({ element, path: `elements.${group}[${index}]` }),
        );
      }
    }
  }
  for (const { element, path } of listed) {
    const where = { file: log.file, path };
    const data = isObject(element) ? own(element, 'data') : undefined;
    if (!isObject(element) || !isObject(data)) {
      skip(log, where, 'The element has no data object; it was skipped.');
      continue;
    }
    const group = own(element, 'group');
    const isEdge =
      group === 'edges' ||
      (group !== 'nodes' &&
        (own(data, 'source') !== undefined ||
          own(data, 'target') !== undefined ||
          path.startsWith('elements.edges')));
    if (isEdge) {
      const source = ownText(data, 'source');
      const target = ownText(data, 'target');
      if (source === undefined || target === undefined) {
        skip(
          log,
          where,
          `The edge has no ${source === undefined ? 'source' : 'target'}; it was skipped.`,
        );
        continue;
      }
      const directed = own(data, 'directed');
      builder.addEdge(
        toEdge(
          {
            id: ownText(data, 'id'),
            source,
            target,
            ...(typeof directed === 'boolean' ? { directed } : {}),
          },
          collectAttributes(rest(data, ['id', 'source', 'target', 'directed']), log, where),
          where,
          log,
        ),
      );
      continue;
    }
    const id = ownText(data, 'id');
    if (id === undefined) {
      skip(log, where, 'The node has no data.id, so no edge can reach it; it was skipped.');
      continue;
    }
    const position = own(element, 'position');
    const x = isObject(position) ? own(position, 'x') : undefined;
    const y = isObject(position) ? own(position, 'y') : undefined;
    builder.addNode(
      toNode(
        {
          id,
          ...(typeof x === 'number' &&
          typeof y === 'number' &&
          Number.isFinite(x) &&
          Number.isFinite(y)
            ? { position: { x, y } }
            : {}),
        },
        collectAttributes(rest(data, ['id']), log, where),
        where,
      ),
    );
  }
  return header('cytoscape', true, title);
}

/** graphology's serialized graph: `{attributes, options, nodes: [{key, attributes}], edges}`. */
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
    builder.addNode(
      toNode(
        { id: key },
        collectAttributes(isObject(attributes) ? Object.entries(attributes) : [], log, where),
        where,
      ),
    );
  });
  ownList(value, 'edges').forEach((edge, index) => {
    const where = { file: log.file, path: `edges[${index}]` };
    if (!isObject(edge)) return skip(log, where, 'The edge is not an object; it was skipped.');
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

/** The fields d3-force adds to nodes while it runs: state of a simulation, not data. */
const SIMULATION_FIELDS = ['index', 'vx', 'vy', 'fx', 'fy'];

/** d3's `{nodes, links}`, links naming nodes by id, or by index when nodes have no ids. */
function readD3(value: JsonObject, builder: GraphBuilder, log: ProblemLog) {
  const nodes = ownList(value, 'nodes');
  const byId =
    nodes.length > 0 && nodes.every((node) => isObject(node) && ownText(node, 'id') !== undefined);
  const ids: (string | undefined)[] = [];
  nodes.forEach((node, index) => {
    const where = { file: log.file, path: `nodes[${index}]` };
    if (!isObject(node)) {
      ids.push(undefined);
      return skip(log, where, 'The node is not an object; it was skipped.');
    }
    const id = byId ? (ownText(node, 'id') ?? String(index)) : String(index);
    ids.push(id);
    const x = own(node, 'x');
    const y = own(node, 'y');
    builder.addNode(
      toNode(
        { id, x, y },
        collectAttributes(rest(node, ['id', 'x', 'y', ...SIMULATION_FIELDS]), log, where),
        where,
      ),
    );
  });

  const end = (reference: unknown, where: Where, side: string): string | undefined => {
    // After a simulation ran, d3 replaces the reference by the node object itself.
    const ref = isObject(reference)
      ? byId
        ? own(reference, 'id')
        : own(reference, 'index')
      : reference;
    if (byId) {
      const id = toText(ref);
      if (id === undefined || id.trim() === '')
        skip(log, where, `The link has no ${side}; it was skipped.`);
      return id === undefined || id.trim() === '' ? undefined : id;
    }
    const index =
      typeof ref === 'number'
        ? ref
        : typeof ref === 'string' && /^\d+$/.test(ref.trim())
          ? Number(ref)
          : NaN;
    const id = Number.isInteger(index) ? ids[index] : undefined;
    if (id === undefined) {
      skip(
        log,
        where,
        `The link's ${side} ${quote(String(toText(ref) ?? JSON.stringify(ref) ?? ref))} is not the index of a node (the nodes are numbered 0 to ${nodes.length - 1}); the link was skipped.`,
      );
    }
    return id;
  };
  ownList(value, 'links').forEach((link, index) => {
    const where = { file: log.file, path: `links[${index}]` };
    if (!isObject(link)) return skip(log, where, 'The link is not an object; it was skipped.');
    const source = end(own(link, 'source'), where, 'source');
    const target = source === undefined ? undefined : end(own(link, 'target'), where, 'target');
    if (source === undefined || target === undefined) return;
    const weight = own(link, 'value');
    const directed = own(link, 'directed');
    builder.addEdge(
      toEdge(
        {
          id: ownText(link, 'id'),
          source,
          target,
          ...(typeof weight === 'number' && Number.isFinite(weight) ? { weight } : {}),
          ...(typeof directed === 'boolean' ? { directed } : {}),
        },
        collectAttributes(
          rest(link, [
            'id',
            'source',
            'target',
            'directed',
            ...(typeof weight === 'number' ? ['value'] : []),
            'index',
          ]),
          log,
          where,
        ),
        where,
        log,
      ),
    );
  });
  return header('d3', false, ownText(value, 'title') ?? ownText(value, 'name'));
}
