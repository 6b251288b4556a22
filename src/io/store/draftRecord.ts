/**
 * The shape a kept draft must have when it is read back: a record damaged by another version of
 * the app, a full disk or a hand edit gives a message naming the first bad fields, never a crash
 * deep inside the review screen.
 */
import { z } from 'zod';

import type { Draft, DraftCounts } from '../../coder/draft';
import { formatPath } from '../../domain/problems';

// As in domain/dataset.ts: the app's CSP forbids eval, which zod would otherwise probe for.
z.config({ jitless: true });

const span = z.strictObject({ start: z.number().int().min(0), end: z.number().int().min(0) });
const record = <T extends z.ZodType>(value: T) => z.record(z.string(), value);
const optionalText = z.string().optional();

const mention = z.object({
  actorId: z.string(),
  span,
  // Not held to today's list of ways: a coder that learns another must not damage old drafts.
  via: z.string(),
});

const actor = z.object({
  id: z.string(),
  label: z.string(),
  kind: z.string(),
  names: z.array(z.string()),
  mentions: z.array(mention),
  why: z.string(),
  confidence: z.number(),
});

const status = z.enum(['stalled', 'planned']);

const relation = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  type: z.string(),
  directed: z.boolean(),
  sentence: z.number().int(),
  quote: span,
  status: status.optional(),
  allegedBy: optionalText,
  reportedBy: optionalText,
  when: optionalText,
  why: z.object({
    trigger: z.string(),
    triggerSpan: span,
    rule: z.string(),
    explanation: z.string(),
  }),
  confidence: z.number(),
  notes: z.array(z.string()),
});

const coded = z.object({
  text: z.string(),
  sentences: z.array(z.object({ index: z.number().int(), span })),
  actors: z.array(actor),
  relations: z.array(relation),
  notices: z.array(z.string()),
});

const edit = z.object({
  source: optionalText,
  target: optionalText,
  type: optionalText,
  status: status.nullable().optional(),
  quote: span.optional(),
  allegedBy: z.string().nullable().optional(),
  when: z.string().nullable().optional(),
});

export const DraftSchema = z.object({
  id: z.string().min(1),
  createdAt: z.number(),
  updatedAt: z.number(),
  title: z.string(),
  source: z.object({
    title: optionalText,
    publisher: optionalText,
    url: optionalText,
    published: optionalText,
    note: optionalText,
  }),
  text: z.string(),
  coded: coded.nullable(),
  decisions: record(z.enum(['accepted', 'rejected'])),
  edits: record(edit),
  added: z.array(relation),
  actors: z.object({
    labels: record(z.string()),
    kinds: record(z.string()),
    mergedInto: record(z.string()),
    added: z.array(actor),
  }),
});

/** What the list of drafts shows of one, kept apart so that listing reads no text. */
export interface DraftSummary {
  id: string;
  title: string;
  updatedAt: number;
  counts: DraftCounts;
  /** Whether the coder has run on it. */
  coded: boolean;
}

export const DraftSummarySchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  updatedAt: z.number(),
  counts: z.object({
    pending: z.number(),
    accepted: z.number(),
    rejected: z.number(),
    total: z.number(),
  }),
  coded: z.boolean(),
});

/** A kept draft that cannot be read back as one. */
export class DamagedDraftError extends Error {
  override name = 'DamagedDraftError';
}

/** The draft a kept record holds; throws DamagedDraftError saying what is wrong with it. */
export function parseDraftRecord(value: unknown, id: string): Draft {
  const parsed = DraftSchema.safeParse(value);
  if (parsed.success) return parsed.data as Draft;
  const where = parsed.error.issues
    .slice(0, 3)
    .map((issue) => `${formatPath(issue.path) || 'the record'}: ${issue.message}`)
    .join('; ');
  throw new DamagedDraftError(`The draft “${id}” kept in this browser is damaged (${where}).`);
}
