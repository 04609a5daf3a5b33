/**
 * One X.509 certificate (RFC 5280 §4.1) read into the fields the Appendix needs.
 */
import { DerError, TAG, children, contextConstructed, expectTlv, readBoolean, readOid, readTlv, toHex, type Tlv } from "./der.ts";
import { readName } from "./name.ts";
import { portablePlatform, type AppendixPlatform } from "./platform.ts";
import { hexEscape } from "../text/controls.ts";
import { isoSeconds, readTime } from "./time.ts";
import { latin1 } from "./strings.ts";

export const OID_SUBJECT_ALT_NAME = "2.5.29.17";
export const OID_CERTIFICATE_POLICIES = "2.5.29.32";
/** RFC 6962 §3.1: the critical poison extension that makes a precertificate. */
export const OID_CT_POISON = "1.3.6.1.4.1.11129.2.4.3";

export type ParsedCertificate = {
  /** Lowercase hex SHA-256 of the DER. */
  sha256: string;
  /** 1 or 3. */
  version: number;
  /** Lowercase hex of the INTEGER's content octets, exactly as encoded (see `serial.ts`). */
  serial: string;
  subject: string;
  issuer: string;
  notBefore: string;
  notAfter: string;
  notBeforeMs: number;
  notAfterMs: number;
  dnsNames: string[];
  policyOids: string[];
  precertificate: boolean;
};

const DNS_NAME = 0x82;

function readSerial(bytes: Uint8Array, tlv: Tlv): string {
  if (tlv.tag !== TAG.INTEGER) throw new DerError(`expected the serial number (INTEGER) at byte ${tlv.start}`);
  if (tlv.end === tlv.contentStart) throw new DerError(`empty serial number at byte ${tlv.start}`);
  return toHex(bytes, tlv.contentStart, tlv.end);
}

/**
 * An IA5String dNSName as text. Anything that is not printable ASCII, and
 * the backslash that introduces the escape, is shown as `\XX`: a dNSName
 * holding ESC sequences, NUL or CR/LF must not reach a CSV or a terminal raw.
 */
function dnsName(bytes: Uint8Array, tlv: Tlv): string {
  let plain = true;
  for (let i = tlv.contentStart; i < tlv.end && plain; i++) plain = bytes[i] >= 0x20 && bytes[i] <= 0x7e && bytes[i] !== 0x5c;
  if (plain) return latin1(bytes, tlv.contentStart, tlv.end);
  const out = new Array<string>(tlv.end - tlv.contentStart);
  for (let i = tlv.contentStart; i < tlv.end; i++) {
    const b = bytes[i];
    out[i - tlv.contentStart] = b < 0x20 || b > 0x7e || b === 0x5c ? hexEscape(b) : String.fromCharCode(b);
  }
  return out.join("");
}

function readDnsNames(bytes: Uint8Array, value: Tlv): string[] {
  const names = expectTlv(bytes, value.contentStart, value.end, TAG.SEQUENCE, "GeneralNames");
  return children(bytes, names)
    .filter((name) => name.tag === DNS_NAME)
    .map((name) => dnsName(bytes, name));
}

function readPolicies(bytes: Uint8Array, value: Tlv): string[] {
  const policies = expectTlv(bytes, value.contentStart, value.end, TAG.SEQUENCE, "certificatePolicies");
  return children(bytes, policies).map((info) => {
    if (info.tag !== TAG.SEQUENCE) throw new DerError(`expected PolicyInformation at byte ${info.start}`);
    return readOid(bytes, readTlv(bytes, info.contentStart, info.end));
  });
}

type Extensions = { dnsNames: string[]; policyOids: string[]; precertificate: boolean };

function readExtensions(bytes: Uint8Array, wrapper: Tlv | undefined): Extensions {
  const out: Extensions = { dnsNames: [], policyOids: [], precertificate: false };
  if (!wrapper) return out;
  const list = expectTlv(bytes, wrapper.contentStart, wrapper.end, TAG.SEQUENCE, "Extensions");
  for (const extension of children(bytes, list)) {
    const parts = children(bytes, extension);
    if (parts.length < 2 || parts.length > 3) throw new DerError(`malformed extension at byte ${extension.start}`);
    const oid = readOid(bytes, parts[0]);
    if (parts.length === 3) readBoolean(bytes, parts[1]);
    const value = parts[parts.length - 1];
    if (value.tag !== TAG.OCTET_STRING) throw new DerError(`extension ${oid} has no OCTET STRING value`);
    if (oid === OID_SUBJECT_ALT_NAME) out.dnsNames = readDnsNames(bytes, value);
    else if (oid === OID_CERTIFICATE_POLICIES) out.policyOids = readPolicies(bytes, value);
    else if (oid === OID_CT_POISON) out.precertificate = true;
  }
  return out;
}

/**
 * Reads the certificate whose outer SEQUENCE is `cert`. Throws DerError on
 * anything malformed. `sha256` is the hash of `cert` when the caller has it already.
 */
export function readCertificate(bytes: Uint8Array, cert: Tlv, platform: AppendixPlatform = portablePlatform, sha256?: string): ParsedCertificate {
  const [tbs, signatureAlgorithm, signature] = children(bytes, cert);
  if (!tbs || tbs.tag !== TAG.SEQUENCE || signatureAlgorithm?.tag !== TAG.SEQUENCE || signature?.tag !== TAG.BIT_STRING) {
    throw new DerError("not a certificate: expected tbsCertificate, signatureAlgorithm and signature");
  }
  const fields = children(bytes, tbs);
  let i = 0;
  let version = 1;
  if (fields[0]?.tag === contextConstructed(0)) {
    const v = expectTlv(bytes, fields[0].contentStart, fields[0].end, TAG.INTEGER, "version");
    version = v.end - v.contentStart === 1 ? bytes[v.contentStart] + 1 : 0;
    if (version < 1 || version > 3) throw new DerError(`unknown certificate version at byte ${v.start}`);
    i = 1;
  }
  const [serial, , issuer, validity, subject, publicKey] = fields.slice(i, i + 6);
  if (!publicKey) throw new DerError("truncated tbsCertificate: fields are missing");
  if (validity.tag !== TAG.SEQUENCE) throw new DerError(`expected validity at byte ${validity.start}`);
  const [notBefore, notAfter] = children(bytes, validity);
  if (!notBefore || !notAfter) throw new DerError(`validity at byte ${validity.start} lacks a time`);
  const notBeforeMs = readTime(bytes, notBefore);
  const notAfterMs = readTime(bytes, notAfter);
  const extensions = readExtensions(bytes, fields.slice(i + 6).find((f) => f.tag === contextConstructed(3)));
  return {
    sha256: sha256 ?? platform.sha256Hex(bytes.subarray(cert.start, cert.end)),
    version,
    serial: readSerial(bytes, serial),
    subject: readName(bytes, subject),
    issuer: readName(bytes, issuer),
    notBefore: isoSeconds(notBeforeMs),
    notAfter: isoSeconds(notAfterMs),
    notBeforeMs,
    notAfterMs,
    ...extensions,
  };
}
