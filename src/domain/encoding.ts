/**
 * The visual encoding shared by the canvas and the legend, so the two can never disagree.
 * Colours are the Okabe–Ito palette, safe for the common colour-vision deficiencies; shape and
 * line style carry the same meaning, so colour is never the only cue.
 */
import type { ActorKindId } from './actorKinds';
import type { RelationStatusId } from './relationStatuses';
import type { QuadClassId, RelationTypeId } from './relationTypes';

export type NodeShape =
  | 'round-rectangle'
  | 'ellipse'
  | 'hexagon'
  | 'rectangle'
  | 'octagon'
  | 'diamond'
  // Left for the kinds a file brings (vocabularyEncoding.ts).
  | 'triangle'
  | 'star'
  | 'pentagon'
  | 'barrel'
  | 'vee'
  | 'tag'
  | 'rhomboid'
  | 'concave-hexagon'
  | 'heptagon'
  | 'cut-rectangle';

export const ACTOR_KIND_ENCODING: Record<ActorKindId, { shape: NodeShape; color: string }> = {
  state: { shape: 'round-rectangle', color: '#0072B2' },
  leader: { shape: 'ellipse', color: '#E69F00' },
  bloc: { shape: 'hexagon', color: '#009E73' },
  organization: { shape: 'rectangle', color: '#CC79A7' },
  group: { shape: 'octagon', color: '#56B4E9' },
  meeting: { shape: 'diamond', color: '#D55E00' },
};

/** Edge colours per quad class, one for light and one for dark backgrounds (both ≥ 3:1). */
export const QUAD_CLASS_COLOR: Record<QuadClassId, { light: string; dark: string }> = {
  'verbal-cooperation': { light: '#007a5a', dark: '#35d0a5' },
  'material-cooperation': { light: '#0072B2', dark: '#56B4E9' },
  'verbal-conflict': { light: '#b35f00', dark: '#f0a73a' },
  'material-conflict': { light: '#c23b00', dark: '#ff7a45' },
  structural: { light: '#6b6b6b', dark: '#a8a8a8' },
};

/** cytoscape draws three line styles; heavy lines tell apart types that share one. */
export type LineStyle = 'solid' | 'dashed' | 'dotted';
export type ArrowShape =
  'triangle' | 'tee' | 'vee' | 'triangle-backcurve' | 'circle' | 'square' | 'diamond' | 'chevron';

/** Within a quad class, each type gets its own line style and arrow head. */
export const RELATION_TYPE_ENCODING: Record<
  RelationTypeId,
  { line: LineStyle; arrow: ArrowShape; heavy?: boolean }
> = {
  AGREE: { line: 'solid', arrow: 'diamond', heavy: true },
  CONSULT: { line: 'solid', arrow: 'circle' },
  SUPPORT: { line: 'dashed', arrow: 'triangle' },
  CONCEDE: { line: 'dotted', arrow: 'vee' },
  COOPERATE: { line: 'solid', arrow: 'circle' },
  AID: { line: 'dashed', arrow: 'triangle' },
  RETREAT: { line: 'dotted', arrow: 'vee' },
  REQUEST: { line: 'dashed', arrow: 'vee' },
  ACCUSE: { line: 'solid', arrow: 'triangle' },
  REJECT: { line: 'dotted', arrow: 'tee' },
  THREATEN: { line: 'solid', arrow: 'chevron', heavy: true },
  PROTEST: { line: 'dotted', arrow: 'vee' },
  SANCTION: { line: 'dashed', arrow: 'tee' },
  MOBILIZE: { line: 'dotted', arrow: 'square' },
  COERCE: { line: 'solid', arrow: 'triangle-backcurve', heavy: true },
  ASSAULT: { line: 'solid', arrow: 'triangle' },
  LEADS: { line: 'dotted', arrow: 'triangle' },
  OFFICIAL_OF: { line: 'dotted', arrow: 'vee' },
  PART_OF: { line: 'dotted', arrow: 'square' },
  MEMBER_OF: { line: 'dashed', arrow: 'diamond' },
  // Undirected edges show no arrow head: line and weight alone tell ALLY_OF from AGREE.
  ALLY_OF: { line: 'dashed', arrow: 'circle', heavy: true },
  TIES_WITH: { line: 'dotted', arrow: 'circle' },
};

/**
 * A relation the article does not report as having happened (stalled, planned) carries a hollow
 * marker at the middle of its edge and a ghosted line. Types only ever use the line style, the
 * weight and the arrow head at the target end, so status never collides with type, and shape
 * rather than colour carries it. `null`: drawn as its type alone.
 */
export const RELATION_STATUS_ENCODING: Record<
  RelationStatusId,
  { marker: 'square' | 'circle'; opacity: number } | null
> = {
  reported: null,
  stalled: { marker: 'square', opacity: 0.55 },
  planned: { marker: 'circle', opacity: 0.55 },
};
