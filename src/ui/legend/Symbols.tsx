/** Small SVG symbols that draw an actor kind or a relation type exactly as the canvas does. */
import type { ActorKindId } from '../../domain/actorKinds';
import type { RelationStatusId } from '../../domain/relationStatuses';
import { type RelationTypeId, relationType } from '../../domain/relationTypes';
import {
  ACTOR_KIND_ENCODING,
  QUAD_CLASS_COLOR,
  RELATION_STATUS_ENCODING,
  RELATION_TYPE_ENCODING,
} from '../../graph/encoding';
import type { Theme } from '../../graph/stylesheet';

const SHAPE_POINTS: Record<string, string | null> = {
  'round-rectangle': null,
  ellipse: null,
  rectangle: null,
  hexagon: '3,8 5.5,2.5 12.5,2.5 15,8 12.5,13.5 5.5,13.5',
  octagon: '5.5,2 10.5,2 14,5.5 14,10.5 10.5,14 5.5,14 2,10.5 2,5.5',
  diamond: '8,1.5 14.5,8 8,14.5 1.5,8',
};

/** The node shape and colour of an actor kind. */
export function ActorSymbol({ kind }: { kind: ActorKindId }) {
  const { shape, color } = ACTOR_KIND_ENCODING[kind];
  const points = SHAPE_POINTS[shape];
  return (
    <svg className="symbol" width="18" height="16" viewBox="0 0 18 16" aria-hidden="true">
      {shape === 'ellipse' && <circle cx="8" cy="8" r="6.5" fill={color} />}
      {shape === 'round-rectangle' && (
        <rect x="1.5" y="1.5" width="13" height="13" rx="3.5" fill={color} />
      )}
      {shape === 'rectangle' && <rect x="1.5" y="1.5" width="13" height="13" fill={color} />}
      {points && <polygon points={points} fill={color} />}
    </svg>
  );
}

const DASH: Record<string, string | undefined> = {
  solid: undefined,
  dashed: '5 3',
  dotted: '1.5 2.5',
};

/** The line style, arrow head and colour of a relation type. */
export function RelationSymbol({ type, theme }: { type: RelationTypeId; theme: Theme }) {
  const encoding = RELATION_TYPE_ENCODING[type];
  const color = QUAD_CLASS_COLOR[relationType(type).quadClass][theme];
  const head = {
    triangle: <polygon points="30,8 23,4 23,12" fill={color} />,
    vee: <polyline points="24,3.5 30,8 24,12.5" fill="none" stroke={color} strokeWidth="2" />,
    chevron: <polyline points="24,3.5 30,8 24,12.5" fill="none" stroke={color} strokeWidth="3" />,
    tee: <line x1="29" y1="2.5" x2="29" y2="13.5" stroke={color} strokeWidth="2.5" />,
    circle: <circle cx="27" cy="8" r="3.2" fill={color} />,
    square: <rect x="24" y="5" width="6" height="6" fill={color} />,
    diamond: <polygon points="30,8 26.5,4.5 23,8 26.5,11.5" fill={color} />,
    'triangle-backcurve': <polygon points="30,8 23,3.5 25.5,8 23,12.5" fill={color} />,
  }[encoding.arrow];
  return (
    <svg className="symbol" width="32" height="16" viewBox="0 0 32 16" aria-hidden="true">
      <line
        x1="2"
        y1="8"
        x2="25"
        y2="8"
        stroke={color}
        strokeWidth={encoding.heavy ? 3.5 : 2}
        strokeDasharray={DASH[encoding.line]}
      />
      {head}
    </svg>
  );
}

/**
 * The mark of a relation status: a ghosted line with the hollow marker the canvas draws at the
 * middle of the edge. In the text colour, since status is told by shape, not by colour.
 */
export function StatusSymbol({ status }: { status: RelationStatusId }) {
  const look = RELATION_STATUS_ENCODING[status];
  return (
    <svg
      className="symbol status-symbol"
      width="32"
      height="16"
      viewBox="0 0 32 16"
      aria-hidden="true"
    >
      <line
        x1="2"
        y1="8"
        x2="30"
        y2="8"
        stroke="currentColor"
        strokeWidth="2"
        strokeOpacity={look ? look.opacity : 1}
      />
      {look?.marker === 'square' && (
        <rect
          x="12"
          y="4"
          width="8"
          height="8"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
        />
      )}
      {look?.marker === 'circle' && (
        <circle cx="16" cy="8" r="4.2" fill="none" stroke="currentColor" strokeWidth="1.8" />
      )}
    </svg>
  );
}
