/** A problem found in a dataset file, and how it is written: kept apart from validation (zod). */

export interface Problem {
  file: string;
  /** JSON path in the style `relations[3].evidence[0].quote`; empty for the whole file. */
  path: string;
  message: string;
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
