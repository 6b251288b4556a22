/**
 * The colours of the "Coloured by community" look, shared by the canvas and the legend. Twelve
 * hues far apart, the most distinct first, since the largest communities take them in order;
 * each a mid tone with at least 3:1 contrast on the light and the dark canvas alike, so one
 * colour serves both themes. Communities past the twelfth share one grey: more hues would no
 * longer be told apart, and the legend names the coloured ones.
 */

export const COMMUNITY_COLORS = [
  '#1f77b4', // blue
  '#e06000', // orange
  '#2ca02c', // green
  '#d62728', // red
  '#9467bd', // purple
  '#00968a', // teal
  '#d6409f', // magenta
  '#a0522d', // brown
  '#b88400', // ochre
  '#2a93c4', // sky
  '#7a9a00', // olive
  '#5a5ee0', // indigo
] as const;

/** The grey of every community past the palette. */
export const OTHER_COMMUNITY_COLOR = '#8a8a8a';

/** The colour of the community numbered `index` (0 for the largest). */
export function communityColor(index: number): string {
  return COMMUNITY_COLORS[index] ?? OTHER_COMMUNITY_COLOR;
}
