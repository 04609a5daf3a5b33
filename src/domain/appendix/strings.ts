/**
 * ASN.1 character strings found in names. Each is decoded to a JS string;
 * anything undecodable becomes U+FFFD rather than an error, because one odd
 * attribute must not cost the whole certificate.
 */
import type { Tlv } from "./der.ts";

export const STRING_TAGS = {
  UTF8: 0x0c,
  NUMERIC: 0x12,
  PRINTABLE: 0x13,
  TELETEX: 0x14,
  IA5: 0x16,
  VISIBLE: 0x1a,
  UNIVERSAL: 0x1c,
  BMP: 0x1e,
} as const;

const utf8 = new TextDecoder("utf-8");

/**
 * `fromCharCode` over the bytes, applied to the typed array itself (three
 * times as fast as spreading it, which goes through the iterator), in chunks:
 * flat strings (see `toHex`), and no argument list too long for the engine.
 */
export function latin1(bytes: Uint8Array, start: number, end: number): string {
  const CHUNK = 8192;
  const parts: string[] = [];
  for (let i = start; i < end; i += CHUNK) {
    const text: string = Reflect.apply(String.fromCharCode, null, bytes.subarray(i, Math.min(end, i + CHUNK)));
    parts.push(text);
  }
  return parts.length === 1 ? parts[0] : parts.join("");
}

function isAscii(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (bytes[i] >= 0x80) return false;
  return true;
}

function bmp(bytes: Uint8Array, start: number, end: number): string {
  let out = "";
  for (let i = start; i + 1 < end; i += 2) out += String.fromCharCode((bytes[i] << 8) | bytes[i + 1]);
  if ((end - start) % 2) out += "\ufffd";
  return out;
}

function universal(bytes: Uint8Array, start: number, end: number): string {
  let out = "";
  for (let i = start; i + 3 < end; i += 4) {
    const cp = ((bytes[i] << 24) | (bytes[i + 1] << 16) | (bytes[i + 2] << 8) | bytes[i + 3]) >>> 0;
    out += cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? String.fromCodePoint(cp) : "\ufffd";
  }
  if ((end - start) % 4) out += "\ufffd";
  return out;
}

/**
 * The text of a string element, or null when the tag is not a string type
 * (the caller then shows the value as `#hex`, as RFC 4514 asks).
 * TeletexString is read as Latin-1, as OpenSSL and browsers do.
 */
export function readString(bytes: Uint8Array, tlv: Tlv): string | null {
  const { contentStart: s, end: e } = tlv;
  switch (tlv.tag) {
    case STRING_TAGS.UTF8:
      return isAscii(bytes, s, e) ? latin1(bytes, s, e) : utf8.decode(bytes.subarray(s, e));
    case STRING_TAGS.NUMERIC:
    case STRING_TAGS.PRINTABLE:
    case STRING_TAGS.TELETEX:
    case STRING_TAGS.IA5:
    case STRING_TAGS.VISIBLE:
      return latin1(bytes, s, e);
    case STRING_TAGS.BMP:
      return bmp(bytes, s, e);
    case STRING_TAGS.UNIVERSAL:
      return universal(bytes, s, e);
    default:
      return null;
  }
}
