/**
 * The embed code: the HTML a newsroom pastes beside its story to show a view of the graph, an
 * <iframe> of the view's link with `embed=1`. The dataset's title comes from the data, so it is
 * escaped for the attribute it goes in, as the link is.
 */

/** The heights the embed code offers, in CSS pixels; the width is always the page's. */
export const EMBED_HEIGHTS = [400, 600, 800] as const;
export type EmbedHeight = (typeof EMBED_HEIGHTS)[number];
export const DEFAULT_EMBED_HEIGHT: EmbedHeight = 600;

const ATTRIBUTE_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&#39;',
  '<': '&lt;',
  '>': '&gt;',
};

/** The text as the value of a double-quoted HTML attribute: it cannot end the attribute or tag. */
export function htmlAttribute(text: string): string {
  return text.replace(/[&"'<>]/g, (character) => ATTRIBUTE_ESCAPES[character] ?? character);
}

/** The <iframe> that shows the view at `src` (a link with embed=1), titled for screen readers. */
export function embedCode({
  src,
  datasetTitle,
  height,
}: {
  src: string;
  datasetTitle: string;
  height: EmbedHeight;
}): string {
  const title = `Actor Graph: ${datasetTitle}`;
  return (
    `<iframe src="${htmlAttribute(src)}" title="${htmlAttribute(title)}" width="100%" ` +
    `height="${height}" style="border:0" loading="lazy" allow="clipboard-write"></iframe>`
  );
}
