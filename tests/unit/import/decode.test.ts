// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { decodeBytes } from '../../../src/io/import/text/decode';

const text = 'From,To\nSão Paulo,Київ\n';

function decoded(bytes: Uint8Array, name = 'sheet.csv') {
  const result = decodeBytes(bytes, name);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result;
}

function utf16(value: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const bytes: number[] = bom ? (littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let index = 0; index < value.length; index += 1) {
    const unit = value.charCodeAt(index);
    const pair = [unit & 0xff, unit >> 8];
    bytes.push(...(littleEndian ? pair : pair.reverse()));
  }
  return new Uint8Array(bytes);
}

describe('decodeBytes', () => {
  it('reads plain UTF-8 without a problem', () => {
    const result = decoded(new TextEncoder().encode(text));
    expect(result.text).toBe(text);
    expect(result.problems).toEqual([]);
  });

  it('drops a UTF-8 byte-order mark and says so', () => {
    const result = decoded(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]));
    expect(result.text).toBe(text);
    expect(result.problems[0]?.message).toMatch(/byte-order mark/);
  });

  it.each([
    ['little-endian with a byte-order mark', true, true],
    ['big-endian with a byte-order mark', false, true],
    ['little-endian without a byte-order mark', true, false],
    ['big-endian without a byte-order mark', false, false],
  ])('reads UTF-16 %s', (_name, littleEndian, bom) => {
    const result = decoded(utf16(text, littleEndian, bom));
    expect(result.text).toBe(text);
    expect(result.problems[0]?.message).toMatch(
      littleEndian ? /UTF-16.*little-endian/ : /UTF-16.*big-endian/,
    );
    expect(result.problems[0]?.action).toBe('repaired');
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8, and says so', () => {
    // "São – “x”" in Windows-1252: ã = E3, en dash = 96, curly quotes = 93/94.
    const result = decoded(new Uint8Array([0x53, 0xe3, 0x6f, 0x20, 0x96, 0x20, 0x93, 0x78, 0x94]));
    expect(result.text).toBe('São – “x”');
    expect(result.problems[0]).toMatchObject({
      action: 'repaired',
      message: expect.stringMatching(/Windows-1252/),
    });
  });

  it('reads a UTF-8 file with a Latin-1 row line by line: the UTF-8 rows keep their letters', () => {
    // Event extracts are concatenated from many sources: one row in Latin-1 must not turn every
    // UTF-8 "Côte" in the file into "CÃ´te".
    const utf8 = new TextEncoder().encode('From,To\nCôte d’Ivoire,Київ\n');
    const latin1 = new Uint8Array([...'Médecins,Paris\n'].map((c) => c.charCodeAt(0)));
    const last = new TextEncoder().encode('Zürich,Genève\n');
    const result = decoded(new Uint8Array([...utf8, ...latin1, ...last]));
    expect(result.text).toBe('From,To\nCôte d’Ivoire,Київ\nMédecins,Paris\nZürich,Genève\n');
    expect(result.problems).toEqual([
      {
        where: { file: 'sheet.csv', row: 3 },
        action: 'repaired',
        message: expect.stringMatching(/1 line \(line 3\) is not UTF-8.*Windows-1252.*rest.*UTF-8/),
      },
    ]);
  });

  it.each([
    [
      'ZIP archive',
      [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00],
      'data.csv',
      /ZIP archive, not a CSV file/,
    ],
    ['gzip file', [0x1f, 0x8b, 0x08, 0x00], 'graph.gexf', /gzip-compressed file, not a GEXF file/],
    [
      'PDF',
      [...new TextEncoder().encode('%PDF-1.7\n')],
      'graph.graphml',
      /PDF document, not a GraphML file/,
    ],
    [
      'PNG',
      [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0],
      'graph.json',
      /PNG image, not a JSON file/,
    ],
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0], 'x.csv', /JPEG image/],
    [
      'old Excel workbook',
      [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
      'x.csv',
      /old Microsoft Office file/,
    ],
  ])('refuses a %s, naming what it looks like', (_name, bytes, fileName, message) => {
    const result = decodeBytes(new Uint8Array(bytes), fileName);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      { where: { file: fileName }, message: expect.stringMatching(message), action: 'refused' },
    ]);
  });

  it('refuses binary data and an empty file', () => {
    const garbage = new Uint8Array(512).map((_, index) => (index * 37 + 11) % 256);
    expect(decodeBytes(garbage, 'x.csv').problems[0]?.message).toMatch(
      /binary data, not a CSV file/,
    );
    expect(decodeBytes(new Uint8Array(), 'x.csv').problems[0]?.message).toBe('The file is empty.');
  });
});
