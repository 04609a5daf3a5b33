/**
 * Suggested values for the Impact section, from the rows.
 */
import type { CertificateRow } from "../draft/schema.ts";
import { parseDateTime } from "../draft/datetime.ts";
import { typesSentence, type CertificateType } from "./certificateTypes.ts";
import { rowHash } from "./crtsh.ts";
import { isRevokedAt } from "./revocation.ts";

export type ImpactSuggestion = {
  totalCertificates: number;
  /** Guidelines: the total minus expired and revoked certificates. */
  remainingValidCertificates: number;
  affectedCertificateTypes: string;
  /** Earliest and latest notBefore (Mozilla's older guidance asks for first and last issuance), or "" with no rows. */
  firstNotBefore: string;
  lastNotBefore: string;
  /** Rows whose type is unknown because they were not read from a certificate in this session. */
  rowsWithoutTypes: number;
};

/**
 * `typesByHash` maps a row's hash (certificate, else precertificate) to its
 * types; rows missing from it (e.g. loaded from a saved draft) are counted in
 * `rowsWithoutTypes` rather than guessed.
 */
export function suggestImpact(
  rows: readonly CertificateRow[],
  typesByHash: ReadonlyMap<string, readonly CertificateType[]>,
  now: number,
): ImpactSuggestion {
  let remaining = 0;
  let untyped = 0;
  let rowsWithoutTypes = 0;
  let first: { ms: number; text: string } | null = null;
  let last: { ms: number; text: string } | null = null;
  const types = new Set<CertificateType>();
  for (const row of rows) {
    const notAfter = parseDateTime(row.notAfter);
    if ((notAfter === null || notAfter >= now) && !isRevokedAt(row, now)) remaining++;
    const notBefore = parseDateTime(row.notBefore);
    if (notBefore !== null) {
      if (!first || notBefore < first.ms) first = { ms: notBefore, text: row.notBefore };
      if (!last || notBefore > last.ms) last = { ms: notBefore, text: row.notBefore };
    }
    const rowTypes = typesByHash.get(rowHash(row));
    if (!rowTypes) rowsWithoutTypes++;
    else if (rowTypes.length === 0) untyped++;
    else rowTypes.forEach((type) => types.add(type));
  }
  return {
    totalCertificates: rows.length,
    remainingValidCertificates: remaining,
    affectedCertificateTypes: typesSentence([...types], untyped),
    firstNotBefore: first?.text ?? "",
    lastNotBefore: last?.text ?? "",
    rowsWithoutTypes,
  };
}
