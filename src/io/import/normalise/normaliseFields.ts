/**
 * The normaliser's field by field work on a relation: evidence, dates, a declared type's class,
 * and the fields that fit ours only sometimes (kept as attributes when they do not).
 */
import type { Attribute, Evidence, Relation } from '../../../domain/dataset';
import { DEFAULT_RELATION_STATUS, RELATION_STATUS_IDS } from '../../../domain/relationStatuses';
import { RELATION_CLASSES } from '../../../domain/vocabulary';
import { isHttpUrl, limitText, normaliseName } from '../fields';
import type { ProblemLog } from '../report';
import { plural, quote } from '../report';
import { type DateReading, readDate } from '../text/dates';
import type { AttributeValue, Attributes, RawEdge } from '../types';
import type { Tally } from './normaliseReport';
import { slugify } from './slugs';

/** Attribute names that give a relation type's class ("verbal-conflict", "Standing ties"). */
const CLASS_NAMES = new Set(['class', 'relationclass', 'typeclass', 'quadclass']);

const foldName = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * A relation's weight, claimant and status where they fit ours; as attributes, reported once
 * per kind of misfit, where they do not.
 */
export function keepExtras(
  edge: RawEdge,
  relation: Relation,
  attributes: Attribute[],
  resolveActor: (name: string) => string | undefined,
  tally: Tally,
): void {
  if (edge.weight !== undefined) {
    if (Number.isFinite(edge.weight) && edge.weight > 0) relation.weight = edge.weight;
    else {
      addAttribute(attributes, 'weight', edge.weight);
      tally.add(
        'weight',
        edge.where,
        String(edge.weight),
        (count, example) =>
          `${plural(count, 'relation has', 'relations have')} a weight that is not a positive number (such as ${quote(example)}); kept as the attribute "weight", since a weight is drawn as the line's width.`,
        'kept',
      );
    }
  }
  if (edge.allegedBy !== undefined) {
    const claimant = resolveActor(edge.allegedBy);
    if (claimant !== undefined) relation.allegedBy = claimant;
    else {
      addAttribute(attributes, 'allegedBy', edge.allegedBy);
      tally.add(
        'allegedBy',
        edge.where,
        edge.allegedBy,
        (count, example) =>
          `${plural(count, 'relation is', 'relations are')} alleged by someone who is not an actor of the file (such as ${quote(example)}); kept as the attribute "allegedBy".`,
        'kept',
      );
    }
  }
  if (edge.status !== undefined) {
    const status = RELATION_STATUS_IDS.find((id) => id === foldName(edge.status ?? ''));
    // The default is left unwritten, as in our own files: "reported" and absent mean the same.
    if (status) {
      if (status !== DEFAULT_RELATION_STATUS) relation.status = status;
    } else {
      addAttribute(attributes, 'status', edge.status);
      tally.add(
        `status:${foldName(edge.status)}`,
        edge.where,
        edge.status,
        (count, example) =>
          `The status ${quote(example)} (${plural(count, 'relation')}) is not one of ours (${RELATION_STATUS_IDS.join(', ')}); kept as the attribute "status".`,
        'kept',
      );
    }
  }
}

/** A relation type's class, from an attribute naming one of ours; the attribute is used up. */
export function takeClass(
  attributes: Attribute[],
  type: string,
  classOfType: Map<string, string>,
): void {
  const index = attributes.findIndex((attribute) => CLASS_NAMES.has(normaliseName(attribute.name)));
  const attribute = attributes[index];
  if (!attribute || typeof attribute.value !== 'string') return;
  const wanted = slugify(attribute.value);
  const found = RELATION_CLASSES.find(
    (relationClass) => relationClass.id === wanted || slugify(relationClass.label) === wanted,
  );
  if (!found) return;
  const known = classOfType.get(type);
  if (known !== undefined && known !== found.id) return;
  classOfType.set(type, found.id);
  attributes.splice(index, 1);
}

