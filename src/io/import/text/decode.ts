/**
 * Bytes to text: the encoding is found from the bytes (byte-order mark, the NUL pattern of
 * UTF-16, UTF-8 validity), and files that are not text at all are refused with a message that
 * says what they look like.
 */
import type { ImportProblem } from '../types';

export type DecodeResult =
  { ok: true; text: string; problems: ImportProblem[] } | { ok: false; problems: ImportProblem[] };

interface Magic {
  bytes: readonly number[];
  /** Where the bytes start; most signatures are at offset 0. */
  offset?: number;
  what: string;
  hint?: string;
}

/** File signatures of what people drop by mistake, checked before anything is decoded. */
const MAGICS: readonly Magic[] = [
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    what: 'a ZIP archive',
    hint: 'An Excel workbook (.xlsx) is one: save the sheet as CSV and open that.',
  },
  { bytes: [0x50, 0x4b, 0x05, 0x06], what: 'an empty ZIP archive' },
  {
    bytes: [0x1f, 0x8b],
    what: 'a gzip-compressed file',
    hint: 'Uncompress it first and open the file inside.',
  },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x57, 0x45, 0x42, 0x50], offset: 8, what: 'a WebP image' },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    what: 'an old Microsoft Office file',
    hint: 'An Excel workbook (.xls) is one: save the sheet as CSV and open that.',
  },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: 'a 7-Zip archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], what: 'a RAR archive' },
];

/** What the file name promises, for "… not a CSV file". */
export function expectedFromName(fileName: string): string {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  switch (extension) {
    case 'csv':
      return 'a CSV file';
    case 'tsv':
    case 'tab':
      return 'a TSV file';
    case 'gexf':
      return 'a GEXF file';
    case 'graphml':
      return 'a GraphML file';
    case 'json':
    case 'cyjs':
      return 'a JSON file';
    default:
      return 'a graph file';
  }
}

function startsWith(bytes: Uint8Array, magic: Magic): boolean {
  const offset = magic.offset ?? 0;
  if (bytes.length < offset + magic.bytes.length) return false;
  return magic.bytes.every((byte, index) => bytes[offset + index] === byte);
}

/** How much of the file the binary and UTF-16 checks look at: enough to be sure, fast. */
const SAMPLE = 8192;

/** UTF-16 without a byte-order mark shows as ASCII letters alternating with NUL bytes. */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, SAMPLE) & ~1;
  if (length < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let index = 0; index < length; index += 2) {
    if (bytes[index] === 0) evenNul += 1;
    if (bytes[index + 1] === 0) oddNul += 1;
  }
  const pairs = length / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Text has no NUL bytes and hardly any other control characters; binary data has many. */
export function looksBinary(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, SAMPLE);
  let control = 0;
  for (let index = 0; index < length; index += 1) {
    const byte = bytes[index] ?? 0;
    if (byte === 0) return true;
    if (
      (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) ||
      byte === 0x7f
    )
      control += 1;
  }
  return control > length * 0.02;
}

function decodeAs(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Reads a file's bytes as text, or refuses it with a message saying what it looks like. */
export function decodeBytes(bytes: Uint8Array, fileName: string): DecodeResult {
  const at = { file: fileName };
  const refuse = (message: string): DecodeResult => ({
    ok: false,
    problems: [{ where: at, message, action: 'refused' }],
  });
  // Reading the encoding leaves the data as written: reported, but no reason to interrupt.
  const note = (message: string): ImportProblem => ({
    where: at,
    message,
    action: 'repaired',
    minor: true,
  });

  if (bytes.length === 0) return refuse('The file is empty.');

  const magic = MAGICS.find((candidate) => startsWith(bytes, candidate));
  if (magic) {
    return refuse(
      `This looks like ${magic.what}, not ${expectedFromName(fileName)}.${magic.hint ? ` ${magic.hint}` : ''}`,
    );
  }

  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = decodeAs('utf-8', bytes.subarray(3));
    if (text !== null) {
      return {
        ok: true,
        text,
        problems: [
          note(
            'The file starts with a UTF-8 byte-order mark; it was removed, so the first column or tag reads as written.',
          ),
        ],
      };
    }
  }

  const bom16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : null;
  const utf16 = bom16 ?? utf16WithoutBom(bytes);
  if (utf16) {
    // TextDecoder drops the byte-order mark itself; unpaired surrogates become U+FFFD.
    const text = new TextDecoder(utf16).decode(bytes);
    const order = utf16 === 'utf-16le' ? 'little-endian' : 'big-endian';
    return {
      ok: true,
      text,
      problems: [
        note(
          `The file is UTF-16 text (${order}${bom16 ? '' : ', without a byte-order mark'}); it was converted to read it.`,
        ),
      ],
    };
  }

  if (looksBinary(bytes)) {
    return refuse(
      `This looks like binary data, not ${expectedFromName(fileName)}: it holds bytes that never appear in text.`,
    );
  }

  const utf8 = decodeAs('utf-8', bytes);
  if (utf8 !== null) return { ok: true, text: utf8, problems: [] };

  const mixed = decodeMixed(bytes);
  if (mixed) {
    const [first] = mixed.latinLines;
    const count = mixed.latinLines.length;
    const shown = mixed.latinLines.slice(0, 10).join(', ');
    return {
      ok: true,
      text: mixed.text,
      problems: [
        {
          where: { ...at, row: first },
          message: `${count} line${count === 1 ? '' : 's'} (line${count === 1 ? '' : 's'} ${shown}${count > 10 ? ', …' : ''}) ${count === 1 ? 'is' : 'are'} not UTF-8 and ${count === 1 ? 'was' : 'were'} read as Windows-1252 (Western European); the rest of the file is UTF-8 and was read as such. If letters look wrong on ${count === 1 ? 'that line' : 'those lines'}, fix them in the file.`,
          action: 'repaired',
        },
      ],
    };
  }

  const latin = decodeWindows1252(bytes);
  return {
    ok: true,
    text: latin,
    problems: [
      // A guess at the encoding that may misread letters: the report opens for it.
      {
        ...note(
          'The file is not valid UTF-8; it was read as Windows-1252 (Western European), the usual encoding of older spreadsheets. If letters look wrong, save the file as UTF-8 and open it again.',
        ),
        minor: false,
      },
    ],
  };
}

/**
 * A UTF-8 file with some lines in another encoding (rows appended from another source): each
 * line is read as UTF-8 where it is valid and as Windows-1252 where not. Null when no valid line
 * holds anything but ASCII, since the whole file is then Windows-1252 and read as one.
 */
function decodeMixed(bytes: Uint8Array): { text: string; latinLines: number[] } | null {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const parts: string[] = [];
  const latinLines: number[] = [];
  let utf8Letters = false;
  let start = 0;
  for (let line = 1; start < bytes.length; line += 1) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline === -1 ? bytes.length : newline + 1;
    const segment = bytes.subarray(start, end);
    start = end;
    try {
      parts.push(utf8.decode(segment));
      if (!utf8Letters && segment.some((byte) => byte >= 0x80)) utf8Letters = true;
    } catch {
      parts.push(decodeWindows1252(segment));
      latinLines.push(line);
    }
  }
  return utf8Letters ? { text: parts.join(''), latinLines } : null;
}

/**
 * Windows-1252 by hand: some TextDecoder builds (Node's, for one) treat the label as Latin-1
 * and turn 0x80–0x9F (€, curly quotes, dashes) into control characters.
 */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (byte) =>
      byte >= 0x80 && byte <= 0x9f ? (WINDOWS_1252_HIGH.codePointAt(byte - 0x80) ?? byte) : byte,
    );
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}
