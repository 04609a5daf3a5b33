/**
 * A CRL (RFC 5280 §5.1) read into its issuer and revoked entries.
 */
import { DerError, TAG, children, contextConstructed, expectTlv, readOid, readSmallInt, toHex, type Tlv } from "./der.ts";
import { readName } from "./name.ts";
import { REASON_CODE_NAMES } from "./reasonCodes.ts";
import { readTime } from "./time.ts";

const OID_REASON_CODE = "2.5.29.21";

export type RevokedEntry = {
  /** Same format as `ParsedCertificate.serial`. */
  serial: string;
  revokedAtMs: number;
  /** A reasonCode name, or "" when the entry has none (RFC 5280: then omit, not "unspecified"). */
  reason: string;
};

export type ParsedCrl = {
  issuer: string;
  thisUpdateMs: number;
  entries: RevokedEntry[];
};

function readReason(bytes: Uint8Array, extensions: Tlv | undefined): string {
  if (!extensions) return "";
  for (const extension of children(bytes, extensions)) {
    const parts = children(bytes, extension);
    if (parts.length < 2) throw new DerError(`malformed CRL entry extension at byte ${extension.start}`);
    if (readOid(bytes, parts[0]) !== OID_REASON_CODE) continue;
    const value = parts[parts.length - 1];
    if (value.tag !== TAG.OCTET_STRING) throw new DerError(`reasonCode at byte ${value.start} is not an OCTET STRING`);
    const code = readSmallInt(bytes, expectTlv(bytes, value.contentStart, value.end, TAG.ENUMERATED, "reasonCode"));
    return REASON_CODE_NAMES[code] ?? `reasonCode ${code}`;
  }
  return "";
}

function readEntry(bytes: Uint8Array, entry: Tlv): RevokedEntry {
  const [serial, date, extensions] = children(bytes, entry);
  if (serial?.tag !== TAG.INTEGER || serial.end === serial.contentStart || !date) {
    throw new DerError(`malformed revoked entry at byte ${entry.start}`);
  }
  return {
    serial: toHex(bytes, serial.contentStart, serial.end),
    revokedAtMs: readTime(bytes, date),
    reason: readReason(bytes, extensions),
  };
}

const isTime = (tlv: Tlv | undefined) => tlv?.tag === TAG.UTC_TIME || tlv?.tag === TAG.GENERALIZED_TIME;

/** Reads the CRL whose outer SEQUENCE is `crl`. Throws DerError on anything malformed. */
export function readCrl(bytes: Uint8Array, crl: Tlv): ParsedCrl {
  const [tbs] = children(bytes, crl);
  if (tbs?.tag !== TAG.SEQUENCE) throw new DerError("not a CRL: expected tbsCertList");
  const fields = children(bytes, tbs);
  let i = fields[0]?.tag === TAG.INTEGER ? 1 : 0;
  const [, issuer, thisUpdate] = fields.slice(i, i + 3);
  if (!issuer || !isTime(thisUpdate)) throw new DerError("not a CRL: expected signature, issuer and thisUpdate");
  i += 3;
  if (isTime(fields[i])) i++;
  const list = fields[i]?.tag === TAG.SEQUENCE ? fields[i] : undefined;
  return {
    issuer: readName(bytes, issuer),
    thisUpdateMs: readTime(bytes, thisUpdate),
    entries: list ? children(bytes, list).map((entry) => readEntry(bytes, entry)) : [],
  };
}

/**
 * Whether a top-level SEQUENCE looks like a CRL rather than a certificate:
 * a tbsCertList has a Time where a tbsCertificate has its validity SEQUENCE.
 */
export function looksLikeCrl(bytes: Uint8Array, outer: Tlv): boolean {
  const [tbs] = children(bytes, outer);
  if (tbs?.tag !== TAG.SEQUENCE) return false;
  const fields = children(bytes, tbs);
  if (fields[0]?.tag === contextConstructed(0)) return false;
  const start = fields[0]?.tag === TAG.INTEGER ? 1 : 0;
  return isTime(fields[start + 2]);
}
