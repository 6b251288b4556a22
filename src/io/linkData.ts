/**
 * Data carried inside a link: a dataset's graph.json text, compressed with lz-string into the
 * characters a URL fragment keeps as they are (`#data=…`). The fragment is never sent to a
 * server, so the data stays between the sender and the receiver. This module is loaded only when
 * a link carries data or a file is opened: lz-string stays out of the start-up bundle.
 */
import LZString from 'lz-string';

import { LINK_DATA_LIMIT } from '../domain/link/fragment';

export { LINK_DATA_LIMIT };

/**
 * How many times smaller than its text lz-string makes a graph.json, at the very most. Real
 * datasets shrink 3 to 8 times; a text longer than the limit times this cannot fit, and
 * compressing it first would block the page for seconds (6 s for a 13 MB event extract).
 */
export const MAX_COMPRESSION_RATIO = 40;

/** The compressed form of a graph.json text, for `#data=`; null when it exceeds the limit. */
export function encodeLinkData(graphText: string): string | null {
  if (graphText.length > LINK_DATA_LIMIT * MAX_COMPRESSION_RATIO) return null;
  const encoded = LZString.compressToEncodedURIComponent(graphText);
  return encoded.length <= LINK_DATA_LIMIT ? encoded : null;
}

export type DecodedLinkData = { ok: true; graphText: string } | { ok: false; message: string };

/**
 * The graph.json text a link carries. A link cut off by a chat app or edited by hand does not
 * decompress to JSON; the message then says so in words a receiver can act on.
 */
export function decodeLinkData(encoded: string): DecodedLinkData {
  let text: string | null;
  try {
    text = LZString.decompressFromEncodedURIComponent(encoded);
  } catch {
    text = null;
  }
  const damaged: DecodedLinkData = {
    ok: false,
    message:
      'The data carried in this link is damaged or cut off (links pasted into some apps lose their end); ask the sender for the whole link or for the data file.',
  };
  if (!text) return damaged;
  try {
    JSON.parse(text);
  } catch {
    return damaged;
  }
  return { ok: true, graphText: text };
}
