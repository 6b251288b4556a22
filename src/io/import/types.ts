/**
 * The neutral form every imported file is read into, before it is mapped into a dataset, and the
 * report of what was wrong with the file. Pure data: it crosses the worker boundary by structured
 * clone, so it holds no functions, classes or prototypes that matter.
 */
import type { CodedEvent, Coding } from '../../domain/dataset';

/** The formats the import pipeline reads. */
export const IMPORT_FORMATS = [
  'graph-json',
  'cytoscape',
  'graphology',
  'd3',
  'gexf',
  'graphml',
  'csv',
  'gdelt',
  'icews',
  'polecat',
] as const;

export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export type AttributeValue = string | number | boolean;

/**
 * A node's or edge's other properties, by the name the file gives them. A Map, so that names
 * like `__proto__`, `constructor` or `toString` are plain data and never reach an object's
 * prototype; it also survives structured clone to and from the worker unchanged.
 */
export type Attributes = Map<string, AttributeValue>;

/**
 * Where in the file something is. `row` is the 1-based line (XML) or spreadsheet row (CSV, the
 * header being row 1); `column` the CSV column name; `path` the element path, in the notation of
 * the format: JSON paths are 0-based (`graph.nodes[3]`), XML paths 1-based as in XPath
 * (`gexf/graph/edges/edge[7]`).
 */
export interface Where {
  file: string;
  row?: number;
  column?: string;
  path?: string;
}

export interface RawNode {
  id: string;
  label?: string;
  /** The file's own word for what the node is ("Person", "state"); mapped to kinds later. */
  kind?: string;
  description?: string;
  /** Other names (our own graph.json carries them). */
  aliases?: string[];
  position?: { x: number; y: number };
  /** As the file writes it: `#rrggbb`, `rgb(…)`, a name. */
  color?: string;
  /** The size the file draws it at (GEXF's viz:size, Gephi GraphML's `size`). */
  size?: number;
  attributes: Attributes;
  where: Where;
}

export interface RawEdge {
  /** Unique among the graph's edges when present; absent when the file gives none. */
  id?: string;
  source: string;
  target: string;
  /** The file's own word for the relation ("funds", "married to"); mapped to types later. */
  type?: string;
  label?: string;
  /** Absent when the file does not say; then `RawGraph.directedDefault` applies. */
  directed?: boolean;
  description?: string;
  /** When it happened, as the file writes it. */
  date?: string;
  /** The last day of a range (event data: the last of its events), YYYY-MM-DD. */
  until?: string;
  /** The coded events it aggregates, oldest first (event data only; already in our shape). */
  events?: CodedEvent[];
  quotes: string[];
  /** An http(s) address only: anything else is kept as a plain-text attribute and reported. */
  url?: string;
  /** More source addresses, each its own piece of evidence (event data: distinct articles). */
  urls?: string[];
  weight?: number;
  /** The id of the node who claims the relation (our own graph.json carries it). */
  allegedBy?: string;
  /** Whether it happened ("stalled", "planned"), as the file writes it; our graph.json carries it. */
  status?: string;
  attributes: Attributes;
  where: Where;
}

export interface RawGraph {
  format: ImportFormat;
  title?: string;
  directedDefault: boolean;
  nodes: RawNode[];
  edges: RawEdge[];
  article?: string;
  /** How the events are coded, for a file of coded events. */
  coding?: Coding;
  /** What the file says of type names it uses that are not ours: their class and words. */
  declaredTypes?: {
    name: string;
    class?: string;
    description?: string;
    active?: string;
    passive?: string;
  }[];
  /** What the file says of kind names it uses that are not ours. */
  declaredKinds?: { name: string; description?: string }[];
}

/** What was done about a problem. `refused`: the whole file could not be read. */
export type ImportAction = 'skipped' | 'merged' | 'repaired' | 'kept' | 'refused';

export interface ImportProblem {
  where: Where;
  /** What is wrong, in plain words, and what was done about it. */
  message: string;
  action: ImportAction;
  /** How many rows or elements the line stands for, where it sums up several; 1 when absent. */
  count?: number;
  /**
   * A repair that leaves the picture as the file means it (an id rewritten for links, a
   * byte-order mark removed, a missing type named "Related to"): reported, but no reason to
   * interrupt with the report.
   */
  minor?: boolean;
}

/** `ok: false` only when nothing usable could be read; problems are listed either way. */
export type ImportResult =
  | { ok: true; graph: RawGraph; problems: ImportProblem[] }
  | { ok: false; problems: ImportProblem[] };

/** Progress of one import, for a progress bar: the stage and the share done, 0 to 1. */
export interface ImportProgress {
  stage: 'reading' | 'decoding' | 'parsing' | 'done';
  fraction: number;
}
