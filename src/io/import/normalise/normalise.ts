/**
 * The one place that turns a file read in any format (a RawGraph) into our dataset format: ids
 * become slugs, the file's type and kind names map onto ours or become the dataset's own, dates,
 * weights, evidence and statuses take our shape, defaults are filled in. Every repair is
 * reported; what does not fit a field of ours is kept as an attribute, never dropped silently.
 */
import type {
  Actor,
  DatasetFile,
  KindDeclaration,
  Relation,
  TypeDeclaration,
} from '../../../domain/dataset';
import { declareVocabulary } from '../../../domain/declareVocabulary';
import { hexColor, isHttpUrl, limitText } from '../fields';
import { ProblemLog, plural, quote } from '../report';
import type { DateReading } from '../text/dates';
import type { ImportProblem, RawEdge, RawGraph, RawNode } from '../types';
import {
  addAttribute,
  attributeList,
  dateFields,
  evidenceOf,
  keepExtras,
  takeClass,
  untilField,
} from './normaliseFields';
import { actorIds, relationIdsFor } from './normaliseIds';
import { Tally, listNames } from './normaliseReport';
import { slugify } from './slugs';

export interface NormaliseOptions {
  /** Where the file was fetched from, when it came from a URL (http or https only). */
  sourceUrl?: string;
}

export interface NormaliseResult {
  file: DatasetFile;
  problems: ImportProblem[];
  /** The id each of the file's node ids became. */
  actorIdOf: ReadonlyMap<string, string>;
}

/** The type of a relation the file gives none for, and the kind of an actor it gives none for. */
export const DEFAULT_TYPE_NAME = 'Related to';
export const DEFAULT_KIND_NAME = 'Actor';

/** The longest type or kind name kept: a longer one is a sentence, not a name. */
export const MAX_VOCABULARY_NAME = 100;

