/**
 * The whole dataset as our own `graph.json`: every field kept, the dataset's own types and kinds
 * declared, the article inline, and the current layout's positions, so that the file opens again
 * as the same dataset in the same places.
 */
import type {
  Actor,
  Dataset,
  DatasetFile,
  KindDeclaration,
  TypeDeclaration,
} from '../../domain/dataset';
import { type RelationTypeInfo, ownPhrasing } from '../../domain/vocabulary';
import { type Positions, roundCoordinate } from './names';

export interface GraphJsonOptions {
  /** Where the current layout placed each actor; written as the actors' `position`. */
  positions?: Positions;
}

/**
 * A declaration that makes `vocabularyOf` build the same entry again: what equals the default
 * (the description and phrasing made from the label) is left out, so it stays the default.
 */
function typeDeclaration(type: RelationTypeInfo): TypeDeclaration {
  const defaults = ownPhrasing(type.label);
  const active = type.phrasing.active === defaults.active ? undefined : type.phrasing.active;
  const passiveDefault = ownPhrasing(type.label, { active: type.phrasing.active }).passive;
  const passive = type.phrasing.passive === passiveDefault ? undefined : type.phrasing.passive;
  return {
    id: type.id,
    label: type.label,
    class: type.relationClass,
    ...(type.description !== `A relation type of this dataset (“${type.label}”).`
      ? { description: type.description }
      : {}),
    ...(active !== undefined ? { active } : {}),
    ...(passive !== undefined ? { passive } : {}),
  };
}

/** The dataset as the file format writes it (see DatasetSchema). */
export function toDatasetFile(dataset: Dataset, options: GraphJsonOptions = {}): DatasetFile {
  const { vocabulary, article, actors, relations, id, title, source, coding, ...rest } = dataset;
  // A field added to Dataset later must not be dropped here without anyone noticing.
  const _exhaustive: Record<string, never> = rest;
  void _exhaustive;
  const types = vocabulary.types.filter((type) => !type.builtIn).map(typeDeclaration);
  const kinds: KindDeclaration[] = vocabulary.kinds
    .filter((kind) => !kind.builtIn)
    .map((kind) => ({
      id: kind.id,
      label: kind.label,
      ...(kind.description !== `An actor kind of this dataset (“${kind.label}”).`
        ? { description: kind.description }
        : {}),
    }));
  const placed = (actor: Actor): Actor => {
    const position = options.positions?.get(actor.id);
    if (!position || !Number.isFinite(position.x) || !Number.isFinite(position.y)) return actor;
    return {
      ...actor,
      position: { x: roundCoordinate(position.x), y: roundCoordinate(position.y) },
    };
  };
  return {
    id,
    title,
    source,
    ...(types.length > 0 ? { types } : {}),
    ...(kinds.length > 0 ? { kinds } : {}),
    actors: actors.map(placed),
    relations,
    ...(coding !== undefined ? { coding } : {}),
    ...(article !== undefined ? { article } : {}),
  };
}

/** The dataset as `graph.json` text, indented for people who read or diff it. */
export function exportGraphJson(dataset: Dataset, options: GraphJsonOptions = {}): string {
  return `${JSON.stringify(toDatasetFile(dataset, options), null, 2)}\n`;
}
