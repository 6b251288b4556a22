/**
 * Where every reader's nodes and edges meet: one place that merges duplicate nodes, resolves
 * the names edges use, creates the nodes edges name but nobody declared, skips self-loops, keeps
 * edge ids unique and evens out the spellings of types and kinds. Each repair is reported.
 */
import type { ProblemLog } from '../report';
import { plural, quote } from '../report';
import type { RawEdge, RawNode, Where } from '../types';

/** How a place in the file is named inside a message: "row 4", "line 12", "nodes[3]". */
export function describeWhere(where: Where): string {
  if (where.row !== undefined) return where.path ? `line ${where.row}` : `row ${where.row}`;
  return where.path ?? 'the file';
}

export interface FinishOptions {
  /**
   * Whether a node created for a name only an edge uses is a problem to report. It is not for
   * a plain edge list, where the names are the only way to name actors.
   */
  reportCreatedNodes: boolean;
}

/** Up to how many distinct types or kinds likely typos are looked for. */
const MAX_TYPO_SEARCH = 500;

type NodeField = 'label' | 'kind' | 'description' | 'color';

export class GraphBuilder {
  private readonly nodes = new Map<string, RawNode>();
  private readonly edges: RawEdge[] = [];

  constructor(private readonly log: ProblemLog) {}

  hasNode(id: string): boolean {
    return this.nodes.has(id);
  }

