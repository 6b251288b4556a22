/**
 * The fields that describe a text's source (title, publisher, date, address) as the New from
 * text dialog holds them: filled from what a page states, corrected by the person, and turned
 * into a source with empty fields left out. Nothing is filled that the page does not state.
 */
import { httpAddress } from '../../domain/link/httpAddress';
import type { TextMeta } from '../../io/text/intake';

export interface SourceFields {
  title: string;
  publisher: string;
  published: string;
  url: string;
}

export const FIELD_NAMES = ['title', 'publisher', 'published', 'url'] as const;

export const NO_FIELDS: SourceFields = { title: '', publisher: '', published: '', url: '' };

/** What a source states, as the fields name it; `fetchedFrom` is the address the text came from. */
export function fieldsFromMeta(meta: TextMeta, fetchedFrom?: string): Partial<SourceFields> {
  const url = meta.url ?? fetchedFrom;
  return {
    ...(meta.title ? { title: meta.title } : {}),
    ...(meta.siteName ? { publisher: meta.siteName } : {}),
    ...(meta.published ? { published: meta.published } : {}),
    ...(url && httpAddress(url) ? { url } : {}),
  };
}

/**
 * The fields after a new text arrives: what it states replaces what was there; a field it does
 * not state is emptied if it held the previous text's value, and kept if the person typed it.
 */
export function prefill(
  current: SourceFields,
  previouslyFilled: SourceFields,
  found: Partial<SourceFields>,
): { fields: SourceFields; filled: SourceFields } {
  const fields = { ...current };
  const filled = { ...NO_FIELDS };
  for (const name of FIELD_NAMES) {
    const value = found[name];
    if (value !== undefined) {
      fields[name] = value;
      filled[name] = value;
    } else if (current[name] !== '' && current[name] === previouslyFilled[name]) {
      fields[name] = '';
    }
  }
  return { fields, filled };
}

export interface TextSource {
  title?: string;
  publisher?: string;
  url?: string;
  published?: string;
}

/** The source the fields describe, blank ones left out; a message when the address is not http(s). */
export function sourceOf(
  fields: SourceFields,
): { ok: true; source: TextSource } | { ok: false; message: string } {
  const source: TextSource = {};
  for (const name of FIELD_NAMES) {
    const value = fields[name].replace(/\s+/g, ' ').trim();
    if (value) source[name] = value;
  }
  if (source.url !== undefined && httpAddress(source.url) === null) {
    return {
      ok: false,
      message:
        'The address must be a web address that starts with https:// or http://, or be left empty.',
    };
  }
  return { ok: true, source };
}
