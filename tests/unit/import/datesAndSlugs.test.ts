// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { MAX_SLUG_LENGTH, SlugAllocator, slugify } from '../../../src/io/import/normalise/slugs';
import { datePattern, readDate } from '../../../src/io/import/text/dates';

describe('readDate', () => {
  it.each([
    ['2025', { kind: 'iso', date: '2025' }],
    ['2025-04', { kind: 'iso', date: '2025-04' }],
    ['2025-04-23', { kind: 'iso', date: '2025-04-23' }],
    ['2025-04-23T10:00Z', { kind: 'read', date: '2025-04-23' }],
    ['2025-04-23 10:00:05+02:00', { kind: 'read', date: '2025-04-23' }],
    ['2025/04/23', { kind: 'read', date: '2025-04-23' }],
    ['23.04.2025', { kind: 'read', date: '2025-04-23' }],
    ['23/04/2025', { kind: 'read', date: '2025-04-23' }],
    ['04/23/2025', { kind: 'read', date: '2025-04-23' }],
    ['04/04/2025', { kind: 'read', date: '2025-04-04' }],
    ['April 23, 2025', { kind: 'read', date: '2025-04-23' }],
    ['Apr. 23 2025', { kind: 'read', date: '2025-04-23' }],
    ['23 April 2025', { kind: 'read', date: '2025-04-23' }],
    ['23rd of April, 2025', { kind: 'read', date: '2025-04-23' }],
    ['September 2024', { kind: 'read', date: '2024-09' }],
  ])('reads %s', (text, reading) => {
    expect(readDate(text)).toEqual(reading);
  });

  it.each([
    '03/04/2025',
    '2025-02-30',
    '2025-13',
    '31/02/2025',
    'on Wednesday',
    'Q1 2024',
    '45000',
  ])('keeps %s as words: not a date that can be read without guessing', (text) => {
    expect(readDate(text)).toEqual({ kind: 'words' });
  });

  it('groups dates by how they are written', () => {
    expect(datePattern('on Wednesday')).toBe(datePattern('last week'));
    expect(datePattern('23/04/2025')).toBe(datePattern('01/05/2024'));
    expect(datePattern('23/04/2025')).not.toBe(datePattern('April 23, 2025'));
  });
});

describe('slugify', () => {
  it.each([
    ['São Paulo', 'sao-paulo'],
    ['Київ Media Hub', 'kyiv-media-hub'],
    ['Харків', 'kharkiv'],
    ['Москва', 'moskva'],
    ['Αθήνα', 'athina'],
    ['Łódź', 'lodz'],
    ['Straße', 'strasse'],
    ['__proto__', 'proto'],
    ['北京', ''],
  ])('%s → %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('cuts a long name at a hyphen', () => {
    const slug = slugify(
      'A sentence that someone wrote into the label column of a spreadsheet by mistake',
    );
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toMatch(/^a-sentence-that-.*[a-z]$/);
  });

  it('numbers a slug that is taken', () => {
    const slugs = new SlugAllocator();
    expect(slugs.claim('paris-2')).toBe(true);
    expect([slugs.next('paris'), slugs.next('paris'), slugs.next('paris')]).toEqual([
      'paris',
      'paris-3',
      'paris-4',
    ]);
  });
});
