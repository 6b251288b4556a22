/**
 * The whole dataset as GEXF 1.2, for Gephi: labels, kinds and types as attributes (the type also
 * as the edge `kind`, which keeps Gephi from merging parallel edges of different types), every
 * quote, link, date and status as an attribute, colours and positions as `viz`, and the
 * relations' direction as `mixedGraph` says. Written by graphology-gexf, which escapes the XML.
 *
 * 1.2, not 1.3: networkx's read_gexf learnt the 1.3 namespace only in 2025 (networkx pull request
 * 8196); every earlier networkx, Debian 12's 2.8.8 among them, finds "No <graph> element in GEXF
 * file." Gephi, Gephi Lite, graphology and our importer read both, Gephi the edge `kind` too.
 */
import Graph from 'graphology';
import { write } from 'graphology-gexf';

import type { Attribute, Dataset } from '../../domain/dataset';
import { statusOf } from '../../domain/relationStatuses';
import { directionOf } from '../../domain/relationsOf';
import { RELATION_CLASSES, findType } from '../../domain/vocabulary';
import { encodeVocabulary } from '../../domain/vocabularyEncoding';
import { normaliseName } from '../import/fields';
import { type Positions, kindLabel, ownAttributeName, roundCoordinate, typeLabel } from './names';
import { xmlAttribute } from './xml';

export interface GexfOptions {
  /** Where the current layout placed each actor: written as `viz:position`. */
  positions?: Positions;
}

type Value = string | number | boolean;
type Values = Record<string, Value>;

/** The viz:size of an actor the dataset does not size. */
const DEFAULT_NODE_SIZE = 10;

/** `#0072B2` as `rgb(0,114,178)`: the form both GEXF 1.2 and 1.3 readers (and Gephi) take. */
function rgb(hex: string): string {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return `rgb(${(value >> 16) & 255},${(value >> 8) & 255},${value & 255})`;
}

/**
 * Attribute names as the writer sees them. graphology-gexf keys its model by attribute name in
 * plain objects, where a file's `__proto__` would vanish; so the writer gets keys of ours
 * (`k0`, `k1`…) and the names are put in as titles afterwards.
 */
class AttributeNames {
  private readonly keys = new Map<string, string>();
  readonly names = new Map<string, string>();

  constructor(
    private readonly prefix: string,
    private readonly element: 'node' | 'edge',
  ) {}

  /** Our fields, then the dataset's own attributes under names that do not clash with ours. */
  values(fields: [string, Value | undefined][], attributes: Attribute[] | undefined): Values {
    const entries = fields.filter((entry): entry is [string, Value] => entry[1] !== undefined);
    const taken = new Set(entries.map(([name]) => normaliseName(name)));
    for (const { name, value } of attributes ?? []) {
      entries.push([ownAttributeName(name, taken, this.element), value]);
    }
    const values: Values = {};
    for (const [name, value] of entries) values[this.key(name)] = value;
    return values;
  }

  private key(name: string): string {
    let key = this.keys.get(name);
    if (key === undefined) {
      key = `${this.prefix}${this.keys.size}`;
      this.keys.set(name, key);
      this.names.set(key, name);
    }
    return key;
  }
}

/**
 * Whether the relations go both ways, some directed and some not. GEXF would write that as a
 * default edge type with a `type` on each edge that differs, which Gephi and graphology read; but
 * networkx's read_gexf refuses such an edge ("Undirected edge found in directed graph."), Gephi
 * refuses `defaultedgetype="mixed"`, and `type="mutual"` Gephi refuses and networkx reads as two
 * edges. So a mixed graph is written directed, every edge with a boolean `directed` attribute
 * that our importer reads back as its direction; Gephi draws the mutual ones with arrows too, and
 * the attribute tells them apart. A graph all one way is written as it is.
 */
function mixedGraph(dataset: Dataset): boolean {
  return directionOf(dataset) === 'mixed';
}

/**
 * The GEXF 1.2 viz namespace on the root element. graphology-gexf writes
 * `http:///www.gexf.net/1.1draft/viz`, and a reader that goes by namespace (networkx) would then
 * miss every colour, size and position.
 */
function withVizNamespace(text: string): string {
  return text.replace(/ xmlns:viz="[^"]*"/, ' xmlns:viz="http://www.gexf.net/1.2draft/viz"');
}

/** Numbered names after the first: `quote`, `quote 2`, `quote 3` (our importer reads them all). */
function numberedName(name: string, index: number): string {
  return index === 0 ? name : `${name} ${index + 1}`;
}

