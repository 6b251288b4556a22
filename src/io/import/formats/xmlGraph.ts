/**
 * What GEXF and GraphML share on the way through graphology's readers. The readers stop at the
 * first flaw (a duplicate id throws) and mix their own keys (label, color, x) with the file's
 * attributes in one plain object, where a `__proto__` attribute would vanish. So before a
 * reader sees the document we rewrite it: every element gets an id of ours, duplicates a
 * temporary one, and every attribute name a private prefix, so that after reading we can tell
 * the file's attributes from the reader's keys, and each element from where it stood.
 */
import type Graph from 'graphology';

import { collectAttributes } from '../fields';
import type { ProblemLog } from '../report';
import { attributeOf, lineOf, localNameOf, parseXml } from '../text/xml';
import type { AttributeValue, Attributes, ImportResult, RawEdge, RawNode, Where } from '../types';
import { GraphBuilder } from './builder';
import { toEdge } from './mapFields';

/** The prefix marking the file's own attribute names; XML text can never contain it. */
export const MARK = '\u0000';

/** What the rewrite remembers of one node or edge element. */
export interface ElementInfo {
  /** The id the file gives it (edges: absent when it has none). */
  id: string | undefined;
  where: Where;
}

/** Casts a declared attribute's text to its declared type; a value that does not fit stays text. */
export function castValue(type: string, text: string): AttributeValue {
  switch (type.toLowerCase()) {
    case 'integer':
    case 'int':
    case 'long':
    case 'short':
    case 'byte':
    case 'float':
    case 'double':
    case 'bigdecimal':
    case 'biginteger': {
      const number = Number(text.trim());
      return text.trim() !== '' && Number.isFinite(number) ? number : text;
    }
    case 'boolean':
      if (/^\s*true\s*$/i.test(text)) return true;
      if (/^\s*false\s*$/i.test(text)) return false;
      return text;
    default:
      return text;
  }
}

/**
 * Splits what a reader produced into the file's attributes (prefixed names, cast to their
 * declared type) and the reader's own keys.
 */
export function splitAttributes(
  all: Record<string, unknown>,
  types: ReadonlyMap<string, string>,
): { own: Attributes; reader: Map<string, unknown> } {
  const own: Attributes = new Map();
  const reader = new Map<string, unknown>();
  for (const [key, value] of Object.entries(all)) {
    if (key.startsWith(MARK)) {
      const name = key.slice(MARK.length);
      if (value === null || value === undefined) continue;
      own.set(name, castValue(types.get(name) ?? 'string', String(value)));
    } else {
      reader.set(key, value);
    }
  }
  return { own, reader };
}

/** A finite number the reader produced, if any. */
export function finite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** A non-empty text the reader produced, if any. */
export function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * The keys graphology sees instead of the file's node ids. graphology keeps each node's
 * neighbours in plain objects keyed by node id, so an id like `__proto__` would corrupt it;
 * keys of ours (a private prefix and a number) cannot, and duplicates get keys of their own.
 */
export class NodeKeys {
  private readonly byId = new Map<string, string>();
  private readonly undeclared = new Map<string, string>();
  readonly info = new Map<string, ElementInfo>();

  /** The key for a node element; a repeated id gets a key of its own, merged back later. */
  declare(id: string, where: Where): string {
    const key = `${MARK}n${this.info.size}`;
    this.info.set(key, { id, where });
    if (!this.byId.has(id)) this.byId.set(id, key);
    return key;
  }

  /** The key for an edge's end: its node's, or one for an id no node declares. */
  reference(id: string): string {
    const known = this.byId.get(id);
    if (known !== undefined) return known;
    const key = `${MARK}u${id}`;
    this.undeclared.set(key, id);
    return key;
  }

  /** The file's id behind a key. */
  original(key: string): string {
    return this.info.get(key)?.id ?? this.undeclared.get(key) ?? key;
  }
}

/**
 * Parses a graph file down to its `<graph>` element: the steps GEXF and GraphML share. Null
 * when the file is refused; the log then holds the reason.
 */
export function parseGraphXml(
  source: string,
  log: ProblemLog,
  formatName: string,
  rootName: string,
): { document: Document; graphElement: Element } | null {
  const document = parseXml(source, log, formatName);
  if (!document) return null;
  if (localNameOf(document.documentElement) !== rootName) {
    log.refuse(
      `The file's top element is <${document.documentElement.nodeName}>, not <${rootName}>.`,
    );
    return null;
  }
  const graphElement = document.getElementsByTagName('graph')[0];
  if (!graphElement) {
    log.refuse('The file has no <graph> element, so it holds no graph.');
    return null;
  }
  return { document, graphElement };
}

/**
 * An edge element's two ends. An edge without both is reported as skipped and taken out of the
 * document, so the graph reader never sees it: null then.
 */
export function edgeEnds(
  element: Element,
  where: Where,
  log: ProblemLog,
): { source: string; target: string } | null {
  const source = attributeOf(element, 'source');
  const target = attributeOf(element, 'target');
  if (source && target) return { source, target };
  log.add(where, `The edge has no ${!source ? 'source' : 'target'}; it was skipped.`, 'skipped');
  element.parentNode?.removeChild(element);
  return null;
}