/** Turns a raw graph into a dataset file, with a report of every repair. */
export function normaliseRawGraph(
  raw: RawGraph,
  fileName: string,
  options: NormaliseOptions = {},
): NormaliseResult {
  const log = new ProblemLog(fileName);
  const clean = (text: string | undefined, where: RawNode['where'], what: string) => {
    const trimmed = text?.trim();
    return trimmed ? limitText(trimmed, log, where, what) : undefined;
  };

  const { nodes, edges } = soundGraph(raw, log);
  const actorIdOf = actorIds(nodes, log);
  const { typeNameOf, labelIsType } = typeNames(edges, log);
  const kindNameOf = (node: RawNode) =>
    capName(node.kind?.trim() || DEFAULT_KIND_NAME, node.where, 'actor kind', log);
  const edgeTypeNames = edges.map(typeNameOf);
  const nodeKindNames = nodes.map(kindNameOf);
  const declared = declareVocabulary(edgeTypeNames, nodeKindNames);
  reportVocabulary(declared, edgeTypeNames, nodeKindNames, nodes, log);

  const ownTypes = declared.vocabulary.types.filter((type) => !type.builtIn);
  const ownTypeIds = new Set(ownTypes.map((type) => type.id));
  const classOfType = new Map<string, string>();

  const actors: Actor[] = nodes.map((node, index) => {
    const id = actorIdOf.get(node.id) ?? `actor-${index + 1}`;
    const label =
      clean(node.label, node.where, 'The label') ?? clean(node.id, node.where, 'The id');
    const attributes = attributeList(node.attributes);
    if (id !== node.id && node.id !== label) addAttribute(attributes, 'id', node.id);
    // A colour we can draw is drawn (the "As in the file" look); any other stays as written.
    const color = node.color === undefined ? undefined : hexColor(node.color);
    if (node.color !== undefined && color === undefined)
      addAttribute(attributes, 'color', node.color);
    const size =
      node.size !== undefined && Number.isFinite(node.size) && node.size > 0
        ? node.size
        : undefined;
    const aliases = [
      ...new Set((node.aliases ?? []).map((alias) => alias.trim()).filter(Boolean)),
    ].filter((alias) => alias !== label);
    const description = clean(node.description, node.where, 'The description');
    const position =
      node.position && Number.isFinite(node.position.x) && Number.isFinite(node.position.y)
        ? { x: node.position.x, y: node.position.y }
        : undefined;
    return {
      id,
      label: label ?? `Actor ${index + 1}`,
      kind: declared.kindIdOf.get(nodeKindNames[index] ?? DEFAULT_KIND_NAME) ?? 'actor',
      aliases,
      ...(description ? { description } : {}),
      ...(position ? { position } : {}),
      ...(color ? { color } : {}),
      ...(size ? { size } : {}),
      ...(attributes.length > 0 ? { attributes } : {}),
    };
  });
  // A claimant named by id or, as spreadsheets and our own exports write it, by label.
  const actorIdByLabel = new Map(actors.map((actor) => [actor.label, actor.id]));
  const resolveActor = (name: string) => actorIdOf.get(name) ?? actorIdByLabel.get(name);

  const tally = new Tally(log);
  // Real files write the same few dates again and again: each is read once.
  const dateReadings = new Map<string, DateReading>();
  const relationIds = relationIdsFor(
    edges,
    actorIdOf,
    (index) => {
      const name = edgeTypeNames[index] ?? DEFAULT_TYPE_NAME;
      return declared.typeIdOf.get(name) ?? 'related-to';
    },
    log,
  );

  const relations: Relation[] = edges.map((edge, index) => {
    const type = declared.typeIdOf.get(edgeTypeNames[index] ?? DEFAULT_TYPE_NAME) ?? 'related-to';
    const attributes = attributeList(edge.attributes);
    if (ownTypeIds.has(type)) takeClass(attributes, type, classOfType);
    const relation: Relation = {
      id: relationIds[index] ?? `relation-${index + 1}`,
      source: actorIdOf.get(edge.source) ?? edge.source,
      target: actorIdOf.get(edge.target) ?? edge.target,
      type,
      directed: edge.directed ?? raw.directedDefault,
      evidence: evidenceOf(edge, attributes, log),
    };
    Object.assign(relation, dateFields(edge, tally, dateReadings));
    Object.assign(relation, untilField(edge, relation.date, attributes, tally, dateReadings));
    // Event data hands over its events in our shape already (see events/aggregate.ts).
    if (edge.events !== undefined && edge.events.length > 0) relation.events = edge.events;
    // A label read as the type says nothing more when it became a type of the file's own.
    const label = clean(edge.label, edge.where, 'The label');
    if (label && !(labelIsType && ownTypeIds.has(type))) relation.label = label;
    const description = clean(edge.description, edge.where, 'The description');
    if (description) relation.description = description;
    keepExtras(edge, relation, attributes, resolveActor, tally);
    if (attributes.length > 0) relation.attributes = attributes;
    return relation;
  });
  tally.report();

  // What the file itself says of its own types and kinds (event data: a class, a description).
  const typeSaid = new Map(
    (raw.declaredTypes ?? []).map((type) => [declared.typeIdOf.get(type.name), type]),
  );
  const kindSaid = new Map(
    (raw.declaredKinds ?? []).map((kind) => [declared.kindIdOf.get(kind.name), kind]),
  );
  const types: TypeDeclaration[] = ownTypes.map((type) => {
    const said = typeSaid.get(type.id);
    return {
      id: type.id,
      label: type.label,
      class: classOfType.get(type.id) ?? said?.class ?? 'unclassified',
      ...(said?.description ? { description: said.description } : {}),
      ...(said?.active ? { active: said.active } : {}),
      ...(said?.passive ? { passive: said.passive } : {}),
    };
  });
  const kinds: KindDeclaration[] = declared.vocabulary.kinds
    .filter((kind) => !kind.builtIn)
    .map((kind) => {
      const description = kindSaid.get(kind.id)?.description;
      return { id: kind.id, label: kind.label, ...(description ? { description } : {}) };
    });

  const title =
    clean(raw.title, { file: fileName }, 'The title') ?? (baseName(fileName) || 'Untitled');
  const sourceUrl = options.sourceUrl?.trim();
  const file: DatasetFile = {
    id: slugify(title) || 'dataset',
    title,
    source: {
      note: `Opened from ${fileName.trim() || 'a file'}`,
      ...(sourceUrl && isHttpUrl(sourceUrl) ? { url: sourceUrl } : {}),
    },
    ...(types.length > 0 ? { types } : {}),
    ...(kinds.length > 0 ? { kinds } : {}),
    actors,
    relations,
    ...(raw.coding ? { coding: raw.coding } : {}),
    ...(raw.article?.trim() ? { article: raw.article } : {}),
  };
  return { file, problems: log.list(), actorIdOf };
}

/**
 * The readers hand over a sound graph (unique node ids, edges between two known nodes); a raw
 * graph made any other way is held to the same, so that the dataset always validates.
 */