/** Quotes and the http(s) address of an edge; a lone quote and the address go together. */
export function evidenceOf(edge: RawEdge, attributes: Attribute[], log: ProblemLog): Evidence[] {
  const quotes = [...new Set(edge.quotes.map((text) => text.trim()).filter(Boolean))];
  const evidence: Evidence[] = quotes.map((text) => ({
    quote: limitText(text, log, edge.where, 'The quote'),
  }));
  const url = edge.url?.trim();
  if (url && isHttpUrl(url)) {
    const [only] = evidence;
    if (only && evidence.length === 1) only.url = url;
    else evidence.push({ url });
  } else if (url) {
    addAttribute(attributes, 'url', url);
    log.add(
      edge.where,
      `${quote(url)} is not an http(s) address, so it will not be shown as a link; it was kept as plain text.`,
      'kept',
    );
  }
  for (const more of edge.urls ?? []) {
    const address = more.trim();
    if (isHttpUrl(address) && !evidence.some((item) => item.url === address))
      evidence.push({ url: address });
  }
  return evidence;
}

/** `date` where the file's date reads as a calendar date, else the words as `when`. */
export function dateFields(
  edge: RawEdge,
  tally: Tally,
  readings: Map<string, DateReading>,
): Pick<Relation, 'date' | 'when'> {
  const text = edge.date?.trim();
  if (!text) return {};
  const reading = readings.get(text) ?? readDate(text);
  readings.set(text, reading);
  if (reading.kind === 'iso') return { date: reading.date };
  if (reading.kind === 'read') {
    tally.addPattern(
      edge.where,
      text,
      (count, example) =>
        `${plural(count, 'date', 'dates')} written like ${quote(example)} ${count === 1 ? 'was' : 'were'} read as calendar dates (${quote(example)} as ${reading.date}).`,
      'repaired',
    );
    // A time of day is not a calendar date's, but it is the source's: kept in its words.
    return /\d:\d/.test(text) ? { date: reading.date, when: text } : { date: reading.date };
  }
  tally.addPattern(
    edge.where,
    text,
    (count, example) =>
      `${plural(count, 'date', 'dates')} written like ${quote(example)} ${count === 1 ? 'is' : 'are'} not a calendar date that can be read without guessing; kept as words ("when").`,
    'kept',
  );
  return { when: text };
}

/**
 * `until`, the end of a date range (event data's last day, our exports' Until column), where it
 * reads as a calendar date no earlier than `date`; else its words stay an attribute, said once.
 */
export function untilField(
  edge: RawEdge,
  date: string | undefined,
  attributes: Attribute[],
  tally: Tally,
  readings: Map<string, DateReading>,
): Pick<Relation, 'until'> {
  const text = edge.until?.trim();
  if (!text) return {};
  const reading = readings.get(text) ?? readDate(text);
  readings.set(text, reading);
  // Compared at the coarser precision: 2025-04 – 2025-04-20 is a range, 2025-05 – 2025-04 is not.
  if (
    date !== undefined &&
    reading.kind !== 'words' &&
    reading.date.slice(0, date.length) >= date.slice(0, reading.date.length)
  )
    return { until: reading.date };
  addAttribute(attributes, 'until', text);
  tally.addPattern(
    edge.where,
    text,
    (count, example) =>
      `${plural(count, 'range end', 'range ends')} like ${quote(example)} ${count === 1 ? 'is' : 'are'} not a calendar date on or after the relation's date; kept as the attribute "until".`,
    'kept',
  );
  return {};
}

/** A file's attributes as name/value pairs: a name such as `__proto__` stays a name. */
export function attributeList(attributes: Attributes): Attribute[] {
  // A Map's names are unique already: no need to look for a pair before adding one.
  return [...attributes].map(([name, value]) => ({
    name: name.trim() === '' ? 'unnamed' : name,
    value: typeof value === 'number' && !Number.isFinite(value) ? String(value) : value,
  }));
}

/** Adds a field of ours that has no place in the dataset, unless the file has the same pair. */
export function addAttribute(list: Attribute[], name: string, value: AttributeValue): void {
  const safe = typeof value === 'number' && !Number.isFinite(value) ? String(value) : value;
  const safeName = name.trim() === '' ? 'unnamed' : name;
  if (list.some((attribute) => attribute.name === safeName && attribute.value === safe)) return;
  list.push({ name: safeName, value: safe });
}
