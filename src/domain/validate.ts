/**
 * Validation of a dataset: the zod schema for shape, then the checks a schema cannot express
 * (unique ids, relations and reporters that point to known actors, known relation types, quotes
 * and the article's own names found in the article). Every problem is reported at once, each with its file, JSON path and reason.
 */
import type { z } from 'zod';

import { type Dataset, DatasetSchema } from './dataset';
import { articleContainsName, locateQuote } from './quotes';
import { RELATION_TYPE_IDS, isRelationTypeId } from './relationTypes';

export interface Problem {
  file: string;
  /** JSON path in the style `relations[3].evidence[0].quote`; empty for the whole file. */
  path: string;
  message: string;
}

export type ValidationResult =
  { ok: true; dataset: Dataset; problems: [] } | { ok: false; problems: Problem[] };

export interface DatasetFiles {
  graphText: string;
  articleText: string;
  /** How the graph file is named in messages, e.g. `data/russia-ukraine-talks/graph.json`. */
  graphFile?: string;
}

/** Formats a JSON path from its segments: `["relations", 3, "id"]` becomes `relations[3].id`. */
export function formatPath(segments: readonly PropertyKey[]): string {
  return segments
    .map((segment, index) => {
      if (typeof segment === 'number') return `[${segment}]`;
      const name = String(segment);
      return index === 0 ? name : `.${name}`;
    })
    .join('');
}

/** One line per problem, as the CLI and the app's error screen show them. */
export function formatProblem(problem: Problem): string {
  return problem.path
    ? `${problem.file}: ${problem.path}: ${problem.message}`
    : `${problem.file}: ${problem.message}`;
}

function schemaProblems(file: string, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    let message = issue.message;
    if (issue.code === 'unrecognized_keys') {
      message = `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => JSON.stringify(key)).join(', ')}`;
    } else if (issue.code === 'invalid_type') {
      const received = describeValue(issue.input);
      message = `expected ${issue.expected}, got ${received}`;
    }
    return { file, path: formatPath(issue.path), message };
  });
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function recordsAt(
  root: Record<string, unknown>,
  key: string,
): [number, Record<string, unknown>][] {
  const list = root[key];
  if (!Array.isArray(list)) return [];
  return list.flatMap((item, index) =>
    isRecord(item) ? [[index, item] as [number, Record<string, unknown>]] : [],
  );
}

/**
 * The checks that need the whole dataset. They read the raw JSON defensively so that they can
 * report alongside schema problems rather than only after the schema passes.
 */
function crossReferenceProblems(file: string, root: unknown, article: string): Problem[] {
  if (!isRecord(root)) return [];
  const problems: Problem[] = [];
  const report = (path: PropertyKey[], message: string) =>
    problems.push({ file, path: formatPath(path), message });

  /** Ids of one collection with the index of their first use; later uses are reported. */
  const firstUses = (collection: 'actors' | 'relations', noun: string) => {
    const ids = new Map<string, number>();
    for (const [index, record] of recordsAt(root, collection)) {
      if (typeof record.id !== 'string') continue;
      const first = ids.get(record.id);
      if (first === undefined) ids.set(record.id, index);
      else {
        report(
          [collection, index, 'id'],
          `duplicate ${noun} id "${record.id}" (first used at ${collection}[${first}])`,
        );
      }
    }
    return ids;
  };
  const actorIds = firstUses('actors', 'actor');
  firstUses('relations', 'relation');

  // `aliases` are the article's names for an actor and `searchAliases` only help search; a name
  // in the wrong list would have the details claim a name the article never uses, or hide one.
  for (const [index, actor] of recordsAt(root, 'actors')) {
    const names = (key: 'aliases' | 'searchAliases') => {
      const list = actor[key];
      return Array.isArray(list)
        ? list.flatMap((name, at) =>
            typeof name === 'string' && name.trim() !== '' ? [[at, name] as const] : [],
          )
        : [];
    };
    for (const [at, name] of names('aliases')) {
      if (!articleContainsName(article, name)) {
        report(
          ['actors', index, 'aliases', at],
          `alias not found in the article: "${name}"; a name only for search belongs in searchAliases`,
        );
      }
    }
    for (const [at, name] of names('searchAliases')) {
      if (articleContainsName(article, name)) {
        report(
          ['actors', index, 'searchAliases', at],
          `the article uses the name "${name}"; list it in aliases`,
        );
      }
    }
  }

  for (const [index, relation] of recordsAt(root, 'relations')) {
    for (const end of ['source', 'target', 'allegedBy'] as const) {
      const actorId = relation[end];
      if (typeof actorId === 'string' && !actorIds.has(actorId)) {
        report(['relations', index, end], `no actor has the id "${actorId}"`);
      }
    }
    if (typeof relation.type === 'string' && !isRelationTypeId(relation.type)) {
      report(
        ['relations', index, 'type'],
        `unknown relation type "${relation.type}"; known types: ${RELATION_TYPE_IDS.join(', ')}`,
      );
    }
    if (typeof relation.source === 'string' && relation.source === relation.target) {
      report(
        ['relations', index, 'target'],
        `a relation cannot point from "${relation.source}" to itself`,
      );
    }
    for (const [quoteIndex, evidence] of recordsAt(relation, 'evidence')) {
      if (typeof evidence.reportedBy === 'string' && !actorIds.has(evidence.reportedBy)) {
        report(
          ['relations', index, 'evidence', quoteIndex, 'reportedBy'],
          `no actor has the id "${evidence.reportedBy}"`,
        );
      }
      if (typeof evidence.quote !== 'string' || evidence.quote.trim() === '') continue;
      if (!locateQuote(article, evidence.quote)) {
        const preview =
          evidence.quote.length > 60 ? `${evidence.quote.slice(0, 57)}...` : evidence.quote;
        report(
          ['relations', index, 'evidence', quoteIndex, 'quote'],
          `quote not found in the article: "${preview}"`,
        );
      }
    }
  }
  return problems;
}

/** Parses and validates a dataset's files; on success returns the typed dataset. */
export function validateDataset({
  graphText,
  articleText,
  graphFile = 'graph.json',
}: DatasetFiles): ValidationResult {
  let root: unknown;
  try {
    root = JSON.parse(graphText);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ file: graphFile, path: '', message: `invalid JSON: ${reason}` }],
    };
  }

  const parsed = DatasetSchema.safeParse(root, { reportInput: true });
  const problems = [
    ...(parsed.success ? [] : schemaProblems(graphFile, parsed.error)),
    ...crossReferenceProblems(graphFile, root, articleText),
  ];
  if (problems.length > 0 || !parsed.success) return { ok: false, problems };

  // The cross-reference checks above proved every type is a registry id.
  const dataset = { ...parsed.data, article: articleText } as Dataset;
  return { ok: true, dataset, problems: [] };
}
