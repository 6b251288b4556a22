/** Between a dataset and the layout's arrays: actors by index, positions by id. */
import type { Dataset } from '../../domain/dataset';
import type { Point } from '../hierarchy';
import type { ForceInput } from './types';

/** What the layout takes of a dataset: its relations by actor index, and where each actor starts. */
export function forceInputOf(dataset: Dataset, start: ReadonlyMap<string, Point>): ForceInput {
  const indexOf = new Map(dataset.actors.map((actor, index) => [actor.id, index]));
  const startArray = new Float64Array(dataset.actors.length * 2);
  dataset.actors.forEach((actor, index) => {
    const point = start.get(actor.id);
    startArray[2 * index] = point?.x ?? 0;
    startArray[2 * index + 1] = point?.y ?? 0;
  });
  const links: number[] = [];
  for (const { source, target } of dataset.relations) {
    const from = indexOf.get(source);
    const to = indexOf.get(target);
    if (from !== undefined && to !== undefined && from !== to) links.push(from, to);
  }
  return { start: startArray, links: Uint32Array.from(links) };
}

/** The layout's positions (x then y per actor, in the dataset's order) by actor id. */
export function positionsById(dataset: Dataset, positions: Float64Array): Map<string, Point> {
  return new Map(
    dataset.actors.map((actor, index) => [
      actor.id,
      { x: positions[2 * index] ?? 0, y: positions[2 * index + 1] ?? 0 },
    ]),
  );
}
