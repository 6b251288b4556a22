/**
 * Spreadsheets: a Kumu-style connections sheet (From, To, Type, Direction, Label, Description,
 * Date, Quote/Evidence, Source URL, anything else kept), an optional elements sheet (Label or
 * ID, Type/Kind, Description, anything else kept), or a Gephi edge list (Source, Target, Type,
 * Id, Label, Weight). Column names are matched ignoring case and spaces.
 */
import {
  EDGE_FIELDS,
  NODE_FIELDS,
  dropUndefined,
  findName,
  isHttpUrl,
  isQuoteName,
  limitText,
  newAttributes,
  parseDirection,
  parseNumber,
} from '../fields';
import { MAX_ATTRIBUTES } from '../limits';
import { ProblemLog, plural, quote } from '../report';
import { type Table, type TableRow, readTable, sniffDelimiter } from '../text/csvTable';
import type { ImportResult, RawEdge, RawNode, Where } from '../types';
import { GraphBuilder } from './builder';

export interface CsvSheet {
  text: string;
  fileName: string;
  /** Found from the text when not given. */
  delimiter?: string;
}

/** What a sheet holds, from its column names. */
export type SheetKind = 'connections' | 'elements' | 'unknown';

/** Tells a connections sheet (From and To) from an elements sheet (ID or Label) by its header. */
export function sheetKind(header: readonly string[]): SheetKind {
  if (findName(header, EDGE_FIELDS.source) !== -1 && findName(header, EDGE_FIELDS.target) !== -1)
    return 'connections';
  if (findName(header, NODE_FIELDS.id) !== -1 || findName(header, NODE_FIELDS.label) !== -1)
    return 'elements';
  return 'unknown';
}

/** Reads one sheet: connections (actors created from the names), or elements alone. */
export function parseCsv(text: string, fileName: string, delimiter?: string): ImportResult {
  return parseCsvSheets({ text, fileName, delimiter });
}

/**
 * Reads a connections sheet, with an elements sheet beside it when there is one. Which is which
 * is told by their columns, so the two may be given in either order.
 */
export function parseCsvSheets(first: CsvSheet, second?: CsvSheet): ImportResult {
  const log = new ProblemLog(first.fileName);
  const sheets = [first, ...(second ? [second] : [])].flatMap((sheet) => {
    const table = readSheet(sheet, log);
    return table ? [{ sheet, table, kind: sheetKind(table.header) }] : [];
  });
  const connections = sheets.find((sheet) => sheet.kind === 'connections');
  const elements = sheets.find((sheet) => sheet.kind === 'elements');
  if (sheets.length === 0) return { ok: false, problems: log.list() };

  for (const { sheet, table, kind } of sheets) {
    if (kind === 'unknown') {
      const found = table.header.slice(0, 8).map((name) => quote(name, 30));
      log.add(
        { file: sheet.fileName, row: 1 },
        `The first row names no From and To columns (nor Source and Target), nor an ID or Label column; found ${found.join(', ')}${table.header.length > 8 ? ', …' : ''}.`,
        connections ? 'skipped' : 'refused',
      );
    } else if (sheet !== connections?.sheet && sheet !== elements?.sheet) {
      log.add(
        { file: sheet.fileName },
        `Two ${kind} sheets were given; this one was not read.`,
        'skipped',
      );
    }
  }
  if (!connections) {
    if (elements && !log.hasRefusal) {
      const found = elements.table.header.slice(0, 8).map((name) => quote(name, 30));
      log.add(
        { file: elements.sheet.fileName, row: 1 },
        `The first row names no From and To columns (nor Source and Target), so the sheet holds no relations; found ${found.join(', ')}${elements.table.header.length > 8 ? ', …' : ''}. If it lists actors (an elements sheet), open it together with its connections sheet: choose both files at once in Open…, or drop both.`,
        'refused',
      );
    }
    return { ok: false, problems: log.list() };
  }
  if (connections.table.rows.length === 0) {
    return log.refuse('The file has column names but no rows below them.', {
      file: connections.sheet.fileName,
      row: 1,
    });
  }

  const builder = new GraphBuilder(log);
  if (elements) readElements(elements.table, elements.sheet.fileName, builder, log);
  readConnections(connections.table, connections.sheet.fileName, builder, log);
  const { nodes, edges } = builder.finish({ reportCreatedNodes: elements !== undefined });
  return {
    ok: true,
    graph: { format: 'csv', directedDefault: true, nodes, edges },
    problems: log.list(),
  };
}

