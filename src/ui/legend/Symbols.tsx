/** Small SVG symbols that draw an actor kind or a relation type exactly as the canvas does. */
import { type NodeShape, RELATION_STATUS_ENCODING } from '../../domain/encoding';
import type { RelationStatusId } from '../../domain/relationStatuses';
import type { Vocabulary } from '../../domain/vocabulary';
import { encodeVocabulary } from '../../domain/vocabularyEncoding';
import type { Theme } from '../../graph/stylesheet';

/** The corners of a regular polygon (or, with `inner`, a star) in the 16-unit box, a point on top. */
function ring(corners: number, outer: number, inner?: number): string {
  const steps = inner === undefined ? corners : corners * 2;
  return Array.from({ length: steps }, (_, index) => {
    const radius = inner !== undefined && index % 2 === 1 ? inner : outer;
    const angle = -Math.PI / 2 + (2 * Math.PI * index) / steps;
    const x = 8 + radius * Math.cos(angle);
    const y = 8 + radius * Math.sin(angle);
    return `${Math.round(x * 10) / 10},${Math.round(y * 10) / 10}`;
  }).join(' ');
}

// Outlines of cytoscape's node shapes, drawn in a 16-unit box; null where an element draws it.
const SHAPE_POINTS: Record<NodeShape, string | null> = {
  'round-rectangle': null,
  ellipse: null,
  rectangle: null,
  barrel: null,
  hexagon: '3,8 5.5,2.5 12.5,2.5 15,8 12.5,13.5 5.5,13.5',
  octagon: '5.5,2 10.5,2 14,5.5 14,10.5 10.5,14 5.5,14 2,10.5 2,5.5',
  diamond: '8,1.5 14.5,8 8,14.5 1.5,8',
  triangle: '8,1.5 14.5,14 1.5,14',
  star: ring(5, 7, 3),
  pentagon: ring(5, 7),
  heptagon: ring(7, 7),
  vee: '1.5,1.5 8,6.5 14.5,1.5 8,14.5',
  tag: '1.5,1.5 10.5,1.5 14.5,8 10.5,14.5 1.5,14.5',
  rhomboid: '5,1.5 14.5,1.5 11,14.5 1.5,14.5',
  'concave-hexagon': '1.5,1.5 14.5,1.5 12,8 14.5,14.5 1.5,14.5 4,8',
  'cut-rectangle': '5,1.5 11,1.5 14.5,5 14.5,11 11,14.5 5,14.5 1.5,11 1.5,5',
};

/** The node shape and colour of an actor kind of a vocabulary. */
export function ActorSymbol({ kind, vocabulary }: { kind: string; vocabulary: Vocabulary }) {
  const { shape, color } = encodeVocabulary(vocabulary).kind(kind);
  const points = SHAPE_POINTS[shape];
  return (
    <svg className="symbol" width="18" height="16" viewBox="0 0 18 16" aria-hidden="true">
      {shape === 'ellipse' && <circle cx="8" cy="8" r="6.5" fill={color} />}
      {shape === 'round-rectangle' && (
        <rect x="1.5" y="1.5" width="13" height="13" rx="3.5" fill={color} />
      )}
      {shape === 'rectangle' && <rect x="1.5" y="1.5" width="13" height="13" fill={color} />}
      {shape === 'barrel' && <path d="M4,1.5 H12 Q15.5,8 12,14.5 H4 Q0.5,8 4,1.5 Z" fill={color} />}
      {points && <polygon points={points} fill={color} />}
    </svg>
  );
}

const DASH: Record<string, string | undefined> = {
  solid: undefined,
  dashed: '5 3',
  dotted: '1.5 2.5',
};

// The canvas measures dashes in pixels of a longer line; the symbol draws them a little shorter.
const DASH_SCALE = 0.6;

/** The line style, arrow head and colour of a relation type of a vocabulary. */
export function RelationSymbol({
  type,
  vocabulary,
  theme,
  directed = true,
}: {
  type: string;
  vocabulary: Vocabulary;
  theme: Theme;
  /** Whether the type's relations have a direction: a mutual one is drawn without a head. */
  directed?: boolean;
}) {
  const encoding = encodeVocabulary(vocabulary).type(type);
  const color = encoding.color[theme];
  const dash = encoding.dash
    ? encoding.dash.map((length) => Math.round(length * DASH_SCALE * 10) / 10).join(' ')
    : DASH[encoding.line];
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
        x2={directed ? 25 : 30}
        y2="8"
        stroke={color}
        strokeWidth={encoding.heavy ? 3.5 : 2}
        strokeDasharray={dash}
      />
      {directed && head}
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
