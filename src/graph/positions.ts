/**
 * What a layout gives, shared by layouts.ts, which caches and serves positions, and
 * headlessLayouts.ts, which it loads on demand to compute some of them: kept apart so the
 * on-demand module needs nothing from the module that loads it.
 */
import type { LayoutName } from '../domain/layoutIds';
import type { Point } from './hierarchy';

/** Positions of every actor, and the layout that produced them. */
export interface LaidOut {
  /** The layout that ran: the fallback when the force layout's code could not be loaded. */
  layout: LayoutName;
  positions: ReadonlyMap<string, Point>;
}

/** Layouts shipped with a dataset, computed at build time (`npm run positions`): layout → id → [x, y]. */
export type ShippedPositions = Partial<Record<LayoutName, Record<string, [number, number]>>>;
