import { LISTS_CERTIFICATES } from "../../draft/readiness.ts";
import type { Draft } from "../../draft/schema.ts";
import { formatCount } from "../../text/formatCount.ts";
import type { QualityWarning } from "../types.ts";
import { warn } from "../warn.ts";

/**
 * An Appendix whose certificate list is shorter than Impact says: the
 * "remaining valid" certificates MUST be in the Appendix, and the rest are
 * listed or found by the incident heuristic. Only a list made in the app is
 * counted (with no rows, the list may be an attachment), and not when the
 * Appendix says where the whole list is (an attachment, a CSV, crt.sh).
 */
export function appendixShort(draft: Draft): QualityWarning[] {
  if (draft.kind === "preliminary") return [];
  const rows = draft.appendix.certificates.length;
  const { totalCertificates: total, remainingValidCertificates: remaining } = draft.impact;
  if (rows === 0 || typeof total !== "number" || rows >= total || LISTS_CERTIFICATES.test(draft.appendix.text)) return [];
  const listed = `The Appendix lists ${formatCount(rows)} certificate${rows === 1 ? "" : "s"}, Impact says ${formatCount(total)} were affected`;
  if (typeof remaining === "number" && rows < remaining) {
    return [
      warn(
        "appendix-short",
        "appendix.certificates",
        `${listed} and ${formatCount(remaining)} remain valid: the remaining valid certificates MUST be disclosed in the Appendix. Add the missing ones (or attach the full list and say so in the Appendix), or correct Impact's figures.`,
      ),
    ];
  }
  return [
    warn(
      "appendix-short",
      "appendix.certificates",
      `${listed}: say in the Appendix where the others are (an attachment, crt.sh) or why they are not listed (revoked or expired), and make sure the Incident heuristic finds them.`,
    ),
  ];
}
