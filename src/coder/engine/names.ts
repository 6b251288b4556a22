/**
 * Who a sentence names from our tables (the gazetteer's states, bodies and leaders), and the
 * informal groups it names by region ("European “hawks”", "Western countries"). Other people and
 * organisations are found in `otherNames.ts`.
 */
import {
  type KnownEntity,
  type KnownName,
  LEADERS_AS_OF,
  organizationById,
  stateById,
} from '../gazetteer';
import type { ActorRecord } from './actors';
import type { CodingContext } from './context';
import { isPreposition } from './grammar';
import type { Token } from './tokens';
import { type SentenceView, addSlot } from './view';

const REGIONS = new Set(
  'european western eastern arab african asian nordic baltic gulf balkan scandinavian allied'.split(
    ' ',
  ),
);
const GROUP_NOUNS = new Set(
  (
    'countries nations states allies powers leaders governments hawks partners officials diplomats ' +
    'capitals donors lawmakers militaries neighbours neighbors members backers supporters critics ' +
    'hardliners doves'
  ).split(' '),
);
/** Marks the table names that fall in this sentence and makes their actors. */
export function markKnownNames(
  view: SentenceView,
  known: readonly KnownName[],
  context: CodingContext,
): void {
  for (const name of known) {
    const range = tokenRange(view, name.span.start, name.span.end);
    if (!range) continue;
    const actor = knownActor(name, context);
    addSlot(view, { actorId: actor.id, from: range[0], to: range[1], via: name.via });
    context.registry.mention(actor, name.span, name.via);
  }
}

/**
 * The actor of a state or body from our tables that the text may not name itself: the state a
 * leaders-table entry belongs to ("the Trump administration" is the United States).
 */
export function tableActor(context: CodingContext, id: string): ActorRecord | undefined {
  const existing = context.registry.get(id);
  if (existing) return existing;
  const state = stateById(id);
  if (state) return actorOf({ kind: 'state', entry: state }, context);
  const body = organizationById(id);
  return body ? actorOf({ kind: 'organization', entry: body }, context) : undefined;
}

function knownActor(name: KnownName, context: CodingContext): ActorRecord {
  return actorOf(name.entity, context);
}

function actorOf(entity: KnownEntity, context: CodingContext): ActorRecord {
  if (entity.kind === 'state') {
    return context.registry.ensure({
      label: entity.entry.name,
      kind: 'state',
      why: `Country table: ${entity.entry.name}`,
      confidence: 0.95,
      known: entity,
    });
  }
  if (entity.kind === 'organization') {
    return context.registry.ensure({
      label: entity.entry.name,
      kind: entity.entry.kind,
      why: `Organisations table: ${entity.entry.name} (${entity.entry.kind})`,
      confidence: 0.95,
      known: entity,
    });
  }
  const actor = context.registry.ensure({
    label: entity.entry.name,
    kind: 'leader',
    why: `Leaders table (as of ${LEADERS_AS_OF.split(' (')[0] ?? ''}): ${entity.entry.name}, ${entity.entry.title}`,
    confidence: 0.9,
    known: entity,
  });
  return actor;
}

/** "European “hawks”", "Western countries": a region and a plural of people or states. */
export function markGroups(view: SentenceView, context: CodingContext): void {
  const { tokens } = view;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const region = tokens[i] as Token;
    const noun = tokens[i + 1] as Token;
    if (!region.capitalized || !REGIONS.has(region.word) || !GROUP_NOUNS.has(noun.word)) continue;
    const taken = view.slotAt[i];
    if (view.slotAt[i + 1] || (taken && taken.via !== 'demonym')) continue;
    if (isPreposition(tokens[i - 1]) && tokens[i - 1]?.word === 'of') continue;
    const label = `${region.text} ${noun.text}`;
    const actor = context.registry.ensure({
      label,
      kind: 'group',
      why: 'A group the text names by region, with no body behind it',
      confidence: 0.6,
    });
    const span = { start: region.start, end: noun.end + (/^[”"’']/.test(noun.post) ? 1 : 0) };
    addSlot(view, { actorId: actor.id, from: i, to: i + 2, via: 'name' });
    context.registry.mention(actor, span, 'name');
  }
}

/** The tokens a character span covers, as [from, to). */
export function tokenRange(
  view: SentenceView,
  start: number,
  end: number,
): [number, number] | undefined {
  let from = -1;
  let to = -1;
  view.tokens.forEach((token, i) => {
    if (token.end > start && token.start < end) {
      if (from < 0) from = i;
      to = i + 1;
    }
  });
  return from < 0 ? undefined : [from, to];
}
