/** Base64 decoding straight from bytes (no string copy of a 50 MB drop), skipping whitespace. */

const VALUES = new Int16Array(256).fill(-1);
"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
  .split("")
  .forEach((c, i) => (VALUES[c.charCodeAt(0)] = i));
const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);
const PAD = 0x3d;

/** The decoded bytes of `bytes[start, end)`, or an error message. */
export function decodeBase64(bytes: Uint8Array, start: number, end: number): Uint8Array | string {
  const out = new Uint8Array(Math.floor(((end - start) * 3) / 4) + 3);
  let length = 0;
  let buffer = 0;
  let bits = 0;
  let padding = 0;
  for (let i = start; i < end; i++) {
    const b = bytes[i];
    if (WHITESPACE.has(b)) continue;
    if (b === PAD) {
      padding++;
      continue;
    }
    const v = VALUES[b];
    if (v < 0 || padding > 0) return `invalid base64 character ${JSON.stringify(String.fromCharCode(b))} at byte ${i}`;
    buffer = ((buffer << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[length++] = (buffer >> bits) & 0xff;
    }
  }
  if (padding > 2) return "invalid base64 padding";
  return out.subarray(0, length);
}
