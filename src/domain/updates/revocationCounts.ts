import { instantOf, isDate } from "../draft/datetime.ts";
import type { Draft } from "../draft/schema.ts";

export type RevocationCounts = {
  revoked: number;
  notYetRevoked: number;
  /** Planned for revocation but expired: "N/A" rows, and Planned/Delayed rows whose notAfter has passed. */
  expired: number;
  /** The latest planned revocation date of the remaining certificates; "unknown" if one of them has none; null when none remain. */
  estimate: string | null;
};

/**
 * The four numbers the guidelines ask of a revocation-delay update, from the
 * Appendix's certificate list: "Yes" is revoked, "N/A" expired, anything else
 * not yet revoked unless its notAfter is before `now`.
 */
export function revocationCounts(draft: Draft, now: number): RevocationCounts {
  let revoked = 0;
  let expired = 0;
  const remaining: string[] = [];
  for (const cert of draft.appendix.certificates) {
    const notAfter = instantOf(cert.notAfter);
    if (cert.revoked === "Yes") revoked += 1;
    else if (cert.revoked === "N/A" || (notAfter !== null && notAfter <= now)) expired += 1;
    else remaining.push(cert.revocationDate.trim());
  }
  const estimate = remaining.length === 0 ? null : remaining.every(isDate) ? [...remaining].sort().at(-1) ?? null : "unknown";
  return { revoked, notYetRevoked: remaining.length, expired, estimate };
}
