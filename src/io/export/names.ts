/**
 * Words the exporters share: a type's and a kind's label from the dataset's vocabulary, and the
 * name a spreadsheet uses for an actor at a relation's end.
 */
import type { Actor, Dataset } from '../../domain/dataset';
import { findKind, findType } from '../../domain/vocabulary';
import { EDGE_FIELDS, NODE_FIELDS, isQuoteName, normaliseName } from '../import/fields';

/** A relation type's label ("Sanction", "Married to"); the id when the vocabulary lacks it. */
export function typeLabel(dataset: Pick<Dataset, 'vocabulary'>, typeId: string): string {
  return findType(dataset.vocabulary, typeId)?.label ?? typeId;
}

/** An actor kind's label ("State", "Football club"); the id when the vocabulary lacks it. */
export function kindLabel(dataset: Pick<Dataset, 'vocabulary'>, kindId: string): string {
  return findKind(dataset.vocabulary, kindId)?.label ?? kindId;
}

/**
 * How a spreadsheet names each actor in From, To and Alleged by: by label, as Kumu does and as
 * people read it, unless the label is ambiguous (two actors share it, or it is another actor's
 * id); then by id, which the importer resolves first.
 */
export function endNames(actors: readonly Actor[]): Map<string, string> {
  const labelUses = new Map<string, number>();
  for (const actor of actors) labelUses.set(actor.label, (labelUses.get(actor.label) ?? 0) + 1);
  const ids = new Set(actors.map((actor) => actor.id));
  return new Map(
    actors.map((actor) => {
      const unique =
        labelUses.get(actor.label) === 1 && (!ids.has(actor.label) || actor.label === actor.id);
      return [actor.id, unique ? actor.label : actor.id];
    }),
  );
}

/** The current layout's positions, by actor id, as the exporters take them. */
export type Positions = ReadonlyMap<string, { x: number; y: number }>;

/** A coordinate rounded to hundredths: the layout's precision, without float noise in files. */
export function roundCoordinate(value: number): number {
  // `+ 0` turns -0 into 0, which JSON would otherwise write as 0 and read back as a different value.
  return Math.round(value * 100) / 100 + 0;
}

/**
 * A name for one of the dataset's own attributes that our importer will read as an attribute
 * again, not as one of its fields: a file's own "Type" or "Label" column, or one named like a
 * name already used, gets a suffix ("Type (attribute)"). `taken` holds the normalised names in
 * use and is updated.
 */
export function ownAttributeName(
  name: string,
  taken: Set<string>,
  element: 'node' | 'edge',
): string {
  const fields = element === 'node' ? NODE_FIELDS : EDGE_FIELDS;
  const reserved = (column: string) => {
    const normalised = normaliseName(column);
    return (
      taken.has(normalised) ||
      Object.values(fields).some((names) => (names as readonly string[]).includes(normalised)) ||
      (element === 'node' ? ['x', 'y', 'aliases'].includes(normalised) : isQuoteName(column))
    );
  };
  let unique = name;
  for (let n = 1; reserved(unique); n++) unique = `${name} (attribute${n > 1 ? ` ${n}` : ''})`;
  taken.add(normaliseName(unique));
  return unique;
}
