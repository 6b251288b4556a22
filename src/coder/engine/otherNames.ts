/**
 * People and organisations our tables do not know, found among the capitalised words. A run of
 * capitals is an organisation when it ends in a body's word ("State Emergency Service", "Ministry
 * of Foreign Affairs") or follows one ("airline Mahan Air", "firms including Siemens"); a person
 * when compromise knows the first name, a title stands before it, or it speaks ("…, Steffen
 * Seibert, said"). A lone capital that begins or ends an earlier name is that actor again
 * ("Shmyhal", "Mahan"). Anything else stays unnamed: a wrong actor costs more than a missing one.
 */
import { type ActorRecord, isPerson } from './actors';
import type { CodingContext } from './context';
import { SPEECH, commaAfter, is } from './grammar';
import {
  DESCRIPTORS,
  GROUP_HEADS,
  NON_STATE,
  OF_HEADS,
  ORGANIZATION_HEADS,
  PARTICLE,
  PERSON_TAGS,
  PERSON_VERBS,
  PLURAL_DESCRIPTORS,
  STATE_BODY_HEADS,
  nameWord,
  titleCase,
} from './nameWords';
import type { Token } from './tokens';
import { type SentenceView, type Slot, addSlot, spanOf, wordsOf } from './view';

/** Marks the capitalised names the tables do not know. */
export function markOtherNames(
  view: SentenceView,
  context: CodingContext,
  titleWords: boolean[],
): void {
  const { tokens } = view;
  if (view.sentence.headline && titleCase(tokens)) return;
  let listOfBodies = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (
      PLURAL_DESCRIPTORS.has(token.word) &&
      /^(including|like|such)$/.test(tokens[i + 1]?.word ?? '')
    ) {
      listOfBodies = true;
    } else if (
      listOfBodies &&
      !nameWord(view, i, titleWords) &&
      !/^(and|or|as|including|such|like)$/.test(token.word) &&
      !view.slotAt[i]
    ) {
      listOfBodies = false;
    }
    const again = token.capitalized && !view.slotAt[i] ? earlierActor(context, [token]) : undefined;
    if (again && !nameWord(view, i + 1, titleWords)) {
      // "Mahan has been …": a name met before, even where a capital says nothing.
      addSlot(view, {
        actorId: again.id,
        from: i,
        to: i + 1,
        via: isPerson(again) ? 'surname' : 'alias',
      });
      context.registry.mention(
        again,
        spanOf(view, i, i + 1),
        isPerson(again) ? 'surname' : 'alias',
      );
      continue;
    }
    if (!nameWord(view, i, titleWords)) continue;
    let end = i + 1;
    while (
      end < tokens.length &&
      !/[,;:—–(]/.test(tokens[end - 1]?.post ?? '') &&
      !tokens[end]?.pre.includes('(')
    ) {
      if (nameWord(view, end, titleWords)) end++;
      else if (PARTICLE.test(tokens[end]?.word ?? '') && nameWord(view, end + 1, titleWords))
        end += 2;
      else break;
    }
    const run = tokens.slice(i, end);
    const earlier = earlierActor(context, run);
    if (earlier) {
      addSlot(view, {
        actorId: earlier.id,
        from: i,
        to: end,
        via: isPerson(earlier) ? 'surname' : 'alias',
      });
      context.registry.mention(
        earlier,
        spanOf(view, i, end),
        isPerson(earlier) ? 'surname' : 'alias',
      );
    } else {
      markRun(view, context, i, end, titleWords, listOfBodies);
    }
    i = end - 1;
  }
}

function markRun(
  view: SentenceView,
  context: CodingContext,
  from: number,
  end: number,
  titleWords: boolean[],
  listOfBodies: boolean,
): void {
  const { tokens } = view;
  let to = end;
  let kind: 'person' | 'organization' | 'group' | undefined = kindOfRun(
    view,
    from,
    to,
    titleWords,
    listOfBodies,
  );
  const head = tokens[to];
  if (head && GROUP_HEADS.has(head.word) && !head.capitalized) {
    to += 1;
    kind = 'group';
  }
  let ofState: Slot | undefined;
  const last = tokens[to - 1] as Token;
  if (
    (kind === 'organization' || OF_HEADS.has(last.word)) &&
    tokens[to]?.word === 'of' &&
    !commaAfter(last)
  ) {
    let k = to + 1;
    if (tokens[k]?.word === 'the') k++;
    const slot = view.slotAt[k];
    if (slot && context.registry.get(slot.actorId)?.kind === 'state') {
      ofState = slot;
      to = slot.to;
      kind = 'organization';
    } else if (nameWord(view, k, titleWords)) {
      while (nameWord(view, k, titleWords) && !commaAfter(tokens[k - 1])) k++;
      to = k;
      kind = 'organization';
    }
  }
  if (!kind) return;
  addBody(view, context, from, to, kind, ofState);
}

