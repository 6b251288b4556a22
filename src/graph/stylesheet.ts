/**
 * The cytoscape stylesheet of a dataset's vocabulary, built from the shared encoding for a light
 * or a dark page.
 */
import type { StylesheetJson } from 'cytoscape';

import { RELATION_STATUS_ENCODING } from '../domain/encoding';
import { RELATION_STATUS_IDS } from '../domain/relationStatuses';
import type { Vocabulary } from '../domain/vocabulary';
import { encodeVocabulary } from '../domain/vocabularyEncoding';
import type { GraphScale } from './levelOfDetail';

export type Theme = 'light' | 'dark';

const INK = {
  light: { text: '#1b1f24', halo: '#ffffff', edgeText: '#3b424a', selection: '#000000' },
  dark: { text: '#eef1f4', halo: '#14181d', edgeText: '#c9d1d9', selection: '#ffffff' },
} as const;

/** Class names the canvas controllers toggle; the stylesheet gives each its look. */
export const GRAPH_CLASSES = {
  /** On every node while the view draws actors as the file did (see looks.ts). */
  fileLook: 'file-look',
  /** On every node while the view colours actors by community (see useCommunityLook.ts). */
  communityLook: 'community-look',
  hidden: 'is-hidden',
  faded: 'is-faded',
  highlighted: 'is-highlighted',
  selected: 'is-selected',
} as const;

/**
 * The size of an actor and of its label, which layouts need to leave room for: a node is a
 * 30-pixel shape with a 1.5-pixel border, and its label sits below it, wrapped at 110 pixels.
 */
export const NODE_METRICS = {
  size: 30,
  border: 1.5,
  fontSize: 13,
  labelMaxWidth: 110,
  labelMargin: 4,
  labelOutline: 2.5,
} as const;

/** How wide an edge is drawn: a plain type, and a heavy one (its weight is a cue of its type). */
export const EDGE_WIDTH = { plain: 1.8, heavy: 3.5 } as const;

const stylesheets = new WeakMap<Vocabulary, Map<string, StylesheetJson>>();

/**
 * The stylesheet for a vocabulary, a theme and a graph's scale; the same array for the same
 * three, so cytoscape never restyles needlessly. A large graph's lines are all solid and straight
 * (see levelOfDetail.ts), and its edges carry a label only while highlighted, so the thousands of
 * others need no label measured.
 */
