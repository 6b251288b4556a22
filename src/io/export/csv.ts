/**
 * CSV exports in the Kumu layout our importer reads back: a connections sheet (one row per
 * relation the view shows) and an elements sheet (one row per actor it shows), so that a
 * spreadsheet round trip keeps actors no relation touches, their kinds and descriptions.
 */
import type { Attribute, Dataset, Relation } from '../../domain/dataset';
import { statusOf } from '../../domain/relationStatuses';
import { normaliseName } from '../import/fields';
import {
  type Positions,
  endNames,
  kindLabel,
  ownAttributeName,
  roundCoordinate,
  typeLabel,
} from './names';

/**
 * One CSV cell: quoted when it must be (RFC 4180), and defused with a leading apostrophe when a
 * spreadsheet would run it as a formula (CSV injection); our importer takes the apostrophe off.
 */
export function csvCell(value: string): string {
  // A plain number ("-5", a coordinate) runs nothing and stays a number.
  const formula = /^[=+\-@\t\r]/.test(value) && !/^[+-]?\d+(?:\.\d+)?$/.test(value);
  const safe = formula ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows of cells as CSV text: CRLF line ends as RFC 4180 asks, and a BOM so Excel reads UTF-8. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The dataset's own attribute columns, in order of first use, named apart from ours. */
function attributeColumns(
  items: readonly { attributes?: Attribute[] | undefined }[],
  fixed: readonly string[],
  element: 'node' | 'edge',
): { names: string[]; header: string[] } {
  const names: string[] = [];
  for (const item of items) {
    for (const { name } of item.attributes ?? []) if (!names.includes(name)) names.push(name);
  }
  const taken = new Set(fixed.map(normaliseName));
  return { names, header: names.map((name) => ownAttributeName(name, taken, element)) };
}

function attributeCells(attributes: Attribute[] | undefined, names: readonly string[]): string[] {
  return names.map((name) => {
    const found = attributes?.find((attribute) => attribute.name === name);
    return found === undefined ? '' : String(found.value);
  });
}

/** Columns numbered after the first: `Quote`, `Quote 2`, `Quote 3`. */
function numbered(name: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => (index === 0 ? name : `${name} ${index + 1}`));
}

export interface RelationsCsvOptions {
  /** The relations to write (the visible ones); all when absent. */
  relationIds?: ReadonlySet<string>;
}

/**
 * The relations as a connections sheet: From, To, Type, Direction, Status, Date, When, one Quote
 * column per quote and one Source URL column per link (so each stays one value on the way back),
 * Label, Description, Weight, Alleged by, ID, then the dataset's own attributes.
 */
export function exportRelationsCsv(dataset: Dataset, options: RelationsCsvOptions = {}): string {
  const relations = options.relationIds
    ? dataset.relations.filter((relation) => options.relationIds?.has(relation.id))
    : dataset.relations;
  const names = endNames(dataset.actors);
  const nameOf = (id: string) => names.get(id) ?? id;
  const quotesOf = (relation: Relation) =>
    relation.evidence.flatMap((evidence) => (evidence.quote === undefined ? [] : [evidence.quote]));
  const urlsOf = (relation: Relation) => [
    ...new Set(
      relation.evidence.flatMap((evidence) => (evidence.url === undefined ? [] : [evidence.url])),
    ),
  ];
  const quoteCount = Math.max(1, ...relations.map((relation) => quotesOf(relation).length));
  const urlCount = Math.max(1, ...relations.map((relation) => urlsOf(relation).length));
  const fixed = [
    'From',
    'To',
    'Type',
    'Direction',
    'Status',
    'Date',
    'Until',
    'When',
    ...numbered('Quote', quoteCount),
    ...numbered('Source URL', urlCount),
    'Label',
    'Description',
    'Weight',
    'Alleged by',
    'ID',
  ];
  const own = attributeColumns(relations, fixed, 'edge');
  const rows = relations.map((relation) => {
    const quotes = quotesOf(relation);
    const urls = urlsOf(relation);
    return [
      nameOf(relation.source),
      nameOf(relation.target),
      typeLabel(dataset, relation.type),
      relation.directed ? 'directed' : 'undirected',
      statusOf(relation),
      relation.date ?? '',
      relation.until ?? '',
      relation.when ?? '',
      ...Array.from({ length: quoteCount }, (_, index) => quotes[index] ?? ''),
      ...Array.from({ length: urlCount }, (_, index) => urls[index] ?? ''),
      relation.label ?? '',
      relation.description ?? '',
      relation.weight === undefined ? '' : String(relation.weight),
      relation.allegedBy === undefined ? '' : nameOf(relation.allegedBy),
      relation.id,
      ...attributeCells(relation.attributes, own.names),
    ];
  });
  return toCsv([...fixed, ...own.header], rows);
}

export interface ActorsCsvOptions {
  /** The actors to write (the visible ones); all when absent. */
  actorIds?: ReadonlySet<string>;
  /** Where the current layout placed them: written as X and Y. */
  positions?: Positions;
}

/** The actors as an elements sheet: ID, Label, Kind, Description, Aliases, X, Y, own attributes. */
export function exportActorsCsv(dataset: Dataset, options: ActorsCsvOptions = {}): string {
  const actors = options.actorIds
    ? dataset.actors.filter((actor) => options.actorIds?.has(actor.id))
    : dataset.actors;
  const fixed = ['ID', 'Label', 'Kind', 'Description', 'Aliases', 'X', 'Y'];
  const own = attributeColumns(actors, fixed, 'node');
  const rows = actors.map((actor) => {
    const position = options.positions?.get(actor.id) ?? actor.position;
    return [
      actor.id,
      actor.label,
      kindLabel(dataset, actor.kind),
      actor.description ?? '',
      actor.aliases.join('; '),
      position ? String(roundCoordinate(position.x)) : '',
      position ? String(roundCoordinate(position.y)) : '',
      ...attributeCells(actor.attributes, own.names),
    ];
  });
  return toCsv([...fixed, ...own.header], rows);
}