function readSheet(sheet: CsvSheet, log: ProblemLog): Table | null {
  const sheetLog = sheet.fileName === log.file ? log : new ProblemLog(sheet.fileName);
  const table = readTable(
    sheet.text,
    sheet.delimiter ?? sniffDelimiter(sheet.text, sheet.fileName),
    sheetLog,
  );
  if (sheetLog !== log) log.addAll(sheetLog.list());
  return table;
}

/** The columns of a sheet: fields by index, the rest as attributes within the limit. */
interface Columns {
  header: string[];
  field: (names: readonly string[]) => number;
  quotes: number[];
  rest: number[];
}

function columnsOf(
  header: string[],
  used: readonly number[],
  file: string,
  log: ProblemLog,
): Columns {
  const names = header.map((name, index) => (name === '' ? `Column ${index + 1}` : name));
  const taken = new Set(used);
  const quotes = names.flatMap((name, index) =>
    isQuoteName(name) && !taken.has(index) ? [index] : [],
  );
  for (const index of quotes) taken.add(index);
  let rest = names.flatMap((_, index) => (taken.has(index) ? [] : [index]));
  if (rest.length > MAX_ATTRIBUTES) {
    log.add(
      { file, row: 1, column: names[rest[MAX_ATTRIBUTES] ?? 0] },
      `The sheet has ${rest.length.toLocaleString('en')} other columns; the first ${MAX_ATTRIBUTES} were kept as attributes and the other ${(rest.length - MAX_ATTRIBUTES).toLocaleString('en')} skipped.`,
      'skipped',
    );
    rest = rest.slice(0, MAX_ATTRIBUTES);
  }
  // The same column name twice: the second is kept under a name of its own.
  const seen = new Set<string>();
  for (const index of rest) {
    let name = names[index] ?? '';
    let copy = 2;
    while (seen.has(name)) name = `${names[index]} (${copy++})`;
    seen.add(name);
    names[index] = name;
  }
  return { header: names, field: (wanted) => findName(header, wanted), quotes, rest };
}

