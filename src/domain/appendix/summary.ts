/**
 * The short Markdown the report's Appendix section gets: counts, first and
 * last notBefore, and which file to attach. Never the rows themselves: the
 * guidelines want those as an attachment.
 */
import type { CertificateKind, CertificateRow, RevokedValue } from "../draft/schema.ts";
import { REVOKED_VALUES } from "../draft/schema.ts";
import { displayDateOrTime } from "../draft/datetime.ts";
import { CRTSH_THRESHOLD } from "./crtsh.ts";
import { CRTSH_FILE_NAME, CSV_FILE_NAME } from "./files.ts";
import type { ImpactSuggestion } from "./impact.ts";
import { formatCount } from "../text/formatCount.ts";

const REVOKED_LABELS: Record<RevokedValue, string> = { Yes: "Yes", Planned: "Planned", Delayed: "Delayed", "N/A": "N/A (expired)" };

export function appendixSummary(
  rows: readonly CertificateRow[],
  impact: ImpactSuggestion,
  certificateKind: CertificateKind,
): string {
  const precertOnly = rows.filter((row) => row.certificateSha256 === "").length;
  const counts = REVOKED_VALUES.map((value) => ({ value, n: rows.filter((row) => row.revoked === value).length }))
    .filter(({ n }) => n > 0)
    .map(({ value, n }) => `${formatCount(n)} ${REVOKED_LABELS[value]}`);
  const lines = [
    `**Affected certificates:** ${formatCount(impact.totalCertificates)} ` +
      `(${formatCount(impact.remainingValidCertificates)} remaining valid: not expired and not revoked` +
      (precertOnly ? `; ${formatCount(precertOnly)} only as precertificate` : "") +
      ").",
    "",
  ];
  if (impact.firstNotBefore) {
    lines.push(`- First notBefore: ${displayDateOrTime(impact.firstNotBefore)}`);
    lines.push(`- Last notBefore: ${displayDateOrTime(impact.lastNotBefore)}`);
  }
  if (counts.length) lines.push(`- Is revoked?: ${counts.join(", ")}`);
  lines.push("");
  if (rows.length >= CRTSH_THRESHOLD) {
    lines.push(`The list is attached as \`${CRTSH_FILE_NAME}\`, one crt.sh link per certificate.`);
  } else {
    lines.push(`The list is attached as \`${CSV_FILE_NAME}\`, with the columns of the CCADB Incident Reporting Guidelines.`);
  }
  if (certificateKind === "smime") {
    lines.push("Subjects and dNSNames are withheld (personal data); serial numbers and SHA-256 hashes are given.");
  }
  return lines.join("\n") + "\n";
}
