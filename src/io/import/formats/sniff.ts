/**
 * Which format a text is in, from its content first and its file name second: a `.csv` that
 * holds GEXF is read as GEXF. JSON is parsed here once, and the value handed on.
 */
import { type EventLayout, guessEventLayout } from '../events/columnLayouts';
import { sniffDelimiter } from '../text/csvTable';
import { expectedFromName } from '../text/decode';
import type { ImportFormat, ImportProblem } from '../types';

export type SniffResult =
  | { ok: true; format: 'csv'; delimiter: string; problems: ImportProblem[] }
  | { ok: true; format: 'gexf' | 'graphml'; problems: ImportProblem[] }
  | {
      ok: true;
      format: 'gdelt' | 'icews' | 'polecat';
      layout: EventLayout;
      problems: ImportProblem[];
    }
  | {
      ok: true;
      format: 'graph-json' | 'cytoscape' | 'graphology' | 'd3';
      json: unknown;
      problems: ImportProblem[];
    }
  | { ok: false; problems: ImportProblem[] };

/** The formats the import reads, as the refusal of an unknown file lists them. */
export const READABLE_FORMATS =
  'CSV or TSV (a sheet of connections with From and To columns, or Source and Target), GDELT, ICEWS and POLECAT event data, GEXF, GraphML, Actor Graph graph.json, Cytoscape JSON (.cyjs or an elements array), graphology JSON, and d3 JSON (nodes and links)';

