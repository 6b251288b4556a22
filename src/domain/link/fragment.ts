/** A link's fragment: the data it carries itself (`#data=`, lz-string compressed), or nothing. */
import { quote } from './linkText';
import { decodeComponent } from './percentEncoding';

/**
 * Most characters of data a link carries in its fragment: 8 KB keeps a link within what chat
 * apps, mail clients and QR codes pass on whole.
 */
export const LINK_DATA_LIMIT = 8192;

/** What a link's fragment carries: the compressed data of `#data=`, or nothing. */
export interface ParsedFragment {
  data: string | null;
  ignored: string[];
}

// The characters lz-string's compressToEncodedURIComponent writes.
const LINK_DATA_CHARS = /^[A-Za-z0-9+\-$]+$/;

/** Reads the fragment (with or without "#"); never throws, and reports what it cannot use. */
export function parseFragment(hash: string): ParsedFragment {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  if (body === '') return { data: null, ignored: [] };
  if (!body.startsWith('data=')) {
    return { data: null, ignored: [`unknown fragment ${quote(decodeComponent(body).text)}`] };
  }
  const data = body.slice('data='.length);
  if (data.length > LINK_DATA_LIMIT) {
    return {
      data: null,
      ignored: [
        `the data carried in this link is too long (${data.length} characters; at most ${LINK_DATA_LIMIT}); ignored it`,
      ],
    };
  }
  if (!LINK_DATA_CHARS.test(data)) {
    return {
      data: null,
      ignored: [
        'the data carried in this link is damaged (characters a link never carries); ignored it',
      ],
    };
  }
  return { data, ignored: [] };
}

/** The fragment for data carried in the link ('' for none). */
export function serializeFragment(data: string | null): string {
  return data === null ? '' : `#data=${data}`;
}