function kindOfRun(
  view: SentenceView,
  from: number,
  to: number,
  titleWords: boolean[],
  listOfBodies: boolean,
): 'person' | 'organization' | undefined {
  const run = view.tokens.slice(from, to);
  const last = run[run.length - 1] as Token;
  const owner = view.slotAt[from - 1];
  const before = view.tokens[owner ? owner.from - 1 : from - 1];
  if (ORGANIZATION_HEADS.has(last.word) || run.some((token) => token.tags.has('Organization')))
    return 'organization';
  if (listOfBodies || (before && DESCRIPTORS.has(before.word))) return 'organization';
  if (
    before?.word === 'the' &&
    DESCRIPTORS.has(view.tokens[(owner ? owner.from : from) - 2]?.word ?? '')
  ) {
    return 'organization';
  }
  if (titleWords[from - 1]) return 'person';
  if (run.some((token) => PERSON_TAGS.some((tag) => token.tags.has(tag)))) return 'person';
  if (run.some((token) => token.tags.has('Place'))) return undefined;
  // "…, Steffen Seibert, said" or "Yulia Svyrydenko said": a name that speaks is a person.
  const next = view.tokens[to];
  const acts = is(next, SPEECH) || PERSON_VERBS.has(next?.word ?? '');
  if (run.length >= 2 && (acts || (commaAfter(last) && titleWords[to]))) return 'person';
  return undefined;
}

function addBody(
  view: SentenceView,
  context: CodingContext,
  from: number,
  to: number,
  kind: 'person' | 'organization' | 'group',
  ofState: Slot | undefined,
): void {
  const { text, registry } = context;
  let start = from;
  // "Ukrainian State Emergency Service": the demonym belongs to the body's name.
  const before = view.slotAt[from - 1];
  let owner = ofState;
  const beforeToken = view.tokens[from - 1];
  if (
    kind !== 'person' &&
    before &&
    before.to === from &&
    !beforeToken?.possessive &&
    !beforeToken?.text.includes('-')
  ) {
    const state = registry.get(before.actorId);
    if (state?.kind === 'state' && before.via !== 'metonym') {
      start = before.from;
      // "Syrian Army" is Syria's; "Syrian Democratic Forces" is not.
      const words = view.tokens.slice(from, to).map((token) => token.word);
      if (
        words.some((word) => STATE_BODY_HEADS.has(word)) &&
        !words.some((word) => NON_STATE.has(word))
      ) {
        owner ??= before;
      }
    }
  }
  const label = wordsOf(text, view, start, to).replace(/[’']s$/, '');
  const actor = registry.ensure({
    label,
    kind,
    why: kind === 'person' ? 'Named person' : 'Named organisation',
    confidence: kind === 'person' ? 0.75 : 0.7,
  });
  const span = spanOf(view, start, to);
  addSlot(view, { actorId: actor.id, from: start, to, via: 'name' });
  registry.mention(actor, span, 'name');
  // "Syrian Democratic Forces (SDF)": the short form is another of its names.
  const short = view.tokens[to];
  if (kind !== 'person' && short && /^[A-Z]{2,6}$/.test(short.text) && short.pre.includes('(')) {
    addSlot(view, { actorId: actor.id, from: to, to: to + 1, via: 'alias' });
    registry.mention(actor, spanOf(view, to, to + 1), 'alias');
  }
  if (!owner) return;
  actor.partOf = owner.actorId;
  const ownerLabel = registry.get(owner.actorId)?.label ?? owner.actorId;
  context.candidates.push({
    sentence: view.sentence.index,
    type: 'PART_OF',
    source: actor.id,
    target: owner.actorId,
    directed: true,
    quote: span,
    trigger: wordsOf(text, view, owner.from, owner.to),
    triggerSpan: spanOf(view, owner.from, owner.to),
    rule: 'name:part-of',
    explanation: `“${label}”: ${ownerLabel} in a body's name makes it a body of ${ownerLabel}.`,
    base: 0.8,
    sourceLink: 'name',
    targetLink: owner.via,
    notes: [],
  });
}

/** A person named in full before, by surname ("Shmyhal"); a body by its first word ("Mahan"). */
function earlierActor(context: CodingContext, run: readonly Token[]): ActorRecord | undefined {
  const words = run
    .map((token) => token.text)
    .join(' ')
    .replace(/[’']s$/, '');
  return namesIndex(context).get(run.length === 1 ? words : `${words}\u0000long`)?.[0];
}

interface NamesIndex {
  version: number;
  byWords: Map<string, ActorRecord[]>;
}

const indexes = new WeakMap<CodingContext, NamesIndex>();

/** What a later short name can stand for, rebuilt only when the actors or their names change. */
function namesIndex(context: CodingContext): Map<string, ActorRecord[]> {
  const { registry } = context;
  const cached = indexes.get(context);
  if (cached && cached.version === registry.version) return cached.byWords;
  const byWords = new Map<string, ActorRecord[]>();
  const add = (key: string, actor: ActorRecord) =>
    byWords.set(key, [...(byWords.get(key) ?? []), actor]);
  for (const actor of registry.all()) {
    const parts = actor.label.split(' ');
    const body = actor.why === 'Named organisation';
    if (body) for (const name of actor.names) if (!name.includes(' ')) add(name, actor);
    if (parts.length < 2 || actor.label.includes(' of ')) continue;
    if (isPerson(actor)) {
      // Every tail of the name: "Shmyhal", "al-Assad", "Le Drian".
      for (let k = 1; k < parts.length; k++) {
        const tail = parts.slice(k).join(' ');
        add(k === parts.length - 1 ? tail : `${tail}\u0000long`, actor);
      }
    } else if (body && (parts[0]?.length ?? 0) > 3) {
      add(parts[0] as string, actor);
      add(`${parts[0] as string}s`, actor);
    }
  }
  indexes.set(context, { version: registry.version, byWords });
  return byWords;
}
