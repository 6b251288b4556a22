/**
 * A seeded generator of realistic actor graphs, for benchmarks and big-graph tests. The shape is
 * what event data and long coverage look like: heavy-tailed degrees (a few hubs in most
 * relations, a long tail of actors named once), PLOVER types in proportions close to coded news,
 * many parallel relations between busy pairs, dated events over half a year, and one quote of
 * realistic length per relation. The article is built from the quotes, so the dataset validates
 * like a real one. The same options always give the same files.
 */
import type { ActorKindId } from '../../src/domain/actorKinds';
import { seededRandom } from '../../src/domain/random';
import type { RelationTypeId } from '../../src/domain/relationTypes';

export interface GeneratorOptions {
  /** How many relations to generate. */
  relations: number;
  seed?: number;
}

interface GeneratedActor {
  id: string;
  label: string;
  kind: ActorKindId;
  aliases: string[];
  description: string;
}

interface GeneratedRelation {
  id: string;
  source: string;
  target: string;
  type: RelationTypeId;
  directed: boolean;
  evidence: { quote: string }[];
  when: string;
  /** The same day as `when`, as a date, so the timeline has something to show. */
  date: string;
}

/** A dataset in the shape of `graph.json`, with the article its quotes come from. */
export interface GeneratedDataset {
  graph: {
    id: string;
    title: string;
    source: { note: string };
    actors: GeneratedActor[];
    relations: GeneratedRelation[];
  };
  article: string;
}

/** Draws from weighted choices in O(log n) with a cumulative table. */
function weightedPicker<T>(items: readonly T[], weights: readonly number[], random: () => number) {
  const cumulative: number[] = [];
  let total = 0;
  for (const weight of weights) cumulative.push((total += weight));
  return (): T => {
    const at = random() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] as number) < at) low = middle + 1;
      else high = middle;
    }
    return items[low] as T;
  };
}

// Shares close to those of coded news extracts: talk and verbal conflict dominate, force is a
// minority, standing ties are few.
const TYPE_SHARES: [RelationTypeId, number][] = [
  ['CONSULT', 22],
  ['ACCUSE', 12],
  ['REQUEST', 10],
  ['SUPPORT', 8],
  ['ASSAULT', 7],
  ['COOPERATE', 6],
  ['AGREE', 5],
  ['THREATEN', 5],
  ['AID', 4],
  ['REJECT', 4],
  ['PROTEST', 3],
  ['SANCTION', 3],
  ['COERCE', 3],
  ['MOBILIZE', 2],
  ['CONCEDE', 1],
  ['RETREAT', 1],
  ['LEADS', 1],
  ['OFFICIAL_OF', 1],
  ['MEMBER_OF', 1],
  ['ALLY_OF', 0.5],
  ['TIES_WITH', 0.5],
  ['PART_OF', 0.5],
];

const UNDIRECTED = new Set<RelationTypeId>([
  'CONSULT',
  'AGREE',
  'COOPERATE',
  'ALLY_OF',
  'TIES_WITH',
]);

const KIND_SHARES: [ActorKindId, number][] = [
  ['state', 25],
  ['leader', 35],
  ['organization', 20],
  ['group', 12],
  ['bloc', 5],
  ['meeting', 3],
];

