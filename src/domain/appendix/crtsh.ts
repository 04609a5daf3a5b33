/**
 * The guidelines' alternative for 10,000 or more certificates: one
 * `https://crt.sh/?sha256=<hash>` line per certificate.
 */
import type { CertificateRow } from "../draft/schema.ts";

export const CRTSH_THRESHOLD = 10_000;

/** The certificate's hash, or the precertificate's when only that exists. */
export function rowHash(row: CertificateRow): string {
  return (row.certificateSha256 || row.precertificateSha256).toLowerCase();
}

export function toCrtShList(rows: readonly CertificateRow[]): string {
  return rows.map((row) => `https://crt.sh/?sha256=${rowHash(row)}\n`).join("");
}