function cell(row: TableRow, index: number): string | undefined {
  if (index === -1) return undefined;
  const value = row.cells[index]?.trim();
  if (value === undefined || value === '') return undefined;
  // A spreadsheet-safe export (ours, Excel's) puts an apostrophe before a cell that would run as
  // a formula ("'=SUM(…)", "'-2 + 3"); the apostrophe is not part of the text.
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

function textCell(
  row: TableRow,
  index: number,
  columns: Columns,
  file: string,
  log: ProblemLog,
): string | undefined {
  const value = cell(row, index);
  if (value === undefined) return undefined;
  const where = { file, row: row.row, column: columns.header[index] };
  return limitText(value, log, where, `The cell in column ${quote(columns.header[index] ?? '')}`);
}

function attributesOf(row: TableRow, columns: Columns, file: string, log: ProblemLog) {
  const attributes = newAttributes();
  for (const index of columns.rest) {
    const value = textCell(row, index, columns, file, log);
    if (value !== undefined) attributes.set(columns.header[index] ?? '', value);
  }
  return attributes;
}

/** True when a Type column holds only directions, as in a Gephi edge list (Directed/Undirected). */
function typeColumnIsDirection(table: Table, index: number): boolean {
  if (index === -1) return false;
  let seen = false;
  for (const row of table.rows) {
    const value = cell(row, index);
    if (value === undefined) continue;
    if (!['directed', 'undirected', 'mutual'].includes(value.toLowerCase())) return false;
    seen = true;
  }
  return seen;
}

function readConnections(table: Table, file: string, builder: GraphBuilder, log: ProblemLog): void {
  const find = (names: readonly string[]) => findName(table.header, names);
  const source = find(EDGE_FIELDS.source);
  const target = find(EDGE_FIELDS.target);
  let type = find(EDGE_FIELDS.type);
  let direction = find(EDGE_FIELDS.direction);
  if (direction === -1 && typeColumnIsDirection(table, type)) {
    direction = type;
    type = -1;
  }
  const fields = {
    id: find(EDGE_FIELDS.id),
    label: find(EDGE_FIELDS.label),
    description: find(EDGE_FIELDS.description),
    date: find(EDGE_FIELDS.date),
    until: find(EDGE_FIELDS.until),
    url: find(EDGE_FIELDS.url),
    weight: find(EDGE_FIELDS.weight),
    status: find(EDGE_FIELDS.status),
    allegedBy: find(EDGE_FIELDS.allegedBy),
  };
  const used = [source, target, type, direction, ...Object.values(fields)].filter(
    (index) => index !== -1,
  );
  const columns = columnsOf(table.header, used, file, log);
  const name = (index: number) => columns.header[index] ?? '';

  for (const row of table.rows) {
    const where: Where = { file, row: row.row };
    const from = textCell(row, source, columns, file, log);
    const to = textCell(row, target, columns, file, log);
    if (from === undefined || to === undefined) {
      const missing = [from === undefined ? name(source) : '', to === undefined ? name(target) : '']
        .filter(Boolean)
        .join(' and ');
      log.add(
        { ...where, column: from === undefined ? name(source) : name(target) },
        `The row has no ${missing}, so it names no relation; it was skipped.`,
        'skipped',
      );
      continue;
    }
    const attributes = attributesOf(row, columns, file, log);
    const edge: RawEdge = { source: from, target: to, quotes: [], attributes, where };
    const text = (index: number) => textCell(row, index, columns, file, log);
    edge.id = text(fields.id);
    edge.type = text(type);
    edge.label = text(fields.label);
    edge.description = text(fields.description);
    edge.date = text(fields.date);
    edge.until = text(fields.until);
    edge.status = text(fields.status);
    edge.allegedBy = text(fields.allegedBy);
    for (const index of columns.quotes) {
      const value = text(index);
      if (value !== undefined) edge.quotes.push(value);
    }

    const directionText = cell(row, direction);
    if (directionText !== undefined) {
      const directed = parseDirection(directionText);
      if (directed === 'unknown') {
        log.add(
          { ...where, column: name(direction) },
          `The direction ${quote(directionText)} is not one of directed, undirected or mutual (or → and —); the relation was read as directed.`,
          'kept',
        );
      } else {
        edge.directed = directed;
      }
    }

    const url = text(fields.url);
    if (url !== undefined) {
      if (isHttpUrl(url)) edge.url = url.trim();
      else {
        attributes.set(name(fields.url), url);
        log.add(
          { ...where, column: name(fields.url) },
          `${quote(url)} is not an http(s) address, so it will not be shown as a link; it was kept as plain text.`,
          'kept',
        );
      }
    }

    const weightText = cell(row, fields.weight);
    if (weightText !== undefined) {
      const weight = parseNumber(weightText);
      if (weight !== undefined) edge.weight = weight;
      else {
        attributes.set(name(fields.weight), weightText);
        log.add(
          { ...where, column: name(fields.weight) },
          `The weight ${quote(weightText)} is not a number; it was kept as plain text.`,
          'kept',
        );
      }
    }
    builder.addEdge(dropUndefined(edge));
  }
}

function readElements(table: Table, file: string, builder: GraphBuilder, log: ProblemLog): void {
  const find = (names: readonly string[]) => findName(table.header, names);
  const fields = {
    id: find(NODE_FIELDS.id),
    label: find(NODE_FIELDS.label),
    kind: find(NODE_FIELDS.kind),
    description: find(NODE_FIELDS.description),
    color: find(NODE_FIELDS.color),
    x: find(['x']),
    y: find(['y']),
  };
  const used = Object.values(fields).filter((index) => index !== -1);
  const columns = columnsOf(table.header, used, file, log);

  let unnamed = 0;
  let firstUnnamed: Where | undefined;
  for (const row of table.rows) {
    const where: Where = { file, row: row.row };
    const text = (index: number) => textCell(row, index, columns, file, log);
    const label = text(fields.label);
    const id = text(fields.id) ?? label;
    if (id === undefined) {
      unnamed += 1;
      firstUnnamed ??= where;
      continue;
    }
    const node: RawNode = {
      id,
      label: label ?? id,
      attributes: attributesOf(row, columns, file, log),
      where,
    };
    node.kind = text(fields.kind);
    node.description = text(fields.description);
    node.color = text(fields.color);
    const x = parseNumber(cell(row, fields.x) ?? '');
    const y = parseNumber(cell(row, fields.y) ?? '');
    if (x !== undefined && y !== undefined) node.position = { x, y };
    builder.addNode(dropUndefined(node));
  }
  if (firstUnnamed) {
    log.add(
      firstUnnamed,
      `${plural(unnamed, 'row')} of the elements sheet ${unnamed === 1 ? 'has' : 'have'} neither an ID nor a Label, so ${unnamed === 1 ? 'it names' : 'they name'} no one; skipped.`,
      'skipped',
    );
  }
}
