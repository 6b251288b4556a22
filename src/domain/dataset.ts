/** The dataset format: the zod schema for `graph.json` and the types derived from it. */
import { z } from 'zod';

import { SLUG, TYPE_ID } from './ids';
import { RELATION_STATUS_IDS } from './relationStatuses';
import { RELATION_CLASSES, type Vocabulary } from './vocabulary';

// zod compiles fast parsers with `new Function` unless told not to; the app's CSP forbids eval,
// and even zod's feature probe would be reported as a violation.
z.config({ jitless: true });

const slug = z.string().regex(SLUG, {
  error: 'must be a lowercase slug of letters, digits and hyphens, e.g. "south-africa"',
});

const text = z.string().trim().min(1, { error: 'must not be empty' });

const httpUrl = z.string().refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), {
  error: 'must be an http(s) URL',
});

/**
 * A file's own attributes (a spreadsheet's extra columns, a GEXF attribute): a list of pairs, not
 * an object, so that a name such as `__proto__` stays a name and never reaches a prototype.
 */
export const AttributeSchema = z.strictObject({
  name: z.string().min(1, { error: 'must not be empty' }),
  value: z.union([z.string(), z.number(), z.boolean()]),
});

const attributes = z.array(AttributeSchema).optional();

const finite = z.number().refine(Number.isFinite, { error: 'must be a finite number' });

/** A calendar date as precise as the source: `2025`, `2025-04` or `2025-04-23`. */
const isoDate = z.string().regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, {
  error: 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD',
});

export const EvidenceSchema = z
  .strictObject({
    /** A passage that reports the relation: verbatim from the article, when the dataset has one. */
    quote: text.optional(),
    /** Where the relation is reported: a web page (http or https only). */
    url: httpUrl.optional(),
    /**
     * Who reported the quoted statement, where the article says so ("according to the TASS news
     * agency"): the id of an actor. It is the quote's provenance, not a doubt: a claim the article
     * attributes to someone is the relation's `allegedBy`.
     */
    reportedBy: z.string().optional(),
  })
  .refine((evidence) => evidence.quote !== undefined || evidence.url !== undefined, {
    error: 'needs a quote or a url',
  });

/** A calendar day, as coded event data gives it. */
const isoDay = z.string().regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, {
  error: 'must be a day written YYYY-MM-DD',
});

/**
 * One coded event behind a relation: a GDELT row, an ICEWS or POLECAT event. Event data reports
 * the same source, type and target many times; the importer keeps one relation per triple and
 * its events here, so the details can list them and a time range can count them.
 */
export const EventSchema = z.strictObject({
  /** The event's id in its source (GLOBALEVENTID, Event ID). */
  id: z.string().min(1).optional(),
  date: isoDay,
  /** The source's own code for what happened (CAMEO `193`, PLOVER `ASSAULT`); see `coding`. */
  code: z.string().min(1).optional(),
  /** The article the event was coded from. */
  url: httpUrl.optional(),
  /** The source's score of the event (GDELT's Goldstein scale, ICEWS or POLECAT intensity). */
  score: finite.optional(),
});

