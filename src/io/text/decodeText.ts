/**
 * A text file's bytes to text: UTF-8 (with or without its byte-order mark), UTF-16 (by its
 * mark or its NUL pattern), Windows-1252 for older files, and a clear refusal for what is not
 * text at all (a PDF, an image, a Word file), naming what it looks like.
 */
import { decodeWindows1252, looksBinary, utf16WithoutBom } from '../import/text/decode';

export type DecodedText =
  { ok: true; text: string; notes: string[] } | { ok: false; message: string };

const PASTE_INSTEAD = "paste the article's text instead";

/** Signatures of what people pick by mistake, with what to call them. */
const SIGNATURES: readonly { bytes: readonly number[]; what: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a Word document or another ZIP archive' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'an old Word document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x52, 0x49, 0x46, 0x46], what: 'a media file (an image, a sound or a video)' },
  { bytes: [0x1f, 0x8b], what: 'a compressed (gzip) file' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF document (save it as plain text)' },
];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

const binary = (label: string, what?: string): DecodedText => ({
  ok: false,
  message: what
    ? `${label} is ${what}, not text; open it, copy the article's text and paste it here.`
    : `${label} looks like a binary file (a PDF? an image?), not text; ${PASTE_INSTEAD}.`,
});

/**
 * Decodes a text file; `label` names it in messages ("“notes.txt”"). Refuses binary data and
 * notes any guess about the encoding.
 */
export function decodeText(bytes: Uint8Array, label: string): DecodedText {
  const signature = SIGNATURES.find((candidate) => startsWith(bytes, candidate.bytes));
  if (signature) return binary(label, signature.what);

  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  const marked =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : null;
  const utf16 = marked ?? utf16WithoutBom(bytes);
  if (utf16) {
    // TextDecoder drops the byte-order mark itself; unpaired surrogates become U+FFFD.
    const text = new TextDecoder(utf16).decode(bytes);
    return { ok: true, text, notes: marked ? [] : ['The file is UTF-16 text; it was converted.'] };
  }
  if (looksBinary(bytes)) return binary(label);

  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), notes: [] };
  } catch {
    // Not valid UTF-8: mostly valid with a few broken bytes, an older encoding, or not text.
  }
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const broken = lenient.match(/\uFFFD/g)?.length ?? 0;
  if (broken > lenient.length * 0.1) return binary(label);
  if (/[\u0080-\uFFFC\uFFFE\uFFFF]/.test(lenient)) {
    return {
      ok: true,
      text: lenient,
      notes: [
        `${broken === 1 ? 'One character' : `${broken} characters`} of ${label} ${broken === 1 ? 'is' : 'are'} not valid UTF-8 and ${broken === 1 ? 'shows' : 'show'} as �.`,
      ],
    };
  }
  return {
    ok: true,
    text: decodeWindows1252(bytes),
    notes: [
      `${label} is not UTF-8; it was read as Windows-1252 (Western European). If letters look wrong, save it as UTF-8 and open it again.`,
    ],
  };
}
