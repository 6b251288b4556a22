/**
 * The whole dataset as GraphML, written by hand (graphology-graphml only reads): a `<key>` per
 * field with its type, the relations' direction (see `directions`), labels, kinds, types,
 * quotes, links, dates, statuses and positions as data, and the dataset's own attributes as keys
 * of their own.
 */
import type { Attribute, Dataset } from '../../domain/dataset';
import { statusOf } from '../../domain/relationStatuses';
import { directionOf } from '../../domain/relationsOf';
import { normaliseName } from '../import/fields';
import { type Positions, kindLabel, ownAttributeName, roundCoordinate, typeLabel } from './names';
import { xmlAttribute, xmlText } from './xml';

export interface GraphmlOptions {
  /** Where the current layout placed each actor: written as `x` and `y` data. */
  positions?: Positions;
}

type Domain = 'graph' | 'node' | 'edge';
type KeyType = 'string' | 'double' | 'boolean';
type Value = string | number | boolean;

/** The keys in use, by domain and name, each with its GraphML id and type. */
class Keys {
  private readonly byName = new Map<string, { id: string; type: KeyType }>();
  readonly declared: { domain: Domain; name: string; id: string; type: KeyType }[] = [];

  /** The key id for a name; declared on first use, its type widened to string if values differ. */
  id(domain: Domain, name: string, value: Value): string {
    const type: KeyType =
      typeof value === 'number' ? 'double' : typeof value === 'boolean' ? 'boolean' : 'string';
    const known = this.byName.get(`${domain}\u0000${name}`);
    if (known) {
      if (known.type !== type) {
        known.type = 'string';
        const entry = this.declared.find((key) => key.id === known.id);
        if (entry) entry.type = 'string';
      }
      return known.id;
    }
    const id = `${domain.charAt(0)}${this.declared.length}`;
    this.byName.set(`${domain}\u0000${name}`, { id, type });
    this.declared.push({ domain, name, id, type });
    return id;
  }
}

/** Our fields, then the dataset's own attributes under names that do not clash with ours. */
function withOwn(
  fields: [string, Value | undefined][],
  attributes: Attribute[] | undefined,
  element: 'node' | 'edge',
) {
  const entries = fields.filter((entry): entry is [string, Value] => entry[1] !== undefined);
  const taken = new Set(entries.map(([name]) => normaliseName(name)));
  for (const { name, value } of attributes ?? []) {
    entries.push([ownAttributeName(name, taken, element), value]);
  }
  return entries;
}

/**
 * The graph's `edgedefault`, and whether each edge must say its own direction. A graph all one
 * way says so in `edgedefault` alone. A mixed one stays "directed" and gives every edge a boolean
 * `directed` data key rather than GraphML's own `directed="false"` on an edge: networkx's
 * read_graphml refuses an edge whose `directed` contradicts `edgedefault` ("directed=false edge
 * found in directed graph."), while a data key is an attribute to every reader and a direction to
 * ours. The cost: Gephi and yEd draw each relation of a mixed graph with an arrow, and only the
 * `directed` attribute tells the mutual ones apart.
 */
function directions(dataset: Dataset): {
  edgeDefault: 'directed' | 'undirected';
  perEdge: boolean;
} {
  const direction = directionOf(dataset);
  // A graph without relations keeps the directed default it always had.
  return direction === 'undirected' && dataset.relations.length > 0
    ? { edgeDefault: 'undirected', perEdge: false }
    : { edgeDefault: 'directed', perEdge: direction === 'mixed' };
}

function numberedName(name: string, index: number): string {
  return index === 0 ? name : `${name} ${index + 1}`;
}

/** The dataset as GraphML text. */
export function exportGraphml(dataset: Dataset, options: GraphmlOptions = {}): string {
  const keys = new Keys();
  const direction = directions(dataset);
  const labels = new Map(dataset.actors.map((actor) => [actor.id, actor.label]));
  const data = (domain: Domain, entries: [string, Value][], indent: string) =>
    entries
      .map(
        ([name, value]) =>
          `${indent}<data key="${keys.id(domain, name, value)}">${xmlText(String(value))}</data>`,
      )
      .join('\n');

  const graphFields: [string, string | undefined][] = [
    ['title', dataset.title],
    ['source title', dataset.source.title],
    ['publisher', dataset.source.publisher],
    ['source url', dataset.source.url],
    ['published', dataset.source.published],
    ['source note', dataset.source.note],
  ];
  const graphData = data(
    'graph',
    graphFields.filter((entry): entry is [string, string] => entry[1] !== undefined),
    '    ',
  );

  const nodes = dataset.actors.map((actor) => {
    const position = options.positions?.get(actor.id) ?? actor.position;
    const entries = withOwn(
      [
        ['label', actor.label],
        ['kind', kindLabel(dataset, actor.kind)],
        ['description', actor.description],
        ['aliases', actor.aliases.length > 0 ? actor.aliases.join('; ') : undefined],
        ['x', position ? roundCoordinate(position.x) : undefined],
        ['y', position ? roundCoordinate(position.y) : undefined],
      ],
      actor.attributes,
      'node',
    );
    return `    <node id="${xmlAttribute(actor.id)}">\n${data('node', entries, '      ')}\n    </node>`;
  });

  const edges = dataset.relations.map((relation) => {
    const quotes = relation.evidence.flatMap((evidence) =>
      evidence.quote === undefined ? [] : [evidence],
    );
    const urls = [
      ...new Set(relation.evidence.flatMap((evidence) => (evidence.url ? [evidence.url] : []))),
    ];
    const entries = withOwn(
      [
        ['type', typeLabel(dataset, relation.type)],
        ['directed', direction.perEdge ? relation.directed : undefined],
        ['label', relation.label],
        ['status', statusOf(relation)],
        ['date', relation.date],
        ['until', relation.until],
        ['when', relation.when],
        ['description', relation.description],
        ['weight', relation.weight],
        [
          'alleged by',
          relation.allegedBy ? (labels.get(relation.allegedBy) ?? relation.allegedBy) : undefined,
        ],
        ...quotes.flatMap((evidence, index): [string, Value | undefined][] => [
          [numberedName('quote', index), evidence.quote],
          [
            `${numberedName('quote', index)} reported by`,
            evidence.reportedBy
              ? (labels.get(evidence.reportedBy) ?? evidence.reportedBy)
              : undefined,
          ],
        ]),
        ...urls.map((url, index): [string, Value] => [numberedName('source url', index), url]),
      ],
      relation.attributes,
      'edge',
    );
    return `    <edge id="${xmlAttribute(relation.id)}" source="${xmlAttribute(relation.source)}" target="${xmlAttribute(relation.target)}">\n${data('edge', entries, '      ')}\n    </edge>`;
  });

  // Keys are known only once every element is written, and must come before the graph.
  const keyLines = keys.declared.map(
    (key) =>
      `  <key id="${key.id}" for="${key.domain}" attr.name="${xmlAttribute(key.name)}" attr.type="${key.type}"/>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keyLines,
    `  <graph id="${xmlAttribute(dataset.id)}" edgedefault="${direction.edgeDefault}">`,
    ...(graphData ? [graphData] : []),
    ...nodes,
    ...edges,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
