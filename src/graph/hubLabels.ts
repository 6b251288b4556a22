/**
 * Which actors of a large graph carry a label at overview zoom. Zoomed out, the canvas draws no
 * label at all (each would be a few pixels high, thousands of them over each other); the hubs
 * are what a reader needs to find their way, so the most connected actors get a label of a
 * readable size, greedily from the most connected down, each only where it overlaps none
 * already placed. Pure: positions in, label boxes out (hubLabelLayer.ts draws them).
 */
import type { Dataset } from '../domain/dataset';
import { type VisibleGraph, memberCount } from '../domain/visibleGraph';

/** An actor that may get a label, with how many shown relations it is in. */
export interface HubCandidate {
  id: string;
  label: string;
  weight: number;
}

/** A candidate where it is drawn now: its centre and radius in screen pixels. */
export interface DrawnCandidate extends HubCandidate {
  x: number;
  y: number;
  radius: number;
}

/** A label's box in screen pixels (left, top) and its text. */
export interface PlacedLabel {
  id: string;
  label: string;
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface PlacementOptions {
  /** The screen's size: labels whose actor is off screen are not placed. */
  width: number;
  height: number;
  /** The most labels on screen at once. */
  max: number;
  /** A label's width in pixels. */
  measure: (label: string) => number;
  /** A label's height in pixels. */
  lineHeight: number;
  /** Free space kept around each label, in pixels. */
  gap: number;
  /** Boxes no label may cover (the notes and buttons over the canvas), in screen pixels. */
  obstacles?: readonly Omit<PlacedLabel, 'id' | 'label'>[];
}

/**
 * The shown actors by how many shown relations they are in (aggregated events count each event
 * in the view's time range), the most first, ties by label; at most `limit`, and only actors in
 * at least one shown relation.
 */
export function hubCandidates(
  dataset: Dataset,
  visible: VisibleGraph,
  limit: number,
): HubCandidate[] {
  const weights = new Map<string, number>();
  const count = memberCount(visible);
  for (const relation of dataset.relations) {
    if (!visible.relationIds.has(relation.id)) continue;
    const weight = count(relation);
    weights.set(relation.source, (weights.get(relation.source) ?? 0) + weight);
    weights.set(relation.target, (weights.get(relation.target) ?? 0) + weight);
  }
  const labels = new Map(dataset.actors.map((actor) => [actor.id, actor.label]));
  return [...weights]
    .filter(([id]) => visible.actorIds.has(id) && labels.has(id))
    .map(([id, weight]) => ({ id, label: labels.get(id)!, weight }))
    .sort((a, b) => b.weight - a.weight || a.label.localeCompare(b.label))
    .slice(0, limit);
}

const overlaps = (a: PlacedLabel, b: PlacedLabel, gap: number): boolean =>
  a.left < b.left + b.width + gap &&
  b.left < a.left + a.width + gap &&
  a.top < b.top + b.height + gap &&
  b.top < a.top + a.height + gap;

/**
 * Places labels below their actors, the heaviest first, skipping any that would overlap one
 * placed (or sit off screen), until `max` are placed. `candidates` come heaviest first.
 */
export function placeHubLabels(
  candidates: readonly DrawnCandidate[],
  { width, height, max, measure, lineHeight, gap, obstacles = [] }: PlacementOptions,
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const blocked = obstacles.map((box) => ({ ...box, id: '', label: '' }));
  for (const candidate of candidates) {
    if (placed.length >= max) break;
    const { x, y, radius } = candidate;
    if (x < 0 || y < 0 || x > width || y > height) continue;
    const labelWidth = measure(candidate.label);
    const box: PlacedLabel = {
      id: candidate.id,
      label: candidate.label,
      left: x - labelWidth / 2,
      top: y + radius + 2,
      width: labelWidth,
      height: lineHeight,
    };
    if (box.left < 0 || box.top + box.height > height || box.left + box.width > width) continue;
    if (placed.some((other) => overlaps(box, other, gap))) continue;
    if (blocked.some((other) => overlaps(box, other, 0))) continue;
    placed.push(box);
  }
  return placed;
}
