/**
 * Many events, one edge: the events of a file become one relation per (source, target, type),
 * with its events oldest first, its first and last day, a weight that counts them, the mean score,
 * the codes it holds and up to MAX_EVIDENCE_URLS distinct articles as evidence. Actors become one
 * node per identity.
 */
import type { CodedEvent, Coding } from '../../../domain/dataset';
import { newAttributes } from '../fields';
import { slugify } from '../normalise/slugs';
import type { ImportFormat, RawEdge, RawGraph, RawNode } from '../types';
import { EVENT_KINDS, countryName } from './cameoActors';
import type { EventActor, EventRecord } from './types';

/** How many distinct source articles a relation lists as evidence; its events keep every one. */
export const MAX_EVIDENCE_URLS = 5;

/** The kind of an actor the source gives no role or sector for. */
export const OTHER_KIND = 'Other actor';

export interface AggregateOptions {
  file: string;
  format: Extract<ImportFormat, 'gdelt' | 'icews' | 'polecat'>;
  coding: Coding;
  /** "193 Fight with small arms and light weapons" for a code; the code itself when unknown. */
  describeCode: (code: string) => string;
  /** Types the dataset declares (a name, its class and words), for types we do not have. */
  declaredTypes?: NonNullable<RawGraph['declaredTypes']>;
  title: string;
}

interface Group {
  source: string;
  target: string;
  type: string;
  events: CodedEvent[];
  codes: Map<string, number>;
  quads: Map<string, number>;
  modes: Map<string, number>;
  scoreSum: number;
  scoreCount: number;
  urls: string[];
  row: number;
}

interface Node {
  actor: EventActor;
  kinds: Map<string, number>;
  row: number;
}

const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

/** The most frequent key; the first seen on a tie, so the result never depends on order of keys. */
function mostFrequent(map: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const [key, value] of map) {
    if (value > bestCount) {
      best = key;
      bestCount = value;
    }
  }
  return best;
}

/** "193 Fight with small arms (12); 190 Use conventional military force (3)", most frequent first. */
function listCounts(map: ReadonlyMap<string, number>, name: (key: string) => string): string {
  return [...map]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([key, value]) => `${name(key)} (${value})`)
    .join('; ');
}

const round = (value: number) => Math.round(value * 100) / 100;

/** Groups the events into a raw graph the normaliser turns into the dataset. */
export function aggregateEvents(
  records: readonly EventRecord[],
  options: AggregateOptions,
): RawGraph {
  const nodes = new Map<string, Node>();
  const groups = new Map<string, Group>();
  for (const record of records) {
    for (const actor of [record.source, record.target]) {
      let node = nodes.get(actor.key);
      if (!node) nodes.set(actor.key, (node = { actor, kinds: new Map(), row: record.row }));
      if (actor.kind) count(node.kinds, actor.kind);
    }
    const key = `${record.source.key}\u0000${record.target.key}\u0000${record.type}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        source: record.source.key,
        target: record.target.key,
        type: record.type,
        events: [],
        codes: new Map(),
        quads: new Map(),
        modes: new Map(),
        scoreSum: 0,
        scoreCount: 0,
        urls: [],
        row: record.row,
      };
      groups.set(key, group);
    }
    const event: CodedEvent = { date: record.date, code: record.code };
    if (record.id !== undefined) event.id = record.id;
    if (record.url !== undefined) event.url = record.url;
    if (record.score !== undefined) {
      event.score = record.score;
      group.scoreSum += record.score;
      group.scoreCount += 1;
    }
    group.events.push(event);
    count(group.codes, record.code);
    if (record.quad) count(group.quads, record.quad);
    if (record.mode) count(group.modes, record.mode);
    if (record.url && group.urls.length < MAX_EVIDENCE_URLS && !group.urls.includes(record.url))
      group.urls.push(record.url);
  }

  const { rawNodes, idOf } = nodeList(nodes, options.file);
  const scoreName = options.coding.score ?? 'score';
  const edges: RawEdge[] = [...groups.values()].map((group) => {
    // Oldest first, and the same order for the same file: by day, then as the file lists them.
    const events = group.events
      .map((event, index) => ({ event, index }))
      .sort((a, b) =>
        a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : a.index - b.index,
      )
      .map(({ event }) => event);
    const first = events[0]?.date;
    const last = events.at(-1)?.date;
    const attributes = newAttributes();
    if (group.scoreCount > 0)
      attributes.set(`Mean ${scoreName}`, round(group.scoreSum / group.scoreCount));
    attributes.set(`${options.coding.codes} codes`, listCounts(group.codes, options.describeCode));
    if (group.quads.size > 0)
      attributes.set(
        `${options.coding.format.split(' ')[0] ?? ''} quad class`,
        listCounts(group.quads, (quad) => quad),
      );
    if (group.modes.size > 0)
      attributes.set(
        'Event modes',
        listCounts(group.modes, (mode) => mode),
      );
    const edge: RawEdge = {
      source: idOf.get(group.source) ?? group.source,
      target: idOf.get(group.target) ?? group.target,
      type: group.type,
      directed: true,
      quotes: [],
      weight: events.length,
      events,
      attributes,
      where: { file: options.file, row: group.row },
    };
    if (first !== undefined) edge.date = first;
    if (last !== undefined && last !== first) edge.until = last;
    if (group.urls.length > 0) edge.urls = group.urls;
    return edge;
  });

  const usedKinds = new Set(rawNodes.map((node) => node.kind ?? OTHER_KIND));
  return {
    format: options.format,
    title: options.title,
    directedDefault: true,
    nodes: rawNodes,
    edges,
    coding: options.coding,
    declaredTypes: (options.declaredTypes ?? []).filter((type) =>
      edges.some((edge) => edge.type === type.name),
    ),
    declaredKinds: [
      ...Object.entries(EVENT_KINDS).map(([name, description]) => ({ name, description })),
      { name: OTHER_KIND, description: 'An actor the event data gives no role or sector for.' },
    ].filter((kind) => usedKinds.has(kind.name)),
  };
}

/** One node per identity; a label two identities share is told apart by country or code. */
function nodeList(
  nodes: ReadonlyMap<string, Node>,
  file: string,
): { rawNodes: RawNode[]; idOf: Map<string, string> } {
  const labelCount = new Map<string, number>();
  for (const { actor } of nodes.values()) count(labelCount, actor.label);
  const ids = new Set<string>();
  const idOf = new Map<string, string>();
  const rawNodes = [...nodes.values()].map(({ actor, kinds, row }) => {
    const country = actor.country ? (countryName(actor.country) ?? actor.country) : undefined;
    const shared = (labelCount.get(actor.label) ?? 0) > 1;
    const qualifier = country && !actor.label.includes(country) ? country : actor.code;
    const label = shared && qualifier ? `${actor.label} (${qualifier})` : actor.label;
    const attributes = newAttributes();
    if (country) attributes.set('country', country);
    if (actor.country && actor.country !== country) attributes.set('country code', actor.country);
    if (actor.code) attributes.set('code', actor.code);
    // Readable ids for links, made here so that the key (name plus country) never shows.
    const base = slugify(label) || slugify(actor.key) || 'actor';
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    idOf.set(actor.key, id);
    return {
      id,
      label,
      kind: mostFrequent(kinds) ?? OTHER_KIND,
      attributes,
      where: { file, row },
    };
  });
  return { rawNodes, idOf };
}
