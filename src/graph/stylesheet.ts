/** The cytoscape stylesheet, built from the shared encoding for a light or a dark page. */
import type { StylesheetJson } from 'cytoscape';

import { ACTOR_KIND_IDS } from '../domain/actorKinds';
import { RELATION_STATUS_IDS } from '../domain/relationStatuses';
import { QUAD_CLASSES, RELATION_TYPE_IDS } from '../domain/relationTypes';
import {
  ACTOR_KIND_ENCODING,
  QUAD_CLASS_COLOR,
  RELATION_STATUS_ENCODING,
  RELATION_TYPE_ENCODING,
} from './encoding';

export type Theme = 'light' | 'dark';

const INK = {
  light: { text: '#1b1f24', halo: '#ffffff', edgeText: '#3b424a', selection: '#000000' },
  dark: { text: '#eef1f4', halo: '#14181d', edgeText: '#c9d1d9', selection: '#ffffff' },
} as const;

/** Class names the canvas controllers toggle; the stylesheet gives each its look. */
export const GRAPH_CLASSES = {
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

const stylesheets = new Map<Theme, StylesheetJson>();

/** The stylesheet for a theme; the same array for the same theme, so cytoscape never restyles needlessly. */
export function graphStylesheet(theme: Theme): StylesheetJson {
  const cached = stylesheets.get(theme);
  if (cached) return cached;
  const ink = INK[theme];
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
    ...ACTOR_KIND_IDS.map((kind) => ({
      selector: `node[kind = "${kind}"]`,
      style: {
        shape: ACTOR_KIND_ENCODING[kind].shape,
        'background-color': ACTOR_KIND_ENCODING[kind].color,
      },
    })),
    {
      selector: 'edge',
      style: {
        width: 1.8,
        'curve-style': 'bezier',
        'control-point-step-size': 38,
        label: 'data(label)',
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
    ...QUAD_CLASSES.map(({ id }) => ({
      selector: `edge[quadClass = "${id}"]`,
      style: {
        'line-color': QUAD_CLASS_COLOR[id][theme],
        'target-arrow-color': QUAD_CLASS_COLOR[id][theme],
        'source-arrow-color': QUAD_CLASS_COLOR[id][theme],
        'mid-target-arrow-color': QUAD_CLASS_COLOR[id][theme],
      },
    })),
    ...RELATION_TYPE_IDS.map((type) => ({
      selector: `edge[type = "${type}"]`,
      style: { 'line-style': RELATION_TYPE_ENCODING[type].line },
    })),
    ...RELATION_TYPE_IDS.map((type) => ({
      selector: `edge.directed[type = "${type}"]`,
      style: { 'target-arrow-shape': RELATION_TYPE_ENCODING[type].arrow },
    })),
    {
      selector: RELATION_TYPE_IDS.filter((type) => RELATION_TYPE_ENCODING[type].heavy)
        .map((type) => `edge[type = "${type}"]`)
        .join(', '),
      style: { width: 3.5 },
    },
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
      style: { width: 3, 'z-index': 10, 'text-opacity': 1 },
    },
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
    // cytoscape's own selection state is not used: selection lives in the view state.
    { selector: ':selected', style: { 'overlay-opacity': 0 } },
  ];
  stylesheets.set(theme, sheet);
  return sheet;
}