  /** Adds a node; one whose id is taken is merged into the first, which wins where they differ. */
  addNode(node: RawNode): void {
    const first = this.nodes.get(node.id);
    if (!first) {
      this.nodes.set(node.id, node);
      return;
    }
    const differing: string[] = [];
    for (const field of ['label', 'kind', 'description', 'color'] as NodeField[]) {
      const value = node[field];
      if (value === undefined) continue;
      if (first[field] === undefined) first[field] = value;
      else if (first[field] !== value) differing.push(field);
    }
    if (node.position) {
      if (!first.position) first.position = node.position;
      else if (first.position.x !== node.position.x || first.position.y !== node.position.y)
        differing.push('position');
    }
    if (node.aliases) {
      first.aliases = [...new Set([...(first.aliases ?? []), ...node.aliases])];
    }
    for (const [name, value] of node.attributes) {
      if (!first.attributes.has(name)) first.attributes.set(name, value);
      else if (first.attributes.get(name) !== value) differing.push(name);
    }
    this.log.add(
      node.where,
      `The id ${quote(node.id)} is used again (first at ${describeWhere(first.where)}); the two were merged into one node${
        differing.length > 0
          ? `, keeping the first one's ${differing.map((field) => quote(field)).join(', ')} where they differ`
          : ''
      }.`,
      'merged',
    );
  }

  /** Adds an edge; its ends are resolved, and it is checked, when the graph is finished. */
  addEdge(edge: RawEdge): void {
    this.edges.push(edge);
  }

  /** The finished nodes and edges, every repair reported. */
  finish(options: FinishOptions): { nodes: RawNode[]; edges: RawEdge[] } {
    const resolve = this.resolver();
    const created = new Set<string>();
    const edges: RawEdge[] = [];
    const edgeIds = new Set<string>();
    for (const edge of this.edges) {
      let source = resolve(edge.source);
      let target = resolve(edge.target);
      if (source === undefined) source = this.create(edge.source, edge, created, options);
      if (target === undefined) target = this.create(edge.target, edge, created, options);
      if (source === target) {
        this.log.add(
          edge.where,
          `A relation from ${quote(edge.source)} to itself (a self-loop) was skipped: relations join two different actors.`,
          'skipped',
        );
        continue;
      }
      edge.source = source;
      edge.target = target;
      if (edge.id !== undefined) {
        if (edgeIds.has(edge.id)) {
          let suffix = 2;
          while (edgeIds.has(`${edge.id}-${suffix}`)) suffix += 1;
          const renamed = `${edge.id}-${suffix}`;
          this.log.add(
            edge.where,
            `The relation id ${quote(edge.id)} is used again; this relation was kept as ${quote(renamed)}.`,
            'repaired',
            { minor: true },
          );
          edge.id = renamed;
        }
        edgeIds.add(edge.id);
      }
      edges.push(edge);
    }
    const nodes = [...this.nodes.values()];
    harmoniseSpellings(
      edges,
      (edge) => edge.type,
      (edge, value) => (edge.type = value),
      'relation type',
      this.log,
    );
    harmoniseSpellings(
      nodes,
      (node) => node.kind,
      (node, value) => (node.kind = value),
      'kind',
      this.log,
    );
    return { nodes, edges };
  }

  /**
   * How an edge's end finds its node: by id; else by a label used by exactly one node (a
   * spreadsheet names actors by label); else by id or label ignoring case and outer spaces.
   */
  private resolver(): (reference: string) => string | undefined {
    const byLabel = new Map<string, string | null>();
    const loose = new Map<string, string | null>();
    const index = (map: Map<string, string | null>, key: string, id: string) => {
      const known = map.get(key);
      map.set(key, known === undefined || known === id ? id : null);
    };
    for (const node of this.nodes.values()) {
      if (node.label !== undefined) index(byLabel, node.label, node.id);
      index(loose, looseKey(node.id), node.id);
      if (node.label !== undefined) index(loose, looseKey(node.label), node.id);
    }
    return (reference) => {
      if (this.nodes.has(reference)) return reference;
      return byLabel.get(reference) ?? loose.get(looseKey(reference)) ?? undefined;
    };
  }

  private create(
    reference: string,
    edge: RawEdge,
    created: Set<string>,
    options: FinishOptions,
  ): string {
    if (!created.has(reference)) {
      created.add(reference);
      this.nodes.set(reference, {
        id: reference,
        label: reference,
        attributes: new Map(),
        where: edge.where,
      });
      if (options.reportCreatedNodes) {
        this.log.add(
          edge.where,
          `${quote(reference)} is named by a relation but is not among the declared nodes; a node was created for it.`,
          'repaired',
        );
      }
    }
    return reference;
  }
}

function looseKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Evens out the spellings of a type or kind column: spellings that differ only by letter case
 * or spaces become the most used one (reported as merged); a rare spelling one letter away from
 * a common one is reported as a likely typo but kept, since only the author can be sure.
 */
export function harmoniseSpellings<T extends { where: Where }>(
  items: readonly T[],
  get: (item: T) => string | undefined,
  set: (item: T, value: string) => void,
  what: string,
  log: ProblemLog,
): void {
  interface Spelling {
    text: string;
    count: number;
    first: Where;
  }
  const groups = new Map<string, Map<string, Spelling>>();
  for (const item of items) {
    const text = get(item);
    if (text === undefined) continue;
    const key = looseKey(text);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = new Map()));
    const spelling = group.get(text);
    if (spelling) spelling.count += 1;
    else group.set(text, { text, count: 1, first: item.where });
  }
  const canonical = new Map<string, string>();
  const totals = new Map<string, number>();
  for (const [key, group] of groups) {
    const spellings = [...group.values()];
    const winner = spellings.reduce((best, spelling) =>
      spelling.count > best.count ? spelling : best,
    );
    totals.set(
      key,
      spellings.reduce((sum, spelling) => sum + spelling.count, 0),
    );
    canonical.set(key, winner.text);
    for (const spelling of spellings) {
      if (spelling === winner) continue;
      log.add(
        spelling.first,
        `The ${what} ${quote(spelling.text)} (${plural(spelling.count, 'use')}) differs from ${quote(winner.text)} only in letter case or spaces; it was read as ${quote(winner.text)}.`,
        'merged',
      );
    }
  }
  for (const item of items) {
    const text = get(item);
    if (text === undefined) continue;
    const winner = canonical.get(looseKey(text));
    if (winner !== undefined && winner !== text) set(item, winner);
  }
  // Likely typos: a rare spelling one edit away from one used at least twice as often. Every
  // pair is compared, so a column of free text (thousands of distinct values) is not searched.
  const keys = [...totals.keys()];
  if (keys.length > MAX_TYPO_SEARCH) return;
  for (const key of keys) {
    const count = totals.get(key) ?? 0;
    if (key.length < 4) continue;
    const near = keys.find(
      (other) =>
        other !== key &&
        (totals.get(other) ?? 0) >= Math.max(2, count * 2) &&
        editDistanceAtMostOne(key, other),
    );
    if (near === undefined) continue;
    const group = groups.get(key);
    const first = group ? [...group.values()][0] : undefined;
    if (!first) continue;
    log.add(
      first.first,
      `The ${what} ${quote(canonical.get(key) ?? key)} (${plural(count, 'use')}) may be a typo of ${quote(canonical.get(near) ?? near)} (${plural(totals.get(near) ?? 0, 'use')}); it was kept as written.`,
      'kept',
    );
  }
}

/** True when one insertion, deletion, substitution or swap of neighbours turns a into b. */
export function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length - 1;
  let endB = b.length - 1;
  while (endA >= start && endB >= start && a[endA] === b[endB]) {
    endA -= 1;
    endB -= 1;
  }
  const restA = endA - start + 1;
  const restB = endB - start + 1;
  if (restA <= 1 && restB <= 1) return true;
  // A swap of two neighbouring letters: "fudns" / "funds".
  return restA === 2 && restB === 2 && a[start] === b[start + 1] && a[start + 1] === b[start];
}
