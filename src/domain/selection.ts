/** What the user has selected: one actor or one relation. */
export type Selection = { kind: 'actor'; id: string } | { kind: 'relation'; id: string };
