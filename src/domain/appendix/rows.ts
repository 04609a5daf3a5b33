/**
 * Certificates to Appendix rows: duplicates merged and counted, each
 * precertificate paired with its final certificate (same issuer and serial,
 * RFC 6962 §3.1) into one row carrying both hashes.
 */
import type { CertificateRow } from "../draft/schema.ts";
import { typesOf, type CertificateType } from "./certificateTypes.ts";
import type { SourcedCertificate } from "./input.ts";
import type { Problem } from "./problems.ts";

export type AppendixEntry = {
  row: CertificateRow;
  types: CertificateType[];
  notBeforeMs: number;
  notAfterMs: number;
};

export type RowsResult = {
  entries: AppendixEntry[];
  /** How many inputs were copies of a certificate already read. */
  duplicates: number;
  problems: Problem[];
};

type Group = { precertificates: SourcedCertificate[]; certificates: SourcedCertificate[] };

function entryOf(certificate: SourcedCertificate | undefined, precertificate: SourcedCertificate | undefined): AppendixEntry {
  const main = certificate ?? precertificate;
  if (!main) throw new Error("entryOf needs a certificate or a precertificate");
  return {
    row: {
      precertificateSha256: precertificate?.sha256 ?? "",
      certificateSha256: certificate?.sha256 ?? "",
      subject: main.subject,
      issuer: main.issuer,
      notBefore: main.notBefore,
      notAfter: main.notAfter,
      serial: main.serial,
      dnsNames: main.dnsNames,
      // Filled in by applyRevocation; "Planned" is the neutral start.
      revoked: "Planned",
      revocationDate: "N/A",
      revocationReason: "",
    },
    types: typesOf(main.policyOids),
    notBeforeMs: main.notBeforeMs,
    notAfterMs: main.notAfterMs,
  };
}

/** Rows in order of first appearance. */
export function buildEntries(certificates: readonly SourcedCertificate[]): RowsResult {
  const seen = new Set<string>();
  const groups = new Map<string, Group>();
  let duplicates = 0;
  for (const certificate of certificates) {
    if (seen.has(certificate.sha256)) {
      duplicates++;
      continue;
    }
    seen.add(certificate.sha256);
    const key = `${certificate.issuer}\u0000${certificate.serial}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { precertificates: [], certificates: [] }));
    (certificate.precertificate ? group.precertificates : group.certificates).push(certificate);
  }
  const entries: AppendixEntry[] = [];
  const problems: Problem[] = [];
  for (const { precertificates, certificates: finals } of groups.values()) {
    if (precertificates.length > 1 || finals.length > 1) {
      const first = finals[0] ?? precertificates[0];
      problems.push({
        file: first.source,
        position: "",
        message:
          `${finals.length} certificates and ${precertificates.length} precertificates share issuer and serial ${first.serial}: ` +
          "listed as separate rows (a reused serial number is itself worth reporting)",
      });
    }
    const count = Math.max(precertificates.length, finals.length);
    for (let i = 0; i < count; i++) entries.push(entryOf(finals[i], precertificates[i]));
  }
  return { entries, duplicates, problems };
}
