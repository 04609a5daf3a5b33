/**
 * UTCTime and GeneralizedTime (RFC 5280 §4.1.2.5) to instants, and instants to
 * the draft format's DateTime with seconds: `2025-03-04T17:20:00Z`.
 */
import { DerError, TAG, type Tlv } from "./der.ts";

function digits(bytes: Uint8Array, at: number, count: number, start: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const d = bytes[i] - 0x30;
    if (d < 0 || d > 9) throw new DerError(`bad digit in time at byte ${start}`);
    value = value * 10 + d;
  }
  return value;
}

/** Milliseconds since the epoch of a Time element (UTC, "Z" required as DER demands). */
export function readTime(bytes: Uint8Array, tlv: Tlv): number {
  const s = tlv.contentStart;
  const length = tlv.end - s;
  let year: number;
  let at: number;
  if (tlv.tag === TAG.UTC_TIME) {
    if (length !== 13) throw new DerError(`UTCTime at byte ${tlv.start} is not YYMMDDHHMMSSZ`);
    const yy = digits(bytes, s, 2, tlv.start);
    // RFC 5280: YY >= 50 is 19YY, otherwise 20YY.
    year = yy >= 50 ? 1900 + yy : 2000 + yy;
    at = s + 2;
  } else if (tlv.tag === TAG.GENERALIZED_TIME) {
    if (length < 15) throw new DerError(`GeneralizedTime at byte ${tlv.start} is too short`);
    year = digits(bytes, s, 4, tlv.start);
    at = s + 4;
  } else {
    throw new DerError(`expected a time at byte ${tlv.start}`);
  }
  const month = digits(bytes, at, 2, tlv.start);
  const day = digits(bytes, at + 2, 2, tlv.start);
  const hour = digits(bytes, at + 4, 2, tlv.start);
  const minute = digits(bytes, at + 6, 2, tlv.start);
  const second = digits(bytes, at + 8, 2, tlv.start);
  let rest = at + 10;
  let millis = 0;
  if (tlv.tag === TAG.GENERALIZED_TIME && bytes[rest] === 0x2e) {
    // Fractional seconds are not DER for certificates, but harmless to read.
    rest++;
    let scale = 100;
    while (rest < tlv.end - 1) {
      millis += digits(bytes, rest, 1, tlv.start) * scale;
      scale /= 10;
      rest++;
    }
    millis = Math.floor(millis);
  }
  if (rest !== tlv.end - 1 || bytes[rest] !== 0x5a) throw new DerError(`time at byte ${tlv.start} is not in UTC ("Z")`);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) {
    throw new DerError(`time at byte ${tlv.start} is out of range`);
  }
  const ms = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59), millis);
  if (new Date(ms).getUTCDate() !== day) throw new DerError(`time at byte ${tlv.start} names a day that does not exist`);
  return ms;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** `2025-03-04T17:20:00Z`: ISO 8601 in UTC with seconds, as certificates carry them. */
export function isoSeconds(ms: number): string {
  const d = new Date(ms);
  // Joined rather than concatenated: one flat string per row, not a chain of pieces kept per certificate.
  return [
    pad(d.getUTCFullYear(), 4), "-", pad(d.getUTCMonth() + 1), "-", pad(d.getUTCDate()),
    "T", pad(d.getUTCHours()), ":", pad(d.getUTCMinutes()), ":", pad(d.getUTCSeconds()), "Z",
  ].join("");
}