function soundGraph(raw: RawGraph, log: ProblemLog): Pick<RawGraph, 'nodes' | 'edges'> {
  const byId = new Map<string, RawNode>();
  for (const node of raw.nodes) {
    if (!byId.has(node.id)) byId.set(node.id, node);
    else
      log.add(
        node.where,
        `The node id ${quote(node.id)} is used again; this node was skipped.`,
        'skipped',
      );
  }
  const edges = raw.edges.filter((edge) => {
    const missing = [edge.source, edge.target].find((end) => !byId.has(end));
    if (missing !== undefined) {
      log.add(
        edge.where,
        `The relation names ${quote(missing)}, which is not a node; it was skipped.`,
        'skipped',
      );
      return false;
    }
    if (edge.source === edge.target) {
      log.add(
        edge.where,
        `A relation from ${quote(edge.source)} to itself (a self-loop) was skipped: relations join two different actors.`,
        'skipped',
      );
      return false;
    }
    return true;
  });
  return { nodes: [...byId.values()], edges };
}

/** The file name without folders and its last extension: "data/network.gexf" → "network". */
function baseName(fileName: string): string {
  const name = fileName.split(/[/\\]/).pop() ?? '';
  return name.replace(/\.[^.]*$/, '').trim();
}

function capName(name: string, where: RawNode['where'], what: string, log: ProblemLog): string {
  if (name.length <= MAX_VOCABULARY_NAME) return name;
  log.add(
    where,
    `The ${what} ${quote(name)} is ${name.length} characters long; only the first ${MAX_VOCABULARY_NAME} were kept as its name.`,
    'repaired',
  );
  return name.slice(0, MAX_VOCABULARY_NAME).trim();
}

/**
 * The type name each edge is read with: its type; when the file gives no types at all, its
 * label (Gephi's edge lists put the relation there); otherwise "Related to".
 */
function typeNames(edges: readonly RawEdge[], log: ProblemLog) {
  const hasTypes = edges.some((edge) => edge.type?.trim());
  const labelIsType = !hasTypes && edges.some((edge) => edge.label?.trim());
  let untyped: RawEdge | undefined;
  let untypedCount = 0;
  const names = new Map<RawEdge, string>();
  for (const edge of edges) {
    const given = (labelIsType ? edge.label : edge.type)?.trim();
    if (!given) {
      untyped ??= edge;
      untypedCount += 1;
    }
    names.set(edge, capName(given || DEFAULT_TYPE_NAME, edge.where, 'relation type', log));
  }
  if (labelIsType) {
    log.addFile(
      'The file gives no relation types, so each relation’s label was read as its type.',
      'kept',
    );
  }
  if (untyped) {
    log.add(
      untyped.where,
      `${plural(untypedCount, 'relation has', 'relations have')} no type${labelIsType ? ' or label' : ''}; ${untypedCount === 1 ? 'it was' : 'they were'} given the type ${quote(DEFAULT_TYPE_NAME)}.`,
      'repaired',
      { minor: true, count: untypedCount },
    );
  }
  return { typeNameOf: (edge: RawEdge) => names.get(edge) ?? DEFAULT_TYPE_NAME, labelIsType };
}

/** One line each: which type and kind names matched ours, which are the dataset's own. */
function reportVocabulary(
  declared: ReturnType<typeof declareVocabulary>,
  typeNamesUsed: readonly string[],
  kindNamesUsed: readonly string[],
  nodes: readonly RawNode[],
  log: ProblemLog,
): void {
  const describe = (
    names: readonly string[],
    idOf: ReadonlyMap<string, string>,
    infos: readonly { id: string; label: string; builtIn: boolean }[],
    noun: string,
  ) => {
    const byId = new Map(infos.map((info) => [info.id, info]));
    const matched: string[] = [];
    const own: string[] = [];
    for (const name of new Set(names)) {
      const info = byId.get(idOf.get(name) ?? '');
      if (!info) continue;
      if (info.builtIn) matched.push(`${quote(name, 40)} → ${info.label}`);
      else own.push(quote(name, 40));
    }
    if (matched.length > 0) {
      log.addFile(
        `${plural(matched.length, `${noun} matches`, `${noun}s match`)} one of ours: ${listNames(matched)}.`,
        'kept',
      );
    }
    if (own.length > 0) {
      log.addFile(
        `${plural(own.length, `${noun} is`, `${noun}s are`)} this dataset’s own: ${listNames(own)}.`,
        'kept',
      );
    }
  };
  describe(typeNamesUsed, declared.typeIdOf, declared.vocabulary.types, 'relation type');
  if (nodes.every((node) => !node.kind?.trim())) {
    log.addFile(
      `The file gives no actor kinds; every actor is of the kind ${quote(DEFAULT_KIND_NAME)}.`,
      'kept',
    );
    return;
  }
  describe(kindNamesUsed, declared.kindIdOf, declared.vocabulary.kinds, 'actor kind');
}
