/** What the user has selected: one actor or one relation. */
export type Selection = { kind: 'actor'; id: string } | { kind: 'relation'; id: string };

/** Whether two selections pick the same element (either may be null). */
export function sameSelection(a: Selection | null, b: Selection | null): boolean {
  return a?.kind === b?.kind && a?.id === b?.id;
}
