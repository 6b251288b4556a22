/** Whether a view leaves part of the dataset out, as the export's headings and file names say. */
import type { Dataset } from '../../domain/dataset';

/**
 * True when the filters hide a relation or an actor that takes part in one. Actors without any
 * relation are hidden by default; leaving them out does not make the picture a filtered one.
 */
export function isFiltered(
  dataset: Pick<Dataset, 'relations'>,
  visible: { actorIds: ReadonlySet<string>; relationIds: ReadonlySet<string> },
): boolean {
  return dataset.relations.some(
    (relation) =>
      !visible.relationIds.has(relation.id) ||
      !visible.actorIds.has(relation.source) ||
      !visible.actorIds.has(relation.target),
  );
}
