/** The numbers at a glance: what was read, how it is revoked, what remains valid. */
import type { CertificateRow } from "../domain/draft/schema.ts";
import { REVOKED_VALUES } from "../domain/draft/schema.ts";
import { formatCount } from "../domain/text/formatCount.ts";
import type { ImpactSuggestion } from "../domain/appendix/impact.ts";

type Props = { rows: readonly CertificateRow[]; impact: ImpactSuggestion; duplicates: number; crlMatches: number };

export function CountsTable({ rows, impact, duplicates, crlMatches }: Props) {
  const counts: Array<[string, number | string]> = [
    ["Certificates (rows)", impact.totalCertificates],
    ["Remaining valid (not expired, not revoked)", impact.remainingValidCertificates],
    ["Paired with their precertificate", rows.filter((r) => r.certificateSha256 && r.precertificateSha256).length],
    ["Only a precertificate", rows.filter((r) => !r.certificateSha256).length],
    ["Duplicates merged", duplicates],
    ["Found on a CRL", crlMatches],
    ...REVOKED_VALUES.map((value): [string, number] => [`Is revoked? ${value}`, rows.filter((r) => r.revoked === value).length]),
    ["First notBefore", impact.firstNotBefore || "—"],
    ["Last notBefore", impact.lastNotBefore || "—"],
  ];
  return (
    <table className="w-full text-left text-sm" aria-label="Certificate counts">
      <tbody>
        {counts.map(([label, value]) => (
          <tr key={label} className="border-b border-slate-200 dark:border-slate-700">
            <th scope="row" className="py-1 pr-4 font-normal text-slate-600 dark:text-slate-300">
              {label}
            </th>
            <td className="py-1 font-mono" data-count={label}>
              {typeof value === "number" ? formatCount(value) : value}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