/** The dataset as GEXF 1.2 text. */
export function exportGexf(dataset: Dataset, options: GexfOptions = {}): string {
  const encoding = encodeVocabulary(dataset.vocabulary);
  const mixed = mixedGraph(dataset);
  const graph = new Graph({ multi: true, type: 'mixed', allowSelfLoops: false });
  graph.setAttribute('creator', 'Actor Graph');
  graph.setAttribute('title', dataset.title);
  const description = [dataset.source.title, dataset.source.publisher, dataset.source.note]
    .filter(Boolean)
    .join('. ');
  if (description) graph.setAttribute('description', description);

  const labels = new Map(dataset.actors.map((actor) => [actor.id, actor.label]));
  const nodeNames = new AttributeNames('n', 'node');
  const edgeNames = new AttributeNames('e', 'edge');
  for (const actor of dataset.actors) {
    const values = nodeNames.values(
      [
        ['kind', kindLabel(dataset, actor.kind)],
        ['description', actor.description],
        ['aliases', actor.aliases.length > 0 ? actor.aliases.join('; ') : undefined],
      ],
      actor.attributes,
    );
    const position = options.positions?.get(actor.id) ?? actor.position;
    graph.addNode(actor.id, {
      label: actor.label,
      values,
      // The file's own colour and size where it gave them (a Gephi file back to Gephi as it was).
      color: rgb(actor.color ?? encoding.kind(actor.kind).color),
      size: actor.size ?? DEFAULT_NODE_SIZE,
      // GEXF's y axis points up (Gephi draws it so); the screen's, and ours, points down.
      ...(position ? { x: roundCoordinate(position.x), y: roundCoordinate(-position.y) + 0 } : {}),
    });
  }

  for (const relation of dataset.relations) {
    const type = findType(dataset.vocabulary, relation.type);
    const relationClass = RELATION_CLASSES.find((c) => c.id === type?.relationClass);
    const actorLabel = (id: string | undefined) => (id ? (labels.get(id) ?? id) : undefined);
    const quotes = relation.evidence.filter((evidence) => evidence.quote !== undefined);
    const urls = [
      ...new Set(relation.evidence.flatMap((evidence) => (evidence.url ? [evidence.url] : []))),
    ];
    const values = edgeNames.values(
      [
        ['type', typeLabel(dataset, relation.type)],
        ['directed', mixed ? relation.directed : undefined],
        ['class', relationClass?.label],
        ['status', statusOf(relation)],
        ['date', relation.date],
        ['until', relation.until],
        ['when', relation.when],
        ['description', relation.description],
        ['alleged by', actorLabel(relation.allegedBy)],
        ...quotes.flatMap((evidence, index): [string, Value | undefined][] => [
          [numberedName('quote', index), evidence.quote],
          [`${numberedName('quote', index)} reported by`, actorLabel(evidence.reportedBy)],
        ]),
        ...urls.map((url, index): [string, Value] => [numberedName('source url', index), url]),
      ],
      relation.attributes,
    );
    const attributes = {
      kind: typeLabel(dataset, relation.type),
      ...(relation.label ? { label: relation.label } : {}),
      ...(relation.weight !== undefined ? { weight: relation.weight } : {}),
      color: rgb(encoding.type(relation.type).color.light),
      values,
    };
    // The writer takes its default edge type from the edges: one kind only, whatever the graph.
    if (relation.directed || mixed) {
      graph.addDirectedEdgeWithKey(relation.id, relation.source, relation.target, attributes);
    } else {
      graph.addUndirectedEdgeWithKey(relation.id, relation.source, relation.target, attributes);
    }
  }

  const text = write(graph, {
    version: '1.2',
    formatNode: (_key, attributes) => ({
      label: attributes.label as string,
      attributes: attributes.values as Values,
      viz: {
        color: attributes.color as string,
        size: attributes.size as number,
        ...(typeof attributes.x === 'number' ? { x: attributes.x, y: attributes.y as number } : {}),
      },
    }),
    formatEdge: (_key, attributes) => ({
      kind: attributes.kind as string,
      ...(typeof attributes.label === 'string' ? { label: attributes.label } : {}),
      ...(typeof attributes.weight === 'number' ? { weight: attributes.weight } : {}),
      attributes: attributes.values as Values,
      viz: { color: attributes.color as string },
    }),
  });
  // Our keys were only ids: each attribute's title becomes its real name.
  return withVizNamespace(text).replace(/ title="([ne]\d+)"/g, (whole, key: string) => {
    const name = (key.startsWith('n') ? nodeNames : edgeNames).names.get(key);
    return name === undefined ? whole : ` title="${xmlAttribute(name)}"`;
  });
}
