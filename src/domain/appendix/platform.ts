/**
 * What the certificate reader asks of the platform it runs on: base64 and
 * SHA-256. The domain stays free of Node-only code; the CLI passes Node's
 * (Buffer, node:crypto), the Web Worker the browser's, and the portable
 * fallbacks below (pure JavaScript, the reference the others are tested
 * against) serve where neither is given.
 */
import { sha256 } from "@noble/hashes/sha2.js";
import { decodeBase64 } from "./base64.ts";
import { toHex } from "./der.ts";

export type AppendixPlatform = {
  /**
   * The decoded bytes of the base64 text `bytes[start, end)` (whitespace
   * allowed), or null when the text is not plain base64: the checking decoder
   * then says what is wrong and where.
   */
  base64(bytes: Uint8Array, start: number, end: number): Uint8Array | null;
  /** Lowercase hex SHA-256 of `bytes`. */
  sha256Hex(bytes: Uint8Array): string;
};

/** SHA-256 (lowercase hex) of many inputs at once, in order: the browser's `crypto.subtle.digest` is asynchronous. */
export type BatchSha256 = (items: Uint8Array[]) => Promise<string[]>;

/** Base64 text as the checking decoder accepts it: the alphabet, whitespace, then at most two `=`. */
export const PLAIN_BASE64 = /^[a-z0-9+/ \t\r\n]*(?:=[ \t\r\n]*){0,2}$/i;

export const portablePlatform: AppendixPlatform = {
  base64(bytes, start, end) {
    const decoded = decodeBase64(bytes, start, end);
    return typeof decoded === "string" ? null : decoded;
  },
  sha256Hex: (bytes) => toHex(sha256(bytes)),
};

/** The browser's base64 (`Uint8Array.fromBase64`, else `atob`), with the portable SHA-256. */
export function webPlatform(): AppendixPlatform {
  const latin1 = new TextDecoder("latin1");
  const fromBase64 = (Uint8Array as { fromBase64?: (text: string) => Uint8Array }).fromBase64;
  const decode =
    fromBase64 ??
    ((text: string) => {
      const binary = atob(text);
      const out = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
      return out;
    });
  return {
    base64(bytes, start, end) {
      const text = latin1.decode(bytes.subarray(start, end));
      if (!PLAIN_BASE64.test(text)) return null;
      try {
        return decode(text);
      } catch {
        // A last group of one character: the portable decoder's lenient reading, so every platform agrees.
        return portablePlatform.base64(bytes, start, end);
      }
    },
    sha256Hex: portablePlatform.sha256Hex,
  };
}

/**
 * The browser's SHA-256 (`crypto.subtle.digest`, native code) for many
 * certificates at once, or null where the page is not a secure context
 * (served over plain HTTP from another host) and `crypto.subtle` is missing.
 */
export function webSha256Batch(): BatchSha256 | null {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined) return null;
  // A view on a plain ArrayBuffer, as `digest` takes (a SharedArrayBuffer's bytes are copied; files never give one).
  const view = (bytes: Uint8Array) => (bytes.buffer instanceof ArrayBuffer ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) : bytes.slice());
  return async (items) => {
    const digests = await Promise.all(items.map((bytes) => subtle.digest("SHA-256", view(bytes))));
    return digests.map((digest) => toHex(new Uint8Array(digest)));
  };
}
