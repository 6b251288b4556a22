/**
 * The ids of the open dataset that a link is checked against, and what a link leaves out: the
 * view the dataset opens with.
 */
import type { Dataset } from '../dataset';
import { SLUG, TYPE_ID } from '../ids';
import { DEFAULT_LAYOUT, type LayoutName, layoutsOf } from '../layoutIds';
import { DEFAULT_LOOK, type LookName, looksOf } from '../looks';
import { defaultTimeStepOf } from '../timePlay';
import { DEFAULT_TIME_STEP, type TimeRange, type TimeStep, dataSpan } from '../timeRange';
import { type TopActors, defaultTopOf } from '../topActors';
import { type ViewState, defaultView, isolatedShownByDefault } from '../view';
import { BUILT_IN_VOCABULARY, type Vocabulary } from '../vocabulary';

/** The ids of the open dataset, to check the ids a link names. */
export interface DatasetIds {
  actorIds: ReadonlySet<string>;
  relationIds: ReadonlySet<string>;
  /** Its relation types and actor kinds, which `hide` and `hidekind` name; ours when absent. */
  vocabulary?: Vocabulary;
  /** The layouts it offers, its default first (see layoutsOf); every layout when absent. */
  layouts?: readonly LayoutName[];
  /** The days its dated relations cover (null: none is dated); unchecked when absent. */
  timeSpan?: TimeRange | null;
  /** Whether it opens with actors that no visible relation touches shown; not when absent. */
  showIsolated?: boolean;
  /** The looks it offers, its default first (see looksOf); every look when absent. */
  looks?: readonly LookName[];
  /** The step its timeline plays by unless a link says otherwise (see defaultTimeStepOf). */
  timeStep?: TimeStep;
  /** How many actors it opens on (see defaultTopOf); all when absent. */
  top?: TopActors;
}

/**
 * Stands for a dataset that is still loading: ids are checked for their form only, and the
 * dataset's own types and kinds are kept, until the link is read again with the dataset's ids.
 */
export const DATASET_PENDING = 'pending';

/** The ids a link may name in this dataset. */
export function datasetIds(dataset: Dataset): DatasetIds {
  return {
    actorIds: new Set(dataset.actors.map((actor) => actor.id)),
    relationIds: new Set(dataset.relations.map((relation) => relation.id)),
    vocabulary: dataset.vocabulary,
    layouts: layoutsOf(dataset).map((layout) => layout.id),
    timeSpan: dataSpan(dataset.relations),
    showIsolated: isolatedShownByDefault(dataset),
    looks: looksOf(dataset).map((look) => look.id),
    timeStep: defaultTimeStepOf(dataset.relations),
    top: defaultTopOf(dataset),
  };
}

/**
 * The view a dataset opens with, which is what a link leaves out: its layout, look and time
 * step, whether it shows isolated actors, and how many actors it draws. Ours when the dataset
 * is unknown or still loading.
 */
export function defaultViewOf(dataset: string, ids: DatasetIds | undefined): ViewState {
  return defaultView(dataset, ids?.layouts?.[0] ?? DEFAULT_LAYOUT, {
    look: ids?.looks?.[0] ?? DEFAULT_LOOK,
    timeStep: ids?.timeStep ?? DEFAULT_TIME_STEP,
    showIsolated: ids?.showIsolated === true,
    top: ids?.top ?? 'all',
  });
}

/**
 * The ids a list may hold: a closed list, in its order; or, for a dataset still loading, a check
 * of their form.
 */
export type IdUniverse = readonly string[] | ((id: string) => boolean);

/** The relation type and actor kind ids a link may name. */
export interface LinkVocabulary {
  types: IdUniverse;
  kinds: IdUniverse;
}

/** The vocabulary's type and kind ids; for a dataset still loading, any well-formed id. */
export function linkVocabularyOf(
  ids: DatasetIds | typeof DATASET_PENDING | undefined,
): LinkVocabulary {
  if (ids === DATASET_PENDING) {
    return { types: (id) => TYPE_ID.test(id), kinds: (id) => SLUG.test(id) };
  }
  const vocabulary = ids?.vocabulary ?? BUILT_IN_VOCABULARY;
  return {
    types: vocabulary.types.map((type) => type.id),
    kinds: vocabulary.kinds.map((kind) => kind.id),
  };
}
