/**
 * Certificate types from CA/Browser Forum policy OIDs, for the Impact
 * section's "affected certificate types" sentence.
 */
import { wordList } from "../text/wordList.ts";

/** TLS Baseline Requirements §7.1.6.1 and S/MIME BR §7.1.6.1 reserved policy identifiers. */
const POLICY_TYPES = {
  "2.23.140.1.2.1": "DV",
  "2.23.140.1.2.2": "OV",
  "2.23.140.1.2.3": "IV",
  "2.23.140.1.1": "EV",
  "2.23.140.1.5.1": "S/MIME Mailbox-validated",
  "2.23.140.1.5.2": "S/MIME Organization-validated",
  "2.23.140.1.5.3": "S/MIME Sponsor-validated",
  "2.23.140.1.5.4": "S/MIME Individual-validated",
} as const;

export type CertificateType = (typeof POLICY_TYPES)[keyof typeof POLICY_TYPES];

/** In the order the sentence lists them. */
export const CERTIFICATE_TYPES: readonly CertificateType[] = Object.values(POLICY_TYPES);

function isPolicyOid(oid: string): oid is keyof typeof POLICY_TYPES {
  return Object.hasOwn(POLICY_TYPES, oid);
}

/** The types a certificate's policy OIDs name. S/MIME OIDs count by their first four arcs after 2.23.140.1 (`2.23.140.1.5.1.x`). */
export function typesOf(policyOids: readonly string[]): CertificateType[] {
  const found = new Set<CertificateType>();
  for (const oid of policyOids) {
    const key = oid.startsWith("2.23.140.1.5.") ? oid.split(".").slice(0, 6).join(".") : oid;
    if (isPolicyOid(key)) found.add(POLICY_TYPES[key]);
  }
  return CERTIFICATE_TYPES.filter((type) => found.has(type));
}

/**
 * "This incident affects DV and OV certificates." `untyped` counts the
 * certificates with no CA/Browser Forum policy OID; they are named too, so
 * the sentence never claims less than the data shows.
 */
export function typesSentence(types: readonly CertificateType[], untyped: number): string {
  const ordered = CERTIFICATE_TYPES.filter((type) => types.includes(type));
  const parts: string[] = ordered.length ? [`${wordList(ordered, "and")} certificates`] : [];
  if (untyped > 0) parts.push(`${untyped === 1 ? "one certificate" : `${untyped} certificates`} without a CA/Browser Forum policy OID`);
  if (parts.length === 0) return "";
  return `This incident affects ${parts.join(" and ")}.`;
}
