/** The dataset format: the zod schema for `graph.json` and the types derived from it. */
import { z } from 'zod';

import { ACTOR_KIND_IDS } from './actorKinds';
import { RELATION_STATUS_IDS } from './relationStatuses';
import type { RelationTypeId } from './relationTypes';

// zod compiles fast parsers with `new Function` unless told not to; the app's CSP forbids eval,
// and even zod's feature probe would be reported as a violation.
z.config({ jitless: true });

/** The form of every id: a dataset's, an actor's, a relation's. Links rely on it too. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const slug = z.string().regex(SLUG, {
  error: 'must be a lowercase slug of letters, digits and hyphens, e.g. "south-africa"',
});

const text = z.string().trim().min(1, { error: 'must not be empty' });

const httpUrl = z.string().refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), {
  error: 'must be an http(s) URL',
});

export const EvidenceSchema = z.strictObject({
  /** A verbatim passage of the article (whitespace aside) that reports the relation. */
  quote: text,
  /**
   * Who reported the quoted statement, where the article says so ("according to the TASS news
   * agency"): the id of an actor. It is the quote's provenance, not a doubt: a claim the article
   * attributes to someone is the relation's `allegedBy`.
   */
  reportedBy: z.string().optional(),
});

export const ActorSchema = z.strictObject({
  id: slug,
  label: text,
  kind: z.enum(ACTOR_KIND_IDS, {
    error: (issue) =>
      `unknown actor kind ${JSON.stringify(issue.input)}; expected one of ${ACTOR_KIND_IDS.join(', ')}`,
  }),
  /** Every way the article names the actor; each must occur in the article. */
  aliases: z.array(text),
  /** Names the article does not use that only help search ("Kyiv" for Ukraine). */
  searchAliases: z.array(text).optional(),
  description: text,
});

export const RelationSchema = z.strictObject({
  id: slug,
  source: z.string(),
  target: z.string(),
  /** Checked against the relation-type registry after parsing, for a message that names it. */
  type: z.string(),
  directed: z.boolean(),
  evidence: z.array(EvidenceSchema).min(1, { error: 'needs at least one quote' }),
  /** When it happened, in the article's own words ("on Wednesday"). */
  when: text.optional(),
  /** For a relation the article reports as someone's claim: the id of the actor who claims it. */
  allegedBy: z.string().optional(),
  /** Whether it happened; absent means `reported` (see relationStatuses.ts). */
  status: z
    .enum(RELATION_STATUS_IDS, {
      error: (issue) =>
        `unknown relation status ${JSON.stringify(issue.input)}; expected one of ${RELATION_STATUS_IDS.join(', ')}`,
    })
    .optional(),
});

/** Where the text came from: only what is known, so every field is optional. */
export const SourceSchema = z.strictObject({
  title: text.optional(),
  publisher: text.optional(),
  url: httpUrl.optional(),
  published: text.optional(),
  note: text.optional(),
});

export const DatasetSchema = z.strictObject({
  id: slug,
  title: text,
  source: SourceSchema,
  actors: z.array(ActorSchema).min(1, { error: 'needs at least one actor' }),
  relations: z.array(RelationSchema),
});

export type Evidence = z.infer<typeof EvidenceSchema>;
export type Actor = z.infer<typeof ActorSchema>;
export type Relation = Omit<z.infer<typeof RelationSchema>, 'type'> & { type: RelationTypeId };
export type DatasetSource = z.infer<typeof SourceSchema>;

/** A dataset that passed validation, together with the article it quotes. */
export interface Dataset extends Omit<z.infer<typeof DatasetSchema>, 'relations'> {
  relations: Relation[];
  article: string;
}

/** The relations an actor takes part in, either end, in dataset order. */
export function relationsOf(dataset: Pick<Dataset, 'relations'>, actorId: string): Relation[] {
  return dataset.relations.filter(
    (relation) => relation.source === actorId || relation.target === actorId,
  );
}