const EXTENSION_FORMATS: Record<string, ImportFormat[]> = {
  csv: ['csv'],
  tsv: ['csv'],
  tab: ['csv'],
  txt: ['csv'],
  gexf: ['gexf'],
  graphml: ['graphml'],
  xml: ['gexf', 'graphml'],
  json: ['graph-json', 'cytoscape', 'graphology', 'd3'],
  cyjs: ['cytoscape'],
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const hasOwn = (value: Record<string, unknown>, key: string) => Object.hasOwn(value, key);

/** Which JSON graph a parsed value is, if any. */
export function jsonGraphFormat(
  value: unknown,
): 'graph-json' | 'cytoscape' | 'graphology' | 'd3' | null {
  if (Array.isArray(value)) {
    return value.length > 0 && value.every((item) => isObject(item) && isObject(item.data))
      ? 'cytoscape'
      : null;
  }
  if (!isObject(value)) return null;
  if (Array.isArray(value.actors) && Array.isArray(value.relations)) return 'graph-json';
  const elements = value.elements;
  if (
    Array.isArray(elements) ||
    (isObject(elements) && (hasOwn(elements, 'nodes') || hasOwn(elements, 'edges')))
  )
    return 'cytoscape';
  if (Array.isArray(value.nodes) && Array.isArray(value.links)) return 'd3';
  // Cytoscape.js's own samples hold `{nodes: [{data}], edges: [{data}]}` without `elements`.
  if (Array.isArray(value.nodes) && (value.nodes as unknown[]).length > 0) {
    const withData = (list: unknown) =>
      Array.isArray(list) && list.every((item) => isObject(item) && isObject(item.data));
    if (withData(value.nodes) && (value.edges === undefined || withData(value.edges)))
      return 'cytoscape';
  }
  if (Array.isArray(value.nodes)) {
    const nodes = value.nodes as unknown[];
    const keyed = nodes.length > 0 && nodes.every((node) => isObject(node) && hasOwn(node, 'key'));
    if (keyed || (isObject(value.options) && Array.isArray(value.edges))) return 'graphology';
  }
  return null;
}

/** Where in the text a JSON.parse error points: "line 3, column 7", from the engine's message. */
export function jsonErrorPosition(
  text: string,
  error: unknown,
): { row: number; column: number } | null {
  const message = error instanceof Error ? error.message : '';
  const position = /position (\d+)/.exec(message)?.[1];
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { row: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  if (position === undefined) return null;
  const before = text.slice(0, Number(position));
  const lines = before.split('\n');
  return { row: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

function parseJson(
  text: string,
  fileName: string,
):
  | { ok: true; value: unknown; problems: ImportProblem[] }
  | { ok: false; problems: ImportProblem[] } {
  try {
    return { ok: true, value: JSON.parse(text), problems: [] };
  } catch (error) {
    const at = jsonErrorPosition(text, error);
    // Text after a complete value (a second object, a log line): the value itself is usable.
    if (at) {
      const offset = offsetOf(text, at.row, at.column);
      const head = text.slice(0, offset);
      if (head.trim() !== '') {
        try {
          const value: unknown = JSON.parse(head);
          return {
            ok: true,
            value,
            problems: [
              {
                where: { file: fileName, row: at.row },
                message: `The JSON data ends on line ${at.row}, column ${at.column}, but more text follows; that text was ignored.`,
                action: 'repaired',
              },
            ],
          };
        } catch {
          // Not a complete value before the error either: the file is broken there.
        }
      }
    }
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [
        {
          where: { file: fileName, ...(at ? { row: at.row } : {}) },
          message: `The file is not valid JSON${at ? ` (line ${at.row}, column ${at.column})` : ''}: ${reason}`,
          action: 'refused',
        },
      ],
    };
  }
}

function offsetOf(text: string, row: number, column: number): number {
  let offset = 0;
  for (let line = 1; line < row; line += 1) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return offset + column - 1;
}

/** Finds the format of a decoded file. */
export function sniffFormat(text: string, fileName: string): SniffResult {
  const file = { file: fileName };
  const refuse = (message: string): SniffResult => ({
    ok: false,
    problems: [{ where: file, message, action: 'refused' }],
  });
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const expected = EXTENSION_FORMATS[extension];
  const named = (format: ImportFormat, name: string): ImportProblem[] =>
    expected && !expected.includes(format)
      ? [
          {
            where: file,
            message: `The file name ends in .${extension} but the file holds ${name}; it was read as ${name}.`,
            action: 'kept',
          },
        ]
      : [];

  const start = text.slice(0, 65_536).trimStart();
  if (start === '') return refuse('The file holds only blank space.');

  if (start.startsWith('<')) {
    const head = start.slice(0, 4096).toLowerCase();
    if (/<gexf[\s>]/.test(start))
      return { ok: true, format: 'gexf', problems: named('gexf', 'GEXF') };
    if (/<graphml[\s>]/.test(start))
      return { ok: true, format: 'graphml', problems: named('graphml', 'GraphML') };
    if (/<!doctype html|<html[\s>]/.test(head))
      return refuse(
        `This looks like a web page (HTML), not ${expectedFromName(fileName)}. Actor Graph reads ${READABLE_FORMATS}.`,
      );
    if (/<\?xml|<[a-z]/.test(head))
      return refuse(
        `This is an XML file, but neither GEXF (<gexf>) nor GraphML (<graphml>). Actor Graph reads ${READABLE_FORMATS}.`,
      );
  }

  if (start.startsWith('{') || start.startsWith('[')) {
    const parsed = parseJson(text, fileName);
    if (!parsed.ok) return parsed;
    const format = jsonGraphFormat(parsed.value);
    if (!format) {
      return {
        ok: false,
        problems: [
          ...parsed.problems,
          {
            where: file,
            message: `This JSON file is not a graph Actor Graph knows: expected graph.json (actors and relations), Cytoscape (elements), graphology (nodes with keys) or d3 (nodes and links).`,
            action: 'refused',
          },
        ],
      };
    }
    const names = {
      'graph-json': 'Actor Graph JSON',
      cytoscape: 'Cytoscape JSON',
      graphology: 'graphology JSON',
      d3: 'd3 JSON',
    };
    return {
      ok: true,
      format,
      json: parsed.value,
      problems: [...named(format, names[format]), ...parsed.problems],
    };
  }

  const delimiter = sniffDelimiter(text, fileName);
  const firstLine = start.split(/\r\n|\n|\r/, 1)[0] ?? '';
  if (!firstLine.includes(delimiter) && !(expected ?? []).includes('csv')) {
    return refuse(
      `Actor Graph could not tell what format this file is in. It reads ${READABLE_FORMATS}.`,
    );
  }
  // Event data is a sheet too, told by its columns: GDELT's own files are named .CSV but hold
  // tabs, so the file name says nothing here.
  const events = guessEventLayout(text, delimiter);
  if (events.kind === 'events') {
    return { ok: true, format: events.layout.format, layout: events.layout, problems: [] };
  }
  const note: ImportProblem[] =
    events.kind === 'near' ? [{ where: file, message: events.note, action: 'kept' }] : [];
  return { ok: true, format: 'csv', delimiter, problems: [...named('csv', 'CSV'), ...note] };
}