export function graphStylesheet(
  vocabulary: Vocabulary,
  theme: Theme,
  scale: GraphScale = 'small',
): StylesheetJson {
  let byKey = stylesheets.get(vocabulary);
  if (!byKey) stylesheets.set(vocabulary, (byKey = new Map()));
  const key = `${theme} ${scale}`;
  const cached = byKey.get(key);
  if (cached) return cached;
  const large = scale === 'large';
  const ink = INK[theme];
  const encoding = encodeVocabulary(vocabulary);
  // Ids are slugs or PLOVER names (letters, digits, - and _), safe inside a quoted selector.
  const looks = vocabulary.types.map((type) => ({ id: type.id, look: encoding.type(type.id) }));
  const sheet: StylesheetJson = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': NODE_METRICS.fontSize,
        'font-family': 'system-ui, sans-serif',
        color: ink.text,
        'text-valign': 'bottom',
        'text-margin-y': NODE_METRICS.labelMargin,
        'text-outline-color': ink.halo,
        'text-outline-width': NODE_METRICS.labelOutline,
        'text-wrap': 'wrap',
        'text-max-width': `${NODE_METRICS.labelMaxWidth}px`,
        width: NODE_METRICS.size,
        height: NODE_METRICS.size,
        'border-width': NODE_METRICS.border,
        'border-color': ink.halo,
        'min-zoomed-font-size': 6,
      },
    },
    ...vocabulary.kinds.map(({ id }) => ({
      selector: `node[kind = "${id}"]`,
      style: {
        shape: encoding.kind(id).shape,
        'background-color': encoding.kind(id).color,
      },
    })),
    // The file's look: every node a circle, in the file's colour and at its size where it has them.
    { selector: `node.${GRAPH_CLASSES.fileLook}`, style: { shape: 'ellipse' } },
    {
      selector: `node.${GRAPH_CLASSES.fileLook}[fileColor]`,
      style: { 'background-color': 'data(fileColor)' },
    },
    {
      selector: `node.${GRAPH_CLASSES.fileLook}[fileSize]`,
      style: { width: 'data(fileSize)', height: 'data(fileSize)' },
    },
    // The community look: each actor in its community's colour, its shape still its kind's.
    {
      selector: `node.${GRAPH_CLASSES.communityLook}[communityColor]`,
      style: { 'background-color': 'data(communityColor)' },
    },
    {
      selector: 'edge',
      style: {
        width: EDGE_WIDTH.plain,
        'curve-style': large ? 'straight' : 'bezier',
        'control-point-step-size': 38,
        label: large ? '' : 'data(label)',
        'font-size': 9,
        color: ink.edgeText,
        'text-rotation': 'autorotate',
        'text-outline-color': ink.halo,
        'text-outline-width': 2,
        'min-zoomed-font-size': 8,
        // Edge labels appear with the neighbourhood of a hovered or selected element: drawn all
        // at once they pile up between busy actors; the legend carries the types meanwhile.
        'text-opacity': 0,
        'arrow-scale': 1.1,
      },
    },
    ...looks.map(({ id, look }) => ({
      selector: `edge[type = "${id}"]`,
      style: {
        'line-color': look.color[theme],
        'target-arrow-color': look.color[theme],
        'source-arrow-color': look.color[theme],
        'mid-target-arrow-color': look.color[theme],
        'line-style': large ? 'solid' : look.line,
        ...(look.dash && !large ? { 'line-dash-pattern': [...look.dash] } : {}),
        ...(look.heavy ? { width: EDGE_WIDTH.heavy } : {}),
      },
    })),
    // A large graph draws arrow heads on its emphasis only: on 20,000 lines they were a fifth
    // of every redraw, and at the zoom that shows them all they are specks.
    ...looks.map(({ id, look }) => ({
      selector: `edge.directed${large ? `.${GRAPH_CLASSES.highlighted}` : ''}[type = "${id}"]`,
      style: { 'target-arrow-shape': look.arrow },
    })),
    // A relation's weight widens it (elements.ts works out how much), heavy types included.
    { selector: 'edge[width]', style: { width: 'data(width)' } },
    ...RELATION_STATUS_IDS.flatMap((status) => {
      const look = RELATION_STATUS_ENCODING[status];
      if (!look) return [];
      return [
        {
          selector: `edge[status = "${status}"]`,
          style: {
            'mid-target-arrow-shape': look.marker,
            'mid-target-arrow-fill': 'hollow' as const,
            'line-opacity': look.opacity,
            // Large enough to read at a glance; this also scales a directed edge's head a little.
            'arrow-scale': 1.7,
            // The label sits beside the line, so that it never covers the marker.
            'text-margin-y': -11,
          },
        },
      ];
    }),
    { selector: `.${GRAPH_CLASSES.hidden}`, style: { display: 'none' } },
    { selector: `node.${GRAPH_CLASSES.faded}`, style: { opacity: 0.15, 'text-opacity': 0.3 } },
    { selector: `edge.${GRAPH_CLASSES.faded}`, style: { opacity: 0.12 } },
    {
      selector: `node.${GRAPH_CLASSES.highlighted}`,
      style: { 'border-width': 3, 'border-color': ink.selection },
    },
    {
      selector: `edge.${GRAPH_CLASSES.highlighted}`,
      style: {
        width: 3,
        'z-index': 10,
        'text-opacity': 1,
        ...(large ? { label: 'data(label)' } : {}),
      },
    },
    // A weighted edge keeps its width when highlighted: narrowing it would misstate its weight.
    { selector: `edge[width].${GRAPH_CLASSES.highlighted}`, style: { width: 'data(width)' } },
    {
      selector: `node.${GRAPH_CLASSES.selected}`,
      style: {
        'border-width': 4,
        'border-color': ink.selection,
        'underlay-color': ink.selection,
        'underlay-opacity': 0.15,
        'underlay-padding': 6,
        'font-weight': 'bold',
      },
    },
    {
      selector: `edge.${GRAPH_CLASSES.selected}`,
      style: {
        width: 4.5,
        'underlay-color': ink.selection,
        'underlay-opacity': 0.2,
        'underlay-padding': 4,
        'font-weight': 'bold',
        'text-opacity': 1,
        'z-index': 20,
      },
    },
    {
      selector: `edge[width].${GRAPH_CLASSES.selected}`,
      style: { width: 'data(selectedWidth)' },
    },
    // cytoscape's own selection state is not used: selection lives in the view state.
    { selector: ':selected', style: { 'overlay-opacity': 0 } },
  ];
  byKey.set(key, sheet);
  return sheet;
}
