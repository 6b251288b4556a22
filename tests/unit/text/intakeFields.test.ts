import { describe, expect, it } from 'vitest';

import { NO_FIELDS, fieldsFromMeta, prefill, sourceOf } from '../../../src/ui/author/intakeFields';

describe('the source fields of New from text', () => {
  it('fills only what the page states, the address it came from when it names none', () => {
    expect(fieldsFromMeta({ title: 'Talks stall', byline: 'A. Okafor' })).toEqual({
      title: 'Talks stall',
    });
    expect(fieldsFromMeta({}, 'https://news.example.org/a')).toEqual({
      url: 'https://news.example.org/a',
    });
    expect(
      fieldsFromMeta({ url: 'https://news.example.org/canonical' }, 'https://news.example.org/a'),
    ).toEqual({ url: 'https://news.example.org/canonical' });
  });

  it("clears the previous page's values for a new text, and keeps what the person typed", () => {
    const first = prefill(NO_FIELDS, NO_FIELDS, { title: 'First page', publisher: 'Daily' });
    const typed = { ...first.fields, published: '24 April 2025' };
    const second = prefill(typed, first.filled, { title: 'Second page' });
    expect(second.fields).toEqual({
      title: 'Second page',
      publisher: '',
      published: '24 April 2025',
      url: '',
    });
  });

  it('leaves blank fields out of the source, and refuses an address that is not http(s)', () => {
    expect(sourceOf({ ...NO_FIELDS, title: '  Talks   stall ', publisher: ' ' })).toEqual({
      ok: true,
      source: { title: 'Talks stall' },
    });
    expect(sourceOf({ ...NO_FIELDS, url: 'javascript:alert(1)' })).toMatchObject({ ok: false });
    expect(sourceOf({ ...NO_FIELDS, url: 'news.example.org' })).toMatchObject({ ok: false });
  });
});
