/**
 * Turns a node's or edge's bag of named values (GraphML data, GEXF attributes, Cytoscape data,
 * graphology attributes, d3 fields) into the raw graph's fields, by the shared vocabulary. What
 * the format itself says (its label, its direction) comes first; attributes fill the rest and
 * are taken out of the bag when they do.
 */
import {
  EDGE_FIELDS,
  NODE_FIELDS,
  dropUndefined,
  isHttpUrl,
  isQuoteName,
  normaliseName,
  parseDirection,
  parseNumber,
} from '../fields';
import type { ProblemLog } from '../report';
import { quote } from '../report';
import type { AttributeValue, Attributes, RawEdge, RawNode, Where } from '../types';

/** Takes out of the bag the first value whose name is one of the names (normalised). */
export function takeField(
  attributes: Attributes,
  names: readonly string[],
): AttributeValue | undefined {
  for (const wanted of names) {
    for (const [name, value] of attributes) {
      if (normaliseName(name) !== wanted) continue;
      attributes.delete(name);
      return value;
    }
  }
  return undefined;
}

function takeText(attributes: Attributes, names: readonly string[]): string | undefined {
  const value = takeField(attributes, names);
  if (value === undefined) return undefined;
  const text = String(value).trim();
  return text === '' ? undefined : text;
}

function asNumber(value: AttributeValue | undefined): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string') return parseNumber(value);
  return undefined;
}

/** A node from what the format says and its attributes. */
export function toNode(
  given: Omit<RawNode, 'attributes' | 'where'> & { x?: unknown; y?: unknown },
  attributes: Attributes,
  where: Where,
): RawNode {
  const node: RawNode = { id: given.id, attributes, where };
  node.label = given.label ?? takeText(attributes, NODE_FIELDS.label);
  node.kind = given.kind ?? takeText(attributes, NODE_FIELDS.kind);
  node.description = given.description ?? takeText(attributes, NODE_FIELDS.description);
  node.color = given.color ?? takeText(attributes, NODE_FIELDS.color);
  node.size = given.size;
  node.aliases = given.aliases;
  node.position = given.position;
  if (!node.position) {
    const hasX = [...attributes.keys()].some((name) => normaliseName(name) === 'x');
    const hasY = [...attributes.keys()].some((name) => normaliseName(name) === 'y');
    const x =
      typeof given.x === 'number'
        ? given.x
        : hasX && hasY
          ? asNumber(takeField(attributes, ['x']))
          : undefined;
    const y =
      typeof given.y === 'number'
        ? given.y
        : hasX && hasY
          ? asNumber(takeField(attributes, ['y']))
          : undefined;
    if (x !== undefined && y !== undefined && Number.isFinite(x) && Number.isFinite(y))
      node.position = { x, y };
  }
  return dropUndefined(node);
}

/** An edge from what the format says and its attributes; a non-http(s) URL is kept as text. */
export function toEdge(
  given: Omit<RawEdge, 'attributes' | 'where' | 'quotes'> & { quotes?: string[] },
  attributes: Attributes,
  where: Where,
  log: ProblemLog,
): RawEdge {
  const edge: RawEdge = { ...given, quotes: given.quotes ?? [], attributes, where };
  if (attributes.size === 0) return checkUrl(edge, log);
  edge.type ??= takeText(attributes, EDGE_FIELDS.type);
  edge.label ??= takeText(attributes, EDGE_FIELDS.label);
  edge.description ??= takeText(attributes, EDGE_FIELDS.description);
  edge.date ??= takeText(attributes, EDGE_FIELDS.date);
  edge.until ??= takeText(attributes, EDGE_FIELDS.until);
  edge.status ??= takeText(attributes, EDGE_FIELDS.status);
  edge.allegedBy ??= takeText(attributes, EDGE_FIELDS.allegedBy);
  if (edge.directed === undefined) {
    const direction = takeField(attributes, EDGE_FIELDS.direction);
    if (typeof direction === 'boolean') edge.directed = direction;
    else if (direction !== undefined) {
      const parsed = parseDirection(String(direction));
      if (typeof parsed === 'boolean') edge.directed = parsed;
      else attributes.set('direction', direction);
    }
  }
  if (edge.weight === undefined) {
    const weight = takeField(attributes, EDGE_FIELDS.weight);
    const number = asNumber(weight);
    if (number !== undefined) edge.weight = number;
    else if (weight !== undefined) attributes.set('weight', weight);
  }
  for (const [name, value] of [...attributes]) {
    if (!isQuoteName(name)) continue;
    attributes.delete(name);
    const text = String(value).trim();
    if (text !== '') edge.quotes.push(text);
  }
  if (edge.url === undefined) {
    for (const wanted of EDGE_FIELDS.url) {
      const entry = [...attributes].find(([name]) => normaliseName(name) === wanted);
      if (!entry) continue;
      const [name, value] = entry;
      const text = String(value).trim();
      if (isHttpUrl(text)) {
        attributes.delete(name);
        edge.url = text;
      } else if (text !== '') {
        log.add(
          where,
          `${quote(text)} in ${quote(name)} is not an http(s) address, so it will not be shown as a link; it was kept as plain text.`,
          'kept',
        );
      }
      break;
    }
  }
  return checkUrl(edge, log);
}

/** An edge whose url is not http(s) keeps it as a plain-text attribute instead, reported. */
function checkUrl(edge: RawEdge, log: ProblemLog): RawEdge {
  if (edge.url !== undefined && !isHttpUrl(edge.url)) {
    log.add(
      edge.where,
      `${quote(edge.url)} is not an http(s) address, so it will not be shown as a link; it was kept as plain text.`,
      'kept',
    );
    edge.attributes.set('url', edge.url);
    edge.url = undefined;
  }
  return dropUndefined(edge);
}
