/**
 * Validation of a dataset: the zod schema for shape, then the checks a schema cannot express
 * (unique ids, relations and reporters that point to known actors, known relation types, quotes
 * and the article's own names found in the article). Every problem is reported at once, each with its file, JSON path and reason.
 */
import type { z } from 'zod';

import { type Dataset, type DatasetFile, DatasetSchema } from './dataset';
import { type Problem, formatPath } from './problems';
import { articleText } from './quotes';
import { timed } from './stageTiming';
import { BUILT_IN_VOCABULARY, findKind, findType, vocabularyOf } from './vocabulary';

export type ValidationResult =
  { ok: true; dataset: Dataset; problems: [] } | { ok: false; problems: Problem[] };

export interface DatasetFiles {
  graphText: string;
  /** The article beside the graph file (article.txt); a graph may also carry it as `article`. */
  articleText?: string;
  /** How the graph file is named in messages, e.g. `data/russia-ukraine-talks/graph.json`. */
  graphFile?: string;
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
function crossReferenceProblems(
  file: string,
  root: unknown,
  article: string | undefined,
): Problem[] {
  if (!isRecord(root)) return [];
  const problems: Problem[] = [];
  const report = (path: PropertyKey[], message: string) =>
    problems.push({ file, path: formatPath(path), message });
  // Normalised and indexed once for every quote and name below.
  const text = article === undefined ? undefined : articleText(article);

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

  // A dataset's own types and kinds: unique, and never one of ours under another meaning.
  const declared = (key: 'types' | 'kinds', noun: string, isOurs: (id: string) => boolean) => {
    const ids = new Set<string>();
    for (const [index, declaration] of recordsAt(root, key)) {
      if (typeof declaration.id !== 'string') continue;
      if (isOurs(declaration.id)) {
        report(
          [key, index, 'id'],
          `"${declaration.id}" is one of our ${noun}s; use it without declaring it`,
        );
      } else if (ids.has(declaration.id)) {
        report([key, index, 'id'], `duplicate ${noun} id "${declaration.id}"`);
      }
      ids.add(declaration.id);
    }
    return ids;
  };
  const declaredTypes = declared('types', 'relation type', (id) =>
    Boolean(findType(BUILT_IN_VOCABULARY, id)),
  );
  const declaredKinds = declared('kinds', 'actor kind', (id) =>
    Boolean(findKind(BUILT_IN_VOCABULARY, id)),
  );
  const knownType = (id: string) =>
    Boolean(findType(BUILT_IN_VOCABULARY, id)) || declaredTypes.has(id);
  const knownKind = (id: string) =>
    Boolean(findKind(BUILT_IN_VOCABULARY, id)) || declaredKinds.has(id);
  const typeList = () =>
    [...BUILT_IN_VOCABULARY.types.map((type) => type.id), ...declaredTypes].join(', ');
  const kindList = () =>
    [...BUILT_IN_VOCABULARY.kinds.map((kind) => kind.id), ...declaredKinds].join(', ');

  for (const [index, actor] of recordsAt(root, 'actors')) {
    if (typeof actor.kind === 'string' && !knownKind(actor.kind)) {
      report(
        ['actors', index, 'kind'],
        `unknown actor kind "${actor.kind}"; expected one of ${kindList()}, or declare it in "kinds"`,
      );
    }
  }

  // `aliases` are the article's names for an actor and `searchAliases` only help search; a name
  // in the wrong list would have the details claim a name the article never uses, or hide one.
  for (const [index, actor] of text === undefined ? [] : recordsAt(root, 'actors')) {
    const names = (key: 'aliases' | 'searchAliases') => {
      const list = actor[key];
      return Array.isArray(list)
        ? list.flatMap((name, at) =>
            typeof name === 'string' && name.trim() !== '' ? [[at, name] as const] : [],
          )
        : [];
    };
    for (const [at, name] of names('aliases')) {
      if (!text?.containsName(name)) {
        report(
          ['actors', index, 'aliases', at],
          `alias not found in the article: "${name}"; a name only for search belongs in searchAliases`,
        );
      }
    }
    for (const [at, name] of names('searchAliases')) {
      if (text?.containsName(name)) {
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
    if (typeof relation.type === 'string' && !knownType(relation.type)) {
      report(
        ['relations', index, 'type'],
        `unknown relation type "${relation.type}"; known types: ${typeList()}, or declare it in "types"`,
      );
    }
    // With an article, every relation points at the words that report it.
    if (
      article !== undefined &&
      Array.isArray(relation.evidence) &&
      !relation.evidence.some(
        (evidence) => isRecord(evidence) && typeof evidence.quote === 'string',
      )
    ) {
      report(['relations', index, 'evidence'], 'needs at least one quote from the article');
    }
    // ISO dates compare as text at the coarser of the two precisions: "2025-04" ends no
    // earlier than "2025-04-10" starts, since it covers the whole month.
    if (
      typeof relation.date === 'string' &&
      typeof relation.until === 'string' &&
      relation.until.slice(0, relation.date.length) < relation.date.slice(0, relation.until.length)
    ) {
      report(
        ['relations', index, 'until'],
        `the range ends (${relation.until}) before it starts (${relation.date})`,
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
      if (text !== undefined && !text.locate(evidence.quote)) {
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
    root = timed('parse', () => JSON.parse(graphText) as unknown);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ file: graphFile, path: '', message: `invalid JSON: ${reason}` }],
    };
  }
  const result = validateParsed(root, { articleText, graphFile });
  return result.ok ? { ok: true, dataset: result.dataset, problems: [] } : result;
}

/**
 * Validates a graph file already parsed from JSON (the importer parses it once to sniff its
 * format); on success also returns the file as the schema read it, for exports.
 */
export function validateParsed(
  root: unknown,
  { articleText, graphFile = 'graph.json' }: Omit<DatasetFiles, 'graphText'>,
): { ok: true; dataset: Dataset; file: DatasetFile } | { ok: false; problems: Problem[] } {
  const parsed = timed('schema', () => DatasetSchema.safeParse(root, { reportInput: true }));
  const inline = isRecord(root) && typeof root.article === 'string' ? root.article : undefined;
  const problems = [
    ...(parsed.success ? [] : schemaProblems(graphFile, parsed.error)),
    ...(articleText !== undefined && inline !== undefined
      ? [
          {
            file: graphFile,
            path: 'article',
            message: 'the article is given twice: inline and as article.txt',
          },
        ]
      : []),
    ...timed('cross-checks', () => crossReferenceProblems(graphFile, root, articleText ?? inline)),
  ];
  if (problems.length > 0 || !parsed.success) return { ok: false, problems };

  // The inline article was read above (`inline`); the rest of the file is the dataset.
  const { types, kinds, ...rest } = parsed.data;
  delete rest.article;
  const article = articleText ?? inline;
  const dataset: Dataset = {
    ...rest,
    ...(article !== undefined ? { article } : {}),
    vocabulary: timed('vocabulary', () => vocabularyOf(types, kinds)),
  };
  return { ok: true, dataset, file: parsed.data };
}

export { type Problem, formatPath, formatProblem } from './problems';