/** How a format names its elements' places and prepares their values for graphology's reader. */
export interface ElementPlan<EdgeExtra> {
  fileName: string;
  /** The path of the index-th node or edge element, as the report names it. */
  nodePath: (index: number) => string;
  edgePath: (index: number) => string;
  /** Rewrites an element's values so that the reader keeps them under our prefix. */
  prepareValues: (element: Element, kind: 'node' | 'edge') => void;
  /** What the format reads off an edge element before the reader sees it. */
  describeEdge: (element: Element, where: Where) => EdgeExtra;
}

/**
 * The rewrite before graphology's reader: every node gets a key of ours (one without an id is
 * skipped, since no edge can reach it), every edge one too and its ends the keys of their nodes.
 */
export function prepareElements<EdgeExtra extends object>(
  document: Document,
  log: ProblemLog,
  plan: ElementPlan<EdgeExtra>,
): { nodeKeys: NodeKeys; edgeInfo: Map<string, ElementInfo & EdgeExtra> } {
  const whereOf = (element: Element, path: string): Where => ({
    file: plan.fileName,
    row: lineOf(element),
    path,
  });
  const nodeKeys = new NodeKeys();
  Array.from(document.getElementsByTagName('node')).forEach((element, index) => {
    const where = whereOf(element, plan.nodePath(index));
    const id = attributeOf(element, 'id');
    if (id === undefined) {
      log.add(where, 'The node has no id, so no edge can reach it; it was skipped.', 'skipped');
      element.parentNode?.removeChild(element);
      return;
    }
    element.setAttribute('id', nodeKeys.declare(id, where));
    plan.prepareValues(element, 'node');
  });

  const edgeInfo = new Map<string, ElementInfo & EdgeExtra>();
  Array.from(document.getElementsByTagName('edge')).forEach((element, index) => {
    const where = whereOf(element, plan.edgePath(index));
    const ends = edgeEnds(element, where, log);
    if (!ends) return;
    const extra = plan.describeEdge(element, where);
    const key = `${MARK}edge${index}`;
    edgeInfo.set(key, { id: attributeOf(element, 'id'), where, ...extra });
    element.setAttribute('id', key);
    element.setAttribute('source', nodeKeys.reference(ends.source));
    element.setAttribute('target', nodeKeys.reference(ends.target));
    plan.prepareValues(element, 'edge');
  });
  return { nodeKeys, edgeInfo };
}

/** A format's reading of graphology's nodes and edges into the raw graph's. */
export interface GraphReading<Info extends ElementInfo> {
  /** A node from its file id, the file's attributes and the reader's own keys (label, x…). */
  node: (id: string, attributes: Attributes, reader: Map<string, unknown>, where: Where) => RawNode;
  /** An edge's fields only its format knows, and its attributes for the shared names. */
  edge: (
    info: Info,
    split: { own: Attributes; reader: Map<string, unknown> },
    undirected: boolean,
  ) => {
    fields: Partial<Pick<RawEdge, 'type' | 'label' | 'directed' | 'weight'>>;
    attributes: Attributes;
  };
}

/**
 * Runs graphology's reader over the prepared document (what it throws on refuses the file) and
 * hands its nodes and edges to the builder, each with the file's id and place. An edge that
 * does not say its direction may carry a `directed` attribute (our export of a mixed graph
 * writes one, since networkx refuses per-edge types); else the graph's default holds.
 */
export function readGraph<Info extends ElementInfo>(
  read: () => Graph,
  formatName: string,
  prepared: { nodeKeys: NodeKeys; edgeInfo: ReadonlyMap<string, Info> },
  types: { node: ReadonlyMap<string, string>; edge: ReadonlyMap<string, string> },
  log: ProblemLog,
  reading: GraphReading<Info>,
): { graph: Graph; nodes: RawNode[]; edges: RawEdge[] } | { refused: ImportResult } {
  let graph: Graph;
  try {
    graph = read();
  } catch (error) {
    return {
      refused: log.refuse(
        `The ${formatName} reader could not read the file: ${error instanceof Error ? error.message : String(error)}.`,
      ),
    };
  }
  const { nodeKeys, edgeInfo } = prepared;
  const builder = new GraphBuilder(log);
  graph.forEachNode((key, all) => {
    const info = nodeKeys.info.get(key);
    // Nodes the reader made for edges that name undeclared ones: the builder makes and reports those.
    if (!info) return;
    const { own, reader } = splitAttributes(all, types.node);
    const attributes = collectAttributes(own, log, info.where);
    builder.addNode(
      reading.node(info.id ?? nodeKeys.original(key), attributes, reader, info.where),
    );
  });
  graph.forEachEdge(
    (key, all, source, target, _sourceAttributes, _targetAttributes, undirected) => {
      const info = edgeInfo.get(key);
      if (!info) return;
      const split = splitAttributes(all, types.edge);
      const { fields, attributes } = reading.edge(info, split, undirected);
      const edge = toEdge(
        {
          id: info.id,
          source: nodeKeys.original(source),
          target: nodeKeys.original(target),
          ...fields,
        },
        attributes,
        info.where,
        log,
      );
      edge.directed ??= !undirected;
      builder.addEdge(edge);
    },
  );
  const { nodes, edges } = builder.finish({ reportCreatedNodes: true });
  if (nodes.length === 0) return { refused: log.refuse('The file declares no nodes.') };
  return { graph, nodes, edges };
}
