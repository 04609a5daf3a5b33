/**
 * "Is revoked?", "Revocation date" and "Revocation reason" for each row.
 *
 * - A row found on the issuer's CRL is revoked: "Yes", or "Delayed" when it
 *   was revoked after the deadline (BR §4.9.1.1: 24 hours or 5 days after
 *   the CA became aware). Its date and reason come from the CRL.
 * - A row revoked by hand ("Yes" with a date) stays as set.
 * - Otherwise, an expired row is "N/A" (the guidelines' value for expired).
 * - Otherwise it is pending: "Planned" with the deadline's date as the
 *   planned date, or "Delayed" once the deadline has passed.
 *
 * Pure: the caller passes `now`.
 */
import type { CertificateRow } from "../draft/schema.ts";
import { isDate, parseDateTime, utcDate } from "../draft/datetime.ts";
import type { ParsedCrl, RevokedEntry } from "./crl.ts";

export const DEADLINES = { "24h": 24 * 3600_000, "5d": 5 * 24 * 3600_000 } as const;
export type Deadline = keyof typeof DEADLINES;

export type RevocationPolicy = {
  now: number;
  /** When the CA became aware, or null when not known yet. */
  awareAtMs: number | null;
  deadline: Deadline | null;
};

export type RevocationFields = Pick<CertificateRow, "revoked" | "revocationDate" | "revocationReason">;

/** The instant by which revocation was due, or null without both inputs. */
export function deadlineOf(policy: RevocationPolicy): number | null {
  return policy.awareAtMs === null || policy.deadline === null ? null : policy.awareAtMs + DEADLINES[policy.deadline];
}

/** The revocation fields for one row, from its CRL entry if any. */
export function deriveRevocation(row: CertificateRow, policy: RevocationPolicy, entry?: RevokedEntry): RevocationFields {
  const due = deadlineOf(policy);
  if (entry) {
    return {
      revoked: due !== null && entry.revokedAtMs > due ? "Delayed" : "Yes",
      revocationDate: utcDate(entry.revokedAtMs),
      revocationReason: entry.reason,
    };
  }
  if (row.revoked === "Yes" && isDate(row.revocationDate)) {
    return { revoked: row.revoked, revocationDate: row.revocationDate, revocationReason: row.revocationReason };
  }
  const notAfter = parseDateTime(row.notAfter);
  if (notAfter !== null && notAfter < policy.now) return { revoked: "N/A", revocationDate: "N/A", revocationReason: "" };
  if (due !== null && policy.now > due) return { revoked: "Delayed", revocationDate: "N/A", revocationReason: "" };
  return { revoked: "Planned", revocationDate: due === null ? "N/A" : utcDate(due), revocationReason: "" };
}

const key = (issuer: string, serial: string) => `${issuer}\u0000${serial.toLowerCase()}`;

/** CRL entries by issuer and serial; when several CRLs list a serial, the earliest revocation wins. */
export function indexCrls(crls: readonly ParsedCrl[]): Map<string, RevokedEntry> {
  const index = new Map<string, RevokedEntry>();
  for (const crl of crls) {
    for (const entry of crl.entries) {
      const k = key(crl.issuer, entry.serial);
      const seen = index.get(k);
      if (!seen || entry.revokedAtMs < seen.revokedAtMs) index.set(k, entry);
    }
  }
  return index;
}

/** Every row's revocation fields, matching the CRLs by issuer name and serial. */
export function applyRevocation(
  rows: readonly CertificateRow[],
  crls: readonly ParsedCrl[],
  policy: RevocationPolicy,
): { rows: CertificateRow[]; matched: number } {
  const index = indexCrls(crls);
  let matched = 0;
  const out = rows.map((row) => {
    const entry = index.get(key(row.issuer, row.serial));
    if (entry) matched++;
    return { ...row, ...deriveRevocation(row, policy, entry) };
  });
  return { rows: out, matched };
}

/** Sets the same revocation fields on the selected rows (by index), or on all when `selected` is null. */
export function setRevocation(
  rows: readonly CertificateRow[],
  selected: ReadonlySet<number> | null,
  fields: RevocationFields,
): CertificateRow[] {
  return rows.map((row, i) => (selected === null || selected.has(i) ? { ...row, ...fields } : row));
}

/** Whether a row counts as revoked at `now`: "Yes" or "Delayed" with an actual date not in the future. */
export function isRevokedAt(row: CertificateRow, now: number): boolean {
  if (row.revoked !== "Yes" && row.revoked !== "Delayed") return false;
  if (!isDate(row.revocationDate)) return row.revoked === "Yes";
  return Date.parse(`${row.revocationDate}T00:00:00Z`) <= now;
}
