/**
 * TEMPORARY SHIM — DELETE WHEN src/io/open/openDataset.ts IS MERGED (see openService.ts).
 * A minimal stand-in for `openBytes`, `problemsAsText` and `problemsAsCsv` so the Open UI can be
 * built and tried before the real normalisation lands. It maps a raw graph crudely (slug ids,
 * declared types and kinds, quotes and URLs as evidence) and is not meant to be kept.
 */
import type { DatasetFile } from '../../domain/dataset';
import { validateDataset } from '../../domain/validate';
import { declareVocabulary } from '../../domain/vocabulary';
import { importBytesInWorker } from '../../io/import/client';
import { importBytes } from '../../io/import/importFile';
import type { ImportProblem, RawGraph } from '../../io/import/types';
import type { OpenOptions, OpenResult } from './openService';

function slug(text: string, taken: Set<string>, fallback: string): string {
  const base =
    text
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || fallback;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

function toDatasetFile(raw: RawGraph, fileName: string): DatasetFile {
  const vocabulary = declareVocabulary(
    raw.edges.map((edge) => edge.type ?? 'related to'),
    raw.nodes.map((node) => node.kind ?? 'actor'),
  );
  const taken = new Set<string>();
  const idOf = new Map<string, string>();
  const actors = raw.nodes.map((node, index) => {
    const id = slug(node.id, taken, `actor-${index + 1}`);
    idOf.set(node.id, id);
    return {
      id,
      label: node.label ?? node.id,
      kind: vocabulary.kindIdOf.get(node.kind ?? 'actor') ?? 'actor',
      aliases: [],
      ...(node.description ? { description: node.description } : {}),
      ...(node.position ? { position: node.position } : {}),
    };
  });
  const relationIds = new Set<string>();
  const relations = raw.edges.map((edge, index) => ({
    id: slug(edge.id ?? `relation-${index + 1}`, relationIds, `relation-${index + 1}`),
    source: idOf.get(edge.source) ?? edge.source,
    target: idOf.get(edge.target) ?? edge.target,
    type: vocabulary.typeIdOf.get(edge.type ?? 'related to') ?? 'related-to',
    directed: edge.directed ?? raw.directedDefault,
    evidence: [
      ...edge.quotes.map((quote) => ({ quote })),
      ...(edge.url ? [{ url: edge.url }] : []),
    ],
  }));
  return {
    id: slug(fileName.replace(/\.[^.]+$/, ''), new Set(), 'opened'),
    title: raw.title ?? fileName,
    source: { note: `Opened from ${fileName}` },
    types: vocabulary.vocabulary.types
      .filter((type) => !type.builtIn)
      .map((type) => ({ id: type.id, label: type.label })),
    kinds: vocabulary.vocabulary.kinds
      .filter((kind) => !kind.builtIn)
      .map((kind) => ({ id: kind.id, label: kind.label })),
    actors,
    relations,
  };
}

export async function openBytes(
  bytes: Uint8Array,
  fileName: string,
  options: OpenOptions = {},
): Promise<OpenResult> {
  const imported = options.inWorker
    ? await importBytesInWorker(bytes, fileName, options)
    : importBytes(bytes, fileName, options);
  if (!imported.ok) return imported;
  const datasetFile =
    imported.graph.format === 'graph-json'
      ? (JSON.parse(new TextDecoder().decode(bytes)) as DatasetFile)
      : toDatasetFile(imported.graph, fileName);
  const validated = validateDataset({
    graphText: JSON.stringify(datasetFile),
    graphFile: fileName,
  });
  if (!validated.ok) {
    return {
      ok: false,
      problems: [
        ...imported.problems,
        ...validated.problems.map((problem): ImportProblem => ({
          where: { file: fileName, path: problem.path },
          message: problem.message,
          action: 'refused',
        })),
      ],
    };
  }
  return {
    ok: true,
    dataset: validated.dataset,
    datasetFile,
    problems: imported.problems,
    format: imported.graph.format,
  };
}

function whereText(problem: ImportProblem): string {
  const { file, row, column, path } = problem.where;
  return [file, row !== undefined ? `row ${row}` : '', column ?? '', path ?? '']
    .filter(Boolean)
    .join(', ');
}

export function problemsAsText(problems: ImportProblem[]): string {
  return problems.map((p) => `${whereText(p)}: ${p.message} (${p.action})`).join('\n');
}

export function problemsAsCsv(problems: ImportProblem[]): string {
  const cell = (text: string) => `"${text.replace(/"/g, '""')}"`;
  return [
    'file,row,column,path,action,message',
    ...problems.map((p) =>
      [
        cell(p.where.file),
        p.where.row ?? '',
        cell(p.where.column ?? ''),
        cell(p.where.path ?? ''),
        p.action,
        cell(p.message),
      ].join(','),
    ),
  ].join('\n');
}
