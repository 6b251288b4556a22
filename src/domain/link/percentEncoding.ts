/** Percent-encoding as links write and read it: readable where it can be, and never throwing. */
import { wellFormed } from './linkText';

/** Percent-encodes a value, leaving commas readable since they only separate list items. */
export function encodeValue(value: string): string {
  return encodeURIComponent(wellFormed(value)).replace(/%2C/g, ',');
}

/** An address as a value: what separates parameters is encoded, `:` and `/` stay readable. */
export function encodeAddress(url: string): string {
  return encodeURIComponent(wellFormed(url)).replace(/%3A/gi, ':').replace(/%2F/gi, '/');
}

/**
 * Decodes a form-encoded component. Malformed percent sequences do not throw: they are decoded
 * the way URLSearchParams does it (a stray "%" stays, bad UTF-8 becomes U+FFFD) and flagged.
 */
export function decodeComponent(raw: string): { text: string; malformed: boolean } {
  const spaced = raw.replace(/\+/g, ' ');
  try {
    return { text: wellFormed(decodeURIComponent(spaced)), malformed: false };
  } catch {
    return { text: lenientDecode(spaced), malformed: true };
  }
}

function lenientDecode(text: string): string {
  const bytes = new TextEncoder().encode(text);
  const out = new Uint8Array(bytes.length);
  let length = 0;
  for (let index = 0; index < bytes.length; index += 1) {
    const byte = bytes[index] as number;
    const high = hexValue(bytes[index + 1]);
    const low = hexValue(bytes[index + 2]);
    if (byte === 0x25 && high >= 0 && low >= 0) {
      out[length] = high * 16 + low;
      index += 2;
    } else {
      out[length] = byte;
    }
    length += 1;
  }
  return new TextDecoder().decode(out.subarray(0, length));
}

function hexValue(byte: number | undefined): number {
  if (byte === undefined) return -1;
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  if (byte >= 0x41 && byte <= 0x46) return byte - 0x41 + 10;
  if (byte >= 0x61 && byte <= 0x66) return byte - 0x61 + 10;
  return -1;
}
