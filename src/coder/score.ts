/**
 * How a coding compares with a person's coding of the same text: which actors and which relation
 * triples (source, type, target) both have. Ids differ between the two ("putin" against
 * "vladimir-putin"), so actors are matched by the names they share. Pure: the benchmark and the
 * tests call it alike.
 */
import type { DatasetFile } from '../domain/dataset';

/** A relation reduced to what is compared: its two actors' ids and its type. */
export interface Triple {
  source: string;
  type: string;
  target: string;
  directed: boolean;
}

export interface ActorRef {
  id: string;
  label: string;
}

/** How much of the gold one side found, and what it got wrong. */
export interface Agreement<Item> {
  /** Distinct items in the gold coding. */
  gold: number;
  /** Distinct items suggested. */
  suggested: number;
  /** Pairs of a suggested and a gold item, each item in one pair at most. */
  matched: number;
  /** matched / gold; 0 when the gold has none. */
  recall: number;
  /** matched / suggested; 0 when nothing was suggested. */
  precision: number;
  /** Gold items nothing suggested matched. */
  missed: Item[];
  /** Suggested items that matched no gold item. */
  wrong: Item[];
}

export interface CodingScore {
  relations: Agreement<Triple>;
  actors: Agreement<ActorRef>;
}

type Coding = Pick<DatasetFile, 'actors' | 'relations'>;

/**
 * The form in which two names count as the same: case, a leading "the ", curly or straight
 * quotes and runs of whitespace aside ("the Kremlin" = "Kremlin", "European “hawks”" =
 * "european \"hawks\"").
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^the /, '');
}

/** Scores a suggested coding against a gold one: actors by shared names, relations by triple. */
export function scoreCoding(predicted: Coding, gold: Coding): CodingScore {
  const goldIdsByName = new Map<string, Set<string>>();
  for (const actor of gold.actors) {
    for (const name of namesOf(actor)) {
      const ids = goldIdsByName.get(name) ?? new Set<string>();
      ids.add(actor.id);
      goldIdsByName.set(name, ids);
    }
  }
  // Which gold actors each suggested actor may stand for: every one it shares a name with.
  const goldFor = new Map<string, Set<string>>();
  for (const actor of predicted.actors) {
    const ids = new Set<string>();
    for (const name of namesOf(actor)) for (const id of goldIdsByName.get(name) ?? []) ids.add(id);
    goldFor.set(actor.id, ids);
  }
  const same = (predictedId: string, goldId: string) =>
    goldFor.get(predictedId)?.has(goldId) ?? false;

  const actors = agreement(
    predicted.actors.map(({ id, label }) => ({ id, label })),
    gold.actors.map(({ id, label }) => ({ id, label })),
    (suggested, truth) => same(suggested.id, truth.id),
  );
  const relations = agreement(
    distinctTriples(predicted),
    distinctTriples(gold),
    (suggested, truth) =>
      suggested.type === truth.type &&
      ((same(suggested.source, truth.source) && same(suggested.target, truth.target)) ||
        // An undirected relation on either side reads the same both ways.
        ((!suggested.directed || !truth.directed) &&
          same(suggested.source, truth.target) &&
          same(suggested.target, truth.source))),
  );
  return { relations, actors };
}

function namesOf(actor: Coding['actors'][number]): string[] {
  return [actor.label, ...actor.aliases].map(nameKey);
}

/** One triple per source, type and target: a relation reported twice is one relation. */
function distinctTriples(coding: Coding): Triple[] {
  const byKey = new Map<string, Triple>();
  for (const { source, type, target, directed } of coding.relations) {
    const ends = directed ? `${source}>${target}` : [source, target].sort().join('~');
    const key = `${type}|${ends}`;
    if (!byKey.has(key)) byKey.set(key, { source, type, target, directed });
  }
  return [...byKey.values()];
}

/**
 * Pairs suggested with gold items, each at most once, as many pairs as the predicate allows (a
 * maximum bipartite matching: a greedy pairing could spend a gold item on one suggestion that
 * another suggestion needed).
 */
function agreement<Item>(
  suggested: Item[],
  gold: Item[],
  matches: (suggested: Item, gold: Item) => boolean,
): Agreement<Item> {
  const candidates = suggested.map((item) =>
    gold.flatMap((truth, index) => (matches(item, truth) ? [index] : [])),
  );
  const suggestionOfGold = new Array<number>(gold.length).fill(-1);
  const augment = (index: number, seen: boolean[]): boolean => {
    for (const goldIndex of candidates[index] ?? []) {
      if (seen[goldIndex]) continue;
      seen[goldIndex] = true;
      const holder = suggestionOfGold[goldIndex] ?? -1;
      if (holder < 0 || augment(holder, seen)) {
        suggestionOfGold[goldIndex] = index;
        return true;
      }
    }
    return false;
  };
  let matched = 0;
  for (let index = 0; index < suggested.length; index++) {
    if (augment(index, new Array<boolean>(gold.length).fill(false))) matched++;
  }
  const pairedSuggestions = new Set(suggestionOfGold.filter((index) => index >= 0));
  return {
    gold: gold.length,
    suggested: suggested.length,
    matched,
    recall: gold.length === 0 ? 0 : matched / gold.length,
    precision: suggested.length === 0 ? 0 : matched / suggested.length,
    missed: gold.filter((_, index) => suggestionOfGold[index] === -1),
    wrong: suggested.filter((_, index) => !pairedSuggestions.has(index)),
  };
}