const SYLLABLES = [
  'va',
  'ren',
  'mo',
  'ta',
  'lis',
  'kor',
  'an',
  'dri',
  'sel',
  'um',
  'bar',
  'ne',
  'ti',
  'os',
  'ga',
  'lu',
  'mir',
  'ze',
  'ha',
  'pol',
];
const GIVEN = [
  'Ana',
  'Boris',
  'Chen',
  'Dara',
  'Emil',
  'Farah',
  'Goran',
  'Hana',
  'Ivo',
  'Jana',
  'Kofi',
  'Lena',
  'Marek',
  'Nadia',
  'Omar',
  'Petra',
  'Rafael',
  'Sina',
  'Tomas',
  'Yara',
];
const ORGANIZATION_WORDS = [
  'Council',
  'Agency',
  'Commission',
  'Ministry',
  'Front',
  'Union',
  'Service',
  'Assembly',
];
const GROUP_WORDS = ['protesters', 'militia', 'hawks', 'veterans', 'students', 'farmers'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June'];

const CLAUSES: Record<RelationTypeId, string> = {
  AGREE: 'reached an agreement with',
  CONSULT: 'held talks with',
  SUPPORT: 'voiced support for',
  CONCEDE: 'made concessions to',
  COOPERATE: 'began joint work with',
  AID: 'sent aid to',
  RETREAT: 'withdrew forces facing',
  REQUEST: 'called on',
  ACCUSE: 'accused',
  REJECT: 'rejected a proposal from',
  THREATEN: 'threatened',
  PROTEST: 'staged protests against',
  SANCTION: 'imposed sanctions on',
  MOBILIZE: 'mobilised troops against',
  COERCE: 'expelled diplomats of',
  ASSAULT: 'launched strikes on',
  LEADS: 'was confirmed as the head of',
  OFFICIAL_OF: 'was named an official of',
  PART_OF: 'was placed under',
  MEMBER_OF: 'was admitted as a member of',
  ALLY_OF: 'renewed its alliance with',
  TIES_WITH: 'deepened its ties with',
};

const TAILS = [
  'according to officials familiar with the matter',
  'in a statement released late in the evening',
  'after weeks of mounting pressure from partners abroad',
  'as envoys from several capitals gathered for another round of talks',
  'despite repeated warnings that the move would deepen the crisis',
  'citing concerns over security along the border',
];

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Generates a dataset with about `relations` relations; actors are a fifth of that. */
export function generateActorGraph({
  relations: count,
  seed = 1,
}: GeneratorOptions): GeneratedDataset {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const pickKind = weightedPicker(
    KIND_SHARES.map(([kind]) => kind),
    KIND_SHARES.map(([, share]) => share),
    random,
  );
  const pickType = weightedPicker(
    TYPE_SHARES.map(([type]) => type),
    TYPE_SHARES.map(([, share]) => share),
    random,
  );

  const actorCount = Math.max(12, Math.round(count / 5));
  const usedLabels = new Set<string>();
  const actors: GeneratedActor[] = [];
  for (let index = 0; index < actorCount; index++) {
    // The first actors are the hubs; make them states, as the busiest actors in the news are.
    const kind = index < 8 ? 'state' : pickKind();
    let label = '';
    for (let attempt = 0; label === '' || usedLabels.has(label); attempt++) {
      const stem = capitalised(
        Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(SYLLABLES)).join(''),
      );
      const base =
        kind === 'state'
          ? `${stem}ia`
          : kind === 'leader'
            ? `${pick(GIVEN)} ${stem}`
            : kind === 'organization'
              ? `${stem} ${pick(ORGANIZATION_WORDS)}`
              : kind === 'group'
                ? `${stem} ${pick(GROUP_WORDS)}`
                : kind === 'bloc'
                  ? `${stem} Pact`
                  : `${stem} summit`;
      label = attempt > 3 ? `${base} ${index}` : base;
    }
    usedLabels.add(label);
    actors.push({
      id: `actor-${index}`,
      label,
      kind,
      aliases: [],
      description: `A generated ${kind} for benchmarks.`,
    });
  }

  // Zipf-like weights give the heavy tail: actor k is about 1/k as busy as the first.
  const pickActor = weightedPicker(
    actors,
    actors.map((_, rank) => 1 / (rank + 1) ** 0.9),
    random,
  );
  const busyPairs: [GeneratedActor, GeneratedActor][] = [];
  const relations: GeneratedRelation[] = [];
  const sentences: string[] = [];
  for (let index = 0; index < count; index++) {
    let source: GeneratedActor;
    let target: GeneratedActor;
    // A third of relations repeat a pair seen before: event data reports busy pairs again and again.
    if (busyPairs.length > 0 && random() < 0.33) {
      [source, target] = pick(busyPairs);
    } else {
      source = pickActor();
      do target = pickActor();
      while (target === source);
      if (busyPairs.length < 400) busyPairs.push([source, target]);
      else busyPairs[Math.floor(random() * busyPairs.length)] = [source, target];
    }
    const type = pickType();
    const day = 1 + Math.floor(random() * 28);
    const month = pick(MONTHS);
    const when = `on ${day} ${month} 2025`;
    const date = `2025-${String(MONTHS.indexOf(month) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const quote = `${capitalised(when)}, ${source.label} ${CLAUSES[type]} ${target.label} ${pick(TAILS)}`;
    sentences.push(`${quote}.`);
    relations.push({
      id: `relation-${index}`,
      source: source.id,
      target: target.id,
      type,
      directed: !UNDIRECTED.has(type),
      evidence: [{ quote }],
      when,
      date,
    });
  }

  const paragraphs: string[] = [];
  for (let start = 0; start < sentences.length; start += 40) {
    paragraphs.push(`Dispatch ${start / 40 + 1}`, sentences.slice(start, start + 40).join(' '));
  }
  return {
    graph: {
      id: `generated-${count}`,
      title: `Generated graph: ${count} relations`,
      source: { note: `Generated by scripts/generate/actorGraph.ts with seed ${seed}; not news.` },
      actors,
      relations,
    },
    article: paragraphs.join('\n'),
  };
}