export const ActorSchema = z.strictObject({
  id: slug,
  label: text,
  /** One of ours (`state`, `leader`…) or one the dataset declares in `kinds`; checked after parsing. */
  kind: z.string(),
  /** Every way the article names the actor; each must occur in the article. */
  aliases: z.array(text),
  /** Names the article does not use that only help search ("Kyiv" for Ukraine). */
  searchAliases: z.array(text).optional(),
  description: text.optional(),
  /** Where a file placed the actor; offered as the "As in the file" layout. */
  position: z.strictObject({ x: finite, y: finite }).optional(),
  /** The colour a file gave the actor, as #rrggbb; drawn in the "As in the file" look. */
  color: z
    .string()
    .regex(/^#[0-9a-f]{6}$/, { error: 'must be a colour written #rrggbb (lower case)' })
    .optional(),
  /** The size a file gave the actor, in the file's own unit; drawn to scale in that look. */
  size: z.number().positive({ error: 'must be a positive number' }).finite().optional(),
  attributes,
});

export const RelationSchema = z.strictObject({
  id: slug,
  source: z.string(),
  target: z.string(),
  /** One of ours or one the dataset declares in `types`; checked after parsing, for a message that names it. */
  type: z.string(),
  directed: z.boolean(),
  /** What reports it. A dataset with an article needs at least one quote per relation. */
  evidence: z.array(EvidenceSchema),
  /** When it happened, in the source's own words ("on Wednesday"). */
  when: text.optional(),
  /** When it happened, as a calendar date, where the source gives one; the first day of a range. */
  date: isoDate.optional(),
  /** The last day, when it spans a range (the last of its events); not before `date`. */
  until: isoDate.optional(),
  /** The coded events it aggregates, oldest first; its date range spans them. */
  events: z.array(EventSchema).optional(),
  /** A file's own words for this relation, where they say more than its type. */
  label: text.optional(),
  description: text.optional(),
  /** How much of it there is (a count of events, an amount): drawn as width. */
  weight: z.number().positive({ error: 'must be a positive number' }).optional(),
  /** For a relation the article reports as someone's claim: the id of the actor who claims it. */
  allegedBy: z.string().optional(),
  /** Whether it happened; absent means `reported` (see relationStatuses.ts). */
  status: z
    .enum(RELATION_STATUS_IDS, {
      error: (issue) =>
        `unknown relation status ${JSON.stringify(issue.input)}; expected one of ${RELATION_STATUS_IDS.join(', ')}`,
    })
    .optional(),
  attributes,
});

/** A relation type the dataset brings, beyond ours: a file's "funds" or "married to". */
export const TypeDeclarationSchema = z.strictObject({
  id: z.string().regex(TYPE_ID, {
    error: 'must be letters and digits, joined by single hyphens or underscores',
  }),
  label: text,
  class: z
    .enum(RELATION_CLASSES.map((relationClass) => relationClass.id) as [string, ...string[]], {
      error: (issue) =>
        `unknown class ${JSON.stringify(issue.input)}; expected one of ${RELATION_CLASSES.map((c) => c.id).join(', ')}`,
    })
    .optional(),
  description: text.optional(),
  /** How it reads from its source ("funds") and, for a directed type, from its target ("is funded by"). */
  active: text.optional(),
  passive: text.optional(),
});

/** An actor kind the dataset brings, beyond ours: a file's "Person" or "Football club". */
export const KindDeclarationSchema = z.strictObject({
  id: slug,
  label: text,
  description: text.optional(),
});

/** How a dataset's events are coded: which code book `code` uses, and what `score` measures. */
export const CodingSchema = z.strictObject({
  /** The event format the data came from ("GDELT 2.0 events", "ICEWS", "POLECAT"). */
  format: text,
  codes: z.enum(['CAMEO', 'PLOVER']),
  /** What an event's score is ("Goldstein scale", "Intensity"). */
  score: text.optional(),
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
  /** The dataset's own relation types and actor kinds; ours need no declaration. */
  types: z.array(TypeDeclarationSchema).optional(),
  kinds: z.array(KindDeclarationSchema).optional(),
  actors: z.array(ActorSchema).min(1, { error: 'needs at least one actor' }),
  relations: z.array(RelationSchema),
  /** Present when the relations aggregate coded events (GDELT, ICEWS, POLECAT). */
  coding: CodingSchema.optional(),
  /** The text the quotes come from, for a single-file dataset; shipped ones keep it in article.txt. */
  article: text.optional(),
});

export type Evidence = z.infer<typeof EvidenceSchema>;
export type CodedEvent = z.infer<typeof EventSchema>;
export type Coding = z.infer<typeof CodingSchema>;
export type Attribute = z.infer<typeof AttributeSchema>;
export type Actor = z.infer<typeof ActorSchema>;
export type Relation = z.infer<typeof RelationSchema>;
export type DatasetSource = z.infer<typeof SourceSchema>;
export type TypeDeclaration = z.infer<typeof TypeDeclarationSchema>;
export type KindDeclaration = z.infer<typeof KindDeclarationSchema>;

/** A dataset file as written: `graph.json`, or what an importer makes of another format. */
export type DatasetFile = z.infer<typeof DatasetSchema>;

/**
 * A dataset that passed validation: its actors and relations, the article its quotes come from
 * (when it has one), and its vocabulary (our types and kinds plus those it declares).
 */
export interface Dataset extends Omit<DatasetFile, 'types' | 'kinds' | 'article'> {
  article?: string;
  vocabulary: Vocabulary;
}

export { SLUG, TYPE_ID };
