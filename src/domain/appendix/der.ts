/**
 * A focused DER reader: just enough ASN.1 to walk certificates and CRLs.
 *
 * Every read is bounds-checked against the enclosing element, so a truncated
 * or hostile input ends in a `DerError` (reported as a problem by the caller),
 * never in an out-of-range read, an endless loop or a huge allocation.
 */

export class DerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DerError";
  }
}

/** One element: its tag, where its header starts, where its content starts and ends. */
export type Tlv = {
  tag: number;
  start: number;
  contentStart: number;
  end: number;
};

export const TAG = {
  BOOLEAN: 0x01,
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  NULL: 0x05,
  OID: 0x06,
  ENUMERATED: 0x0a,
  UTC_TIME: 0x17,
  GENERALIZED_TIME: 0x18,
  SEQUENCE: 0x30,
  SET: 0x31,
} as const;

/** Context-specific constructed tag `[n]`, e.g. `[0] EXPLICIT`. */
export const contextConstructed = (n: number) => 0xa0 | n;

/** Reads the element at `offset`, which must end at or before `limit`. */
export function readTlv(bytes: Uint8Array, offset: number, limit: number): Tlv {
  if (limit > bytes.length) limit = bytes.length;
  if (offset + 2 > limit) throw new DerError(`truncated: element header at byte ${offset} runs past the end`);
  const tag = bytes[offset];
  if ((tag & 0x1f) === 0x1f) throw new DerError(`unsupported multi-byte tag at byte ${offset}`);
  let length = bytes[offset + 1];
  let contentStart = offset + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0) throw new DerError(`indefinite length at byte ${offset} (not DER)`);
    if (count > 4) throw new DerError(`length of ${count} bytes at byte ${offset} is too large`);
    if (contentStart + count > limit) throw new DerError(`truncated: length at byte ${offset} runs past the end`);
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + bytes[contentStart + i];
    contentStart += count;
  }
  const end = contentStart + length;
  if (end > limit) {
    throw new DerError(`truncated: element at byte ${offset} claims ${length} bytes, only ${limit - contentStart} remain`);
  }
  return { tag, start: offset, contentStart, end };
}

/** Reads the element at `offset` and checks its tag. */
export function expectTlv(bytes: Uint8Array, offset: number, limit: number, tag: number, what: string): Tlv {
  const tlv = readTlv(bytes, offset, limit);
  if (tlv.tag !== tag) {
    throw new DerError(`expected ${what} (tag 0x${hexByte(tag)}) at byte ${offset}, found tag 0x${hexByte(tlv.tag)}`);
  }
  return tlv;
}

/** The elements directly inside a constructed element. */
export function children(bytes: Uint8Array, parent: Tlv): Tlv[] {
  const out: Tlv[] = [];
  let offset = parent.contentStart;
  while (offset < parent.end) {
    const child = readTlv(bytes, offset, parent.end);
    out.push(child);
    offset = child.end;
  }
  return out;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

function hexByte(b: number): string {
  return HEX[b & 0xff];
}

/** Lowercase hex of `bytes[start, end)`. */
export function toHex(bytes: Uint8Array, start = 0, end = bytes.length): string {
  // Joined, not `+=`: a string built byte by byte stays a chain of pieces in V8,
  // about 1 KB per hash, and 100,000 certificates kept ~370 MB alive.
  const parts = new Array<string>(Math.max(0, end - start));
  for (let i = start; i < end; i++) parts[i - start] = HEX[bytes[i]];
  return parts.join("");
}

/** Lowercase hex of a whole element, header included (RFC 4514 `#` values). */
export function tlvHex(bytes: Uint8Array, tlv: Tlv): string {
  return toHex(bytes, tlv.start, tlv.end);
}

/** Dotted-decimal text of an OBJECT IDENTIFIER's content. */
export function readOid(bytes: Uint8Array, tlv: Tlv): string {
  if (tlv.tag !== TAG.OID) throw new DerError(`expected an OID at byte ${tlv.start}`);
  if (tlv.end === tlv.contentStart) throw new DerError(`empty OID at byte ${tlv.start}`);
  const arcs: string[] = [];
  let value = 0;
  let big: bigint | null = null;
  let first = true;
  for (let i = tlv.contentStart; i < tlv.end; i++) {
    const b = bytes[i];
    if (big !== null) big = big * 128n + BigInt(b & 0x7f);
    else if (value > 2 ** 45) big = BigInt(value) * 128n + BigInt(b & 0x7f);
    else value = value * 128 + (b & 0x7f);
    if (b & 0x80) {
      if (i + 1 === tlv.end) throw new DerError(`truncated OID at byte ${tlv.start}`);
      continue;
    }
    if (first) {
      // The first subidentifier packs two arcs: 40 * X + Y.
      first = false;
      if (big !== null) arcs.push("2", String(big - 80n));
      else if (value < 80) arcs.push(String(Math.floor(value / 40)), String(value % 40));
      else arcs.push("2", String(value - 80));
    } else {
      arcs.push(big !== null ? String(big) : String(value));
    }
    value = 0;
    big = null;
  }
  return arcs.join(".");
}

/** A BOOLEAN's value. */
export function readBoolean(bytes: Uint8Array, tlv: Tlv): boolean {
  if (tlv.tag !== TAG.BOOLEAN || tlv.end - tlv.contentStart !== 1) {
    throw new DerError(`expected a BOOLEAN at byte ${tlv.start}`);
  }
  return bytes[tlv.contentStart] !== 0;
}

/** A small non-negative INTEGER or ENUMERATED (reason codes, versions). */
export function readSmallInt(bytes: Uint8Array, tlv: Tlv): number {
  const length = tlv.end - tlv.contentStart;
  if (length < 1 || length > 4) throw new DerError(`integer at byte ${tlv.start} has ${length} bytes`);
  let value = 0;
  for (let i = tlv.contentStart; i < tlv.end; i++) value = value * 256 + bytes[i];
  return value;
}
